"""The .apkg works in the real Anki: imported into a fresh collection, rendered."""
import hashlib
import re
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from quiz.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

IF_NEWER = 0


def import_into(col_path, apkg):
    col = Collection(str(col_path))
    options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=IF_NEWER, with_scheduling=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=options))
    return col


def built_cards(tmp_path, articles, epoch="1700000000"):
    src = tmp_path / "articles"
    src.mkdir(exist_ok=True)
    for name, text in articles.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"out{epoch}"
    result = CliRunner(env={"SOURCE_DATE_EPOCH": epoch}).invoke(
        cli, ["build", str(src), "--out", str(out), "--name", "deck"])
    assert result.exit_code == 0, result.output
    return out / "deck.apkg", result.output


def test_anki_imports_seed_deck_and_renders(seed_build, tmp_path):
    out, output = seed_build
    built = int(re.search(r"(\d+) cards", output).group(1))
    col = import_into(tmp_path / "col.anki2", out / "seeds.apkg")
    try:
        assert col.note_count() == built > 20
        ids = col.find_cards('"Question:Who was NATO Deputy Secretary General*"')
        assert ids, "expected a card asking who was NATO Deputy Secretary General"
        card = col.get_card(ids[0])
        assert "Who was NATO Deputy Secretary General" in card.question()
        answer = card.answer()
        assert "Alexander Vershbow" in answer
        assert "NATO Deputy Secretary General Alexander Vershbow" in answer.split("class=\"quote\"")[1]   # the source quote
        date_ids = col.find_cards('"Question:*signing of the NATO-Iraq cooperation programme*"')
        assert "24 September 2012" in col.get_card(date_ids[0]).answer()
        choice = col.get_card(col.find_cards("tag:choice")[0])
        front = choice.question()
        assert front.count("<li>") == 4 and 'class="options"' in front   # options on the front
        cloze = col.get_card(col.find_cards("tag:cloze")[0])
        assert "[...]" in cloze.question() and "cloze" in cloze.answer()
    finally:
        col.close()


def test_anki_reimport_updates_notes_instead_of_duplicating(tmp_path):
    text = ("NATO boosts Iraq mission\n\nBy Jane Roe - 10 March 2021\n\n"
            "In February 2021, NATO deployed around 4,000 troops to its training mission in Iraq.\n")
    first, _ = built_cards(tmp_path, {"a.txt": text}, epoch="1700000000")
    col = import_into(tmp_path / "col.anki2", first)
    try:
        before = col.note_count()
        assert before >= 2
        corrected = text.replace("4,000", "5,000")
        second, _ = built_cards(tmp_path, {"a.txt": corrected}, epoch="1700000100")
        options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=IF_NEWER)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(second), options=options))
        assert col.note_count() == before
        ids = col.find_cards('"Question:How many troops*"')
        assert ids and "5,000" in col.get_card(ids[0]).answer()
    finally:
        col.close()


def test_anki_same_input_gives_identical_package(tmp_path):
    a = tmp_path / "a"
    b = tmp_path / "b"
    for out in (a, b):
        result = CliRunner(env={"SOURCE_DATE_EPOCH": "1700000000"}).invoke(
            cli, ["build", str(SEEDS), "--out", str(out)])
        assert result.exit_code == 0, result.output
    for name in ("seeds.apkg", "seeds.html"):
        assert hashlib.sha256((a / name).read_bytes()).digest() == hashlib.sha256((b / name).read_bytes()).digest()


def test_anki_escaped_markup_in_plain_text_stays_text(tmp_path):
    """A plain-text page's character references are read as their characters; markup they spell is
    still escaped in the card."""
    text = ("Talks in Brussels\n\nLast updated: 05 May 2021\n\n"
            "NATO Secretary General Jens Stoltenberg &lt;script&gt;alert(1)&lt;/script&gt; met "
            "envoys in Brussels on 4 May 2021.\n")
    apkg, _ = built_cards(tmp_path, {"x.txt": text})
    col = import_into(tmp_path / "col.anki2", apkg)
    try:
        assert col.note_count() >= 1
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            assert "<script>alert" not in card.question() + card.answer()
    finally:
        col.close()


