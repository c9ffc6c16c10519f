"""The command line: help with examples, one-line errors, no partial outputs."""
import json
import shutil
from pathlib import Path

import pytest

from quiz.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = ("NATO opens office\n\nLast updated: 10 March 2021\n\n"
           "NATO Secretary General Jens Stoltenberg opened the new office in Baghdad on 9 March 2021.\n")


@pytest.mark.parametrize("command", list(cli.commands))
def test_cli_every_command_has_help_with_example(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"quiz {command}" in result.output


def test_cli_build_writes_deck_and_worksheet_and_counts(seed_build):
    out, output = seed_build
    assert (out / "seeds.apkg").stat().st_size > 0 and (out / "seeds.html").stat().st_size > 0
    assert "5 documents" in output and "date" in output and "person_role" in output and "cards" in output
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_cli_facts_json_has_scorer_fields(runner):
    result = runner.invoke(cli, ["facts", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0
    facts = json.loads(result.output)["facts"]
    kinds = {f["type"] for f in facts}
    assert {"date", "person_role", "quantity", "acronym"} <= kinds
    for f in facts:
        assert f["doc"] and f["evidence"] and f["id"] and f["rule"] and f["sources"]
        assert {"date": "event", "person_role": "role", "quantity": "what", "acronym": "expansion"}[f["type"]] in f


def test_cli_facts_text_shows_sentence_and_rule_and_filters_by_type(runner):
    result = runner.invoke(cli, ["facts", str(SEEDS), "--type", "quantity"])
    assert result.exit_code == 0
    assert "[quantity]" in result.output and "[date]" not in result.output
    assert "rule quantity-count" in result.output
    assert "“About 15,000 Iraqi officers were trained" in result.output


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_cli_missing_path_is_a_usage_free_error(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path / "nope"), "--out", str(out)])
    assert result.exit_code == 1
    assert "nope: no such file or folder" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_cli_empty_folder(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path / "empty"), "--out", str(out)])
    assert result.exit_code == 1
    assert "empty: no readable text documents" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_folder_with_nothing_readable(runner, tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    write(folder, "a.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 1
    assert "skipped" in result.output and "a.png" in result.output and "binary" in result.output
    assert "no readable text documents" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_binary_file_named_is_an_error(runner, tmp_path):
    path = write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert "photo.jpg: is a binary file, not text" in result.output
    assert "Traceback" not in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_binary_in_folder_is_skipped_and_cp1252_is_decoded(runner, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder, "blob.bin", bytes(range(256)) * 4)
    write(folder, "old.txt", ARTICLE.replace("opened", "opened \u201cthe\u201d").encode("cp1252"))
    result = runner.invoke(cli, ["facts", str(folder)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "blob.bin" in result.output
    assert "old.txt: not UTF-8, read as cp1252" in result.output
    assert "Jens Stoltenberg" in result.output


def test_cli_bad_kind_is_a_usage_error(runner):
    result = runner.invoke(cli, ["cards", str(SEEDS), "--kinds", "basic,nonsense"])
    assert result.exit_code == 2
    assert "nonsense" in result.output


def test_cli_unknown_template_name_is_named_not_ignored(runner, tmp_path):
    templates = tmp_path / "t" / "cards"
    templates.mkdir(parents=True)
    (templates / "date_basc.j2").write_text("{% block question %}When?{% endblock %}")
    (templates / "_macros.j2").write_text("{% macro x() %}x{% endmacro %}")   # a partial may be called anything
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--template-dir",
                                 str(tmp_path / "t")])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "date_basc.j2: unknown card template name" in result.output and "cards/date_basic.j2" in result.output
    assert not (tmp_path / "out").exists()


def test_cli_broken_template_fails_without_partial_output(runner, tmp_path):
    templates = tmp_path / "t" / "cards"
    templates.mkdir(parents=True)
    (templates / "date_basic.j2").write_text("{% block question %}{{ fact.date }\n{% endblock %}")
    src = tmp_path / "src"
    src.mkdir()
    write(src, "a.txt", ARTICLE)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(src), "--out", str(out), "--template-dir", str(tmp_path / "t")])
    assert result.exit_code == 1
    assert "cards/date_basic.j2, line 1" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists() or not list(out.iterdir())


