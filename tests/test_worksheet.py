"""The worksheet holds every question and answer, and headless Chromium renders and prints it."""
from markupsafe import escape
import json
import re
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_cards():
    result = CliRunner().invoke(cli, ["cards", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["cards"]


def test_worksheet_holds_every_question_and_key_every_answer(seed_build):
    out, _ = seed_build
    page = (out / "seeds.html").read_text(encoding="utf-8")
    questions_part, key_part = page.split("<h2>Answer key</h2>")
    from quiz.cards import Card
    from quiz.exports.worksheet import worksheet_cards
    every = seed_cards()
    cards = [c.__dict__ for c in worksheet_cards([Card(**{**c, "options": tuple(c.get("options", ())),
                                                          "tags": tuple(c["tags"]), "docs": tuple(c["docs"]),
                                                          "cloze": tuple(c["cloze"]) if c.get("cloze") else None})
                                                  for c in every])]
    assert len(cards) == len({c["fact_id"] for c in cards}) >= 12   # each fact asked at most once
    from quiz.cards import answer_in
    for a in cards:                                                  # no question answers another
        for b in cards:
            if a is not b:
                assert not answer_in(" ".join([a["question"], *a["options"]]), b["answer"]), (a["question"], b["answer"])
    assert len({c["kind"] for c in cards}) >= 2                   # kinds take turns
    for card in cards:                                            # no cloze gives another answer away
        if card["kind"] == "cloze":
            assert sum(c["quote"] == card["quote"] for c in cards) == 1
    for card in cards:
        assert str(escape(card["question"])) in questions_part
        assert str(escape(card["answer"])) in key_part
    assert questions_part.count('class="question"') == key_part.count('class="answer"') == len(cards)


def test_worksheet_renders_and_prints_in_chromium(seed_build, chromium, tmp_path):
    out, output = seed_build
    page = out / "seeds.html"
    dom = chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Answer key" in dom.stdout
    asked = int(re.search(r"(\d+) worksheet questions", output).group(1))
    assert asked >= 12 and dom.stdout.count('class="answer"') == asked
    pdf = tmp_path / "seeds.pdf"
    printed = chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.exists(), printed.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 2   # the answer key starts on a page of its own


def test_worksheet_shows_article_markup_as_text(tmp_path, chromium):
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.html").write_text(
        "<html><body><h1>Talks</h1><p>Last updated: 05 May 2021</p>"
        "<p>NATO Secretary General Jens Stoltenberg &lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt; "
        "met &lt;img src=x onerror=\"document.body.dataset.pwned=2\"&gt; envoys in Brussels on 4 May 2021.</p>"
        "</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--name", "w"])
    assert result.exit_code == 0, result.output
    page = (out / "w.html").read_text(encoding="utf-8")
    assert "<script>document" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;" in page
    dom = chromium("--dump-dom", (out / "w.html").as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "data-pwned" not in dom.stdout
    assert "&lt;img src=x onerror=" in dom.stdout