def test_anki_article_text_is_never_markup_or_cloze(tmp_path):
    text = ("Talks in Brussels\n\nLast updated: 05 May 2021\n\n"
            "NATO Secretary General Jens Stoltenberg <script>alert(1)</script> met "
            "<img src=x onerror=alert(2)> {{c1::envoys}} {{Question}} in Brussels on 4 May 2021.\n")
    apkg, _ = built_cards(tmp_path, {"x.txt": text})
    col = import_into(tmp_path / "col.anki2", apkg)
    try:
        assert col.note_count() >= 1
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            rendered = card.question() + card.answer()
            assert "<script>alert" not in rendered and "<img src=x" not in rendered
            text = col.get_note(card.nid).fields[0]
            assert text.count("{{c1::") <= 1   # only the cloze quiz made, never the article's
            assert "&#123;&#123;c1::envoys&#125;&#125;" in text or "envoys" not in text
        quotes = [col.get_card(c).answer() for c in col.find_cards("")]
        assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in q for q in quotes)
        assert any("&lt;img src=x onerror=alert(2)&gt;" in q for q in quotes)
        assert any("&#123;&#123;c1::envoys&#125;&#125;" in q for q in quotes)   # braces shown as text
        clozes = [c for c in col.find_cards("") if col.get_card(c).template()["name"] == "Cloze"]
        assert clozes and all(col.get_card(c).ord == 0 for c in clozes)   # one card per cloze note
    finally:
        col.close()


def test_anki_markup_in_article_text_never_plays_or_typesets(tmp_path):
    text = ("Talks in Brussels\n\nLast updated: 05 May 2021\n\n"
            "NATO Secretary General Jens Stoltenberg [sound:alarm.mp3] met envoys [latex]x^2[/latex] "
            "[$]y[/$] in Brussels on 4 May 2021.\n")
    apkg, _ = built_cards(tmp_path, {"x.txt": text})
    col = import_into(tmp_path / "col.anki2", apkg)
    try:
        ids = col.find_cards("")
        assert ids
        for cid in ids:
            card = col.get_card(cid)
            assert card.question_av_tags() == [] and card.answer_av_tags() == []
            rendered = card.question() + card.answer()
            assert "[sound:" not in rendered and "[latex]" not in rendered and "latex-" not in rendered
            assert "[anki:play" not in rendered
        assert any("&#91;sound:alarm.mp3&#93;" in col.get_card(c).answer() for c in ids)   # shown as text
    finally:
        col.close()


# --------------------------------------------------------------------------- a deck kept for years

def import_tsv(col, tsv):
    from anki.import_export_pb2 import ImportCsvRequest
    metadata = col.get_csv_metadata(str(tsv), None)
    return col.import_csv(ImportCsvRequest(path=str(tsv), metadata=metadata))


def build(tmp_path, src, out, *args, epoch="1700000000"):
    result = CliRunner(env={"SOURCE_DATE_EPOCH": epoch}).invoke(cli, ["build", str(src), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_anki_fresh_import_renders_every_card_and_clozes_hide_their_answer(seed_build, tmp_path):
    out, output = seed_build
    built = int(re.search(r"(\d+) cards", output).group(1))
    col = import_into(tmp_path / "col.anki2", out / "seeds.apkg")
    try:
        assert col.note_count() == built and col.card_count() == built
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            note = col.get_note(card.nid)
            front, back = card.question(), card.answer()
            if card.template()["name"] == "Cloze":
                hidden = re.search(r"\{\{c1::(.+?)\}\}", note.fields[0]).group(1)
                visible = re.sub(r"<style>.*?</style>|<[^>]+>", "", front, flags=re.S)
                assert "[...]" in visible and hidden not in visible
                assert f'<span class="cloze" data-ordinal="1">{hidden}</span>' in back
            else:
                assert note["Question"] in front and note["Answer"] in back and note["Quote"] in back
    finally:
        col.close()


def test_anki_update_in_place_after_an_edited_article_and_template(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    text = ("NATO boosts Iraq mission\n\nBy Jane Roe - 10 March 2021\n\n"
            "In February 2021, NATO deployed around 4,000 troops to its training mission in Iraq.\n\n"
            "NATO Deputy Secretary General Ann Berg visited Baghdad on 4 March 2021.\n")
    (src / "a.txt").write_text(text, encoding="utf-8")
    build(tmp_path, src, tmp_path / "one", "--name", "deck")
    col = import_into(tmp_path / "col.anki2", tmp_path / "one" / "deck.apkg")
    try:
        notes, types = col.note_count(), len(col.models.all_names_and_ids())
        (src / "a.txt").write_text(text.replace("4,000", "5,000"), encoding="utf-8")
        templates = tmp_path / "templates" / "cards"
        templates.mkdir(parents=True)
        (templates / "person_role_basic.j2").write_text(
            '{% extends "default:cards/person_role_basic.j2" %}'
            "{% block question %}Which post did {{ fact.person }} hold {{ when }}?{% endblock %}")
        build(tmp_path, src, tmp_path / "two", "--name", "deck", "--template-dir", str(tmp_path / "templates"),
              epoch="1700000100")
        options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=IF_NEWER)
        log = col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(tmp_path / "two" / "deck.apkg"), options=options))
        assert col.note_count() == notes and len(log.log.new) == 0
        assert len(col.models.all_names_and_ids()) == types          # no copy of a note type
        fields = " ".join(" ".join(col.get_note(n).fields[:3]) for n in col.find_notes(""))   # text, not options
        assert "5,000" in fields and "4,000" not in fields
        assert "Which post did Ann Berg hold on 4 March 2021?" in fields
    finally:
        col.close()