def test_cli_model_option_names_the_pipeline(runner, tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    write(src, "a.txt", ARTICLE)
    result = runner.invoke(cli, ["facts", str(src), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 1
    assert "cannot load spaCy pipeline 'no_such_pipeline_xyz'" in result.output
    monkeypatch.setenv("QUIZ_SPACY_MODEL", "also_missing_xyz")
    result = runner.invoke(cli, ["facts", str(src)])
    assert result.exit_code == 1 and "also_missing_xyz" in result.output


def test_cli_build_with_nothing_to_ask_writes_nothing(runner, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    write(src, "a.txt", "Hello world\n\nThe weather was pleasant and the talks were friendly.\n")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert "no cards to write (0 facts found in 1 document)" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_build_with_conflicts_included(runner, tmp_path):
    src = tmp_path / "dup"
    src.mkdir()
    write(src, "a.txt", "News from the Iraq mission\n\nBy Jane Roe - 3 May 2021\n\n"
                        "NATO Mission Iraq involves around 500 trainers from Allied countries.\n")
    write(src, "b.txt", "News from the Kosovo mission\n\nBy Al Poe - 4 May 2021\n\n"
                        "NATO Mission Iraq involves around 4,000 trainers from Allied countries.\n")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(src), "--out", str(out), "--include-conflicts"])
    assert result.exit_code == 0, result.output
    page = (out / "dup.html").read_text(encoding="utf-8")
    # each version says whose account it is: "According to “…”, how many …" or a blank "From “…”: …"
    for title in ("News from the Iraq mission", "News from the Kosovo mission"):
        assert f"According to “{title}”" in page or f"From “{title}”" in page


def test_cli_output_that_cannot_be_written_is_one_line_and_leaves_nothing(runner, tmp_path):
    out = tmp_path / "out"
    (out / "seeds.html").mkdir(parents=True)
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1 and "seeds.html: is a folder" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["seeds.html"]   # no .apkg without its worksheet
    (tmp_path / "afile").write_text("x")
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "afile" / "sub")])
    assert result.exit_code == 1 and "is not a folder" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("name", ["x/y", "../up", ".hidden", "n" * 101])
def test_cli_name_must_be_a_plain_file_name(runner, tmp_path, name):
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--name", name])
    assert result.exit_code == 2 and "--name" in result.output
    assert list(tmp_path.iterdir()) == []


def test_cli_folders_read_articles_only_and_name_them_by_path(runner, tmp_path):
    src = tmp_path / "src"
    (src / "2019").mkdir(parents=True)
    (src / "2021").mkdir()
    write(src / "2019", "story.txt", ARTICLE)
    write(src / "2021", "story.txt", ARTICLE.replace("Jens Stoltenberg", "Mark Rutte").replace("2021", "2024"))
    write(src, "notes.csv", "a,b\n1,2\n")
    result = runner.invoke(cli, ["facts", str(src), "--format", "json"])
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "notes.csv: not a .txt, .md or .html file" in result.stderr
    docs = {f["doc"] for f in json.loads(result.stdout)["facts"]}
    assert docs == {"2019/story.txt", "2021/story.txt"}


def test_cli_building_into_the_input_folder_twice_changes_nothing(runner, tmp_path):
    src = tmp_path / "self"
    shutil.copytree(SEEDS, src)
    first = runner.invoke(cli, ["build", str(src), "--out", str(src)])
    second = runner.invoke(cli, ["build", str(src), "--out", str(src)])
    assert first.exit_code == second.exit_code == 0
    assert first.output.splitlines()[-1] == second.output.splitlines()[-1]
    assert "a worksheet quiz wrote" in second.stderr


def test_cli_pipeline_without_parser_is_refused(runner):
    result = runner.invoke(cli, ["facts", str(SEEDS), "--model", "blank:en"])
    assert result.exit_code == 1
    assert "has no parser or ner" in result.output and "Traceback" not in result.output


def test_cli_broken_worksheet_template_names_its_line(runner, tmp_path):
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "worksheet.html").write_text(
        '{% extends "default:worksheet.html" %}\n{% block header %}\n<h1>{{ nothing.here }}</h1>\n{% endblock %}\n')
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--template-dir", str(templates)])
    assert result.exit_code == 1
    assert "worksheet.html, line 3: 'nothing' is undefined" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_worksheet_override_changes_one_block(runner, tmp_path):
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "worksheet.html").write_text(
        '{% extends "default:worksheet.html" %}{% block header %}<h1>Class 9B quiz</h1>{% endblock %}')
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--template-dir", str(templates)])
    assert result.exit_code == 0
    page = (out / "seeds.html").read_text(encoding="utf-8")
    assert "<h1>Class 9B quiz</h1>" in page and "Answer key</h2>" in page


def test_cli_utf16_text_is_read(runner, tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    result = runner.invoke(cli, ["facts", str(path)])
    assert result.exit_code == 0 and "Jens Stoltenberg" in result.stdout
    assert "read as UTF-16" in result.stderr


def test_cli_bad_source_date_epoch_is_an_error(tmp_path):
    from click.testing import CliRunner
    out = tmp_path / "out"
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "yesterday"}).invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1 and "SOURCE_DATE_EPOCH='yesterday'" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_cli_named_path_that_is_not_a_file(runner, tmp_path):
    import os
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = runner.invoke(cli, ["facts", str(fifo)])
    assert result.exit_code == 1 and "pipe.txt: not a regular file" in result.output


def test_cli_readme_sample_cards_are_what_the_seeds_give(runner):
    import re
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (basic|reverse|cloze|choice|acronym) \| (.+?) \| (.+?) \|$", readme, re.M)
    assert len(rows) == 10
    cards = json.loads(runner.invoke(cli, ["cards", str(SEEDS), "--format", "json"]).stdout)["cards"]
    shown = set()
    for c in cards:
        question = c["question"]
        if c["kind"] == "choice":
            question += " " + " ".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(c["options"]))
        shown.add((c["kind"], question, c["answer"]))
    for kind, question, answer in rows:
        assert (kind, question, answer.split(" (article dated")[0]) in shown, question