def test_anki_decks_of_different_names_import_side_by_side(tmp_path):
    build(tmp_path, SEEDS, tmp_path / "a", "--name", "week1")
    build(tmp_path, SEEDS, tmp_path / "b", "--name", "week2")
    col = import_into(tmp_path / "col.anki2", tmp_path / "a" / "week1.apkg")
    try:
        first = col.note_count()
        options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=IF_NEWER)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(tmp_path / "b" / "week2.apkg"),
                                                         options=options))
        assert col.note_count() == 2 * first
        assert {"week1", "week2"} <= {d.name for d in col.decks.all_names_and_ids()}
    finally:
        col.close()


def test_anki_text_export_imports_like_the_deck_and_shares_its_guids(tmp_path):
    from anki.collection import Collection
    build(tmp_path, SEEDS, tmp_path / "out", "--formats", "apkg,html,tsv", "--subdecks", "doc")
    out = tmp_path / "out"
    tsv = (out / "seeds.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[:6] == ["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2",
                       "#guid column:3", "#tags column:6"]
    col = Collection(str(tmp_path / "col.anki2"))   # a fresh collection with only Anki's stock note types
    try:
        import_tsv(col, out / "seeds.tsv")
        from_text = col.note_count()
        assert from_text == len(tsv) - 6
        assert {col.get_note(n).note_type()["name"] for n in col.find_notes("")} == {"Basic", "Cloze"}
        assert any(name.startswith("seeds::") for name, _ in
                   ((d.name, d.id) for d in col.decks.all_names_and_ids()))
        options = ImportAnkiPackageOptions(merge_notetypes=True, update_notes=IF_NEWER)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out / "seeds.apkg"), options=options))
        assert col.note_count() == from_text   # the same GUIDs: no note added
    finally:
        col.close()
    deck = import_into(tmp_path / "deck.anki2", out / "seeds.apkg")
    try:
        assert deck.note_count() == from_text
        subdecks = [d for d in deck.decks.all_names_and_ids() if d.name.startswith("seeds::")]
        assert len(subdecks) == 5   # one per article
        descriptions = [deck.decks.get(d.id)["desc"] for d in subdecks]
        assert all(desc.startswith("Cards from ") for desc in descriptions)
    finally:
        deck.close()


def test_anki_a_fact_in_a_hundred_articles_has_a_short_source_and_few_tags(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    for n in range(100):
        (src / f"a{n:03d}.txt").write_text(
            f"Allies meet again, report number {n}\n\nBy Jane Roe - 10 March 2021\n\n"
            "NATO Deputy Secretary General Ann Berg visited Baghdad on 4 March 2021.\n", encoding="utf-8")
    build(tmp_path, src, tmp_path / "out", "--name", "many")
    col = import_into(tmp_path / "col.anki2", tmp_path / "out" / "many.apkg")
    try:
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            source = note["Source"]
            assert len(source) < 500 and "and 97 more" in source
            assert len(note.tags) <= 6 and all(" " not in t for t in note.tags)
    finally:
        col.close()
