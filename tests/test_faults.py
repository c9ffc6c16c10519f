"""Bad input and failing writes, for real: a full disk, a failed rename, SIGTERM and Ctrl-C,
broken bytes, control characters, oversized files. Each gives one line, a non-zero exit, and
no half-written or missing output."""
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import cli
from quiz.documents.read import decode
from quiz.exports import files

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = ("NATO opens office\n\nLast updated: 10 March 2021\n\n"
           "NATO Secretary General Jens Stoltenberg opened the new office in Baghdad on 9 March 2021.\n")
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def quiz(*args, **kwargs):
    """The installed command in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "quiz", *map(str, args)], capture_output=True, text=True,
                          **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".quiz-")) if folder.exists() else []


def test_faults_a_disk_that_fills_while_the_deck_is_written(tmp_path):
    out, scratch = tmp_path / "out", tmp_path / "tmp"
    scratch.mkdir()
    first = quiz("build", SEEDS, "--out", out, env={**os.environ, **EPOCH})
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))

    result = quiz("build", SEEDS, "--out", out, env={**os.environ, "TMPDIR": str(scratch), "SOURCE_DATE_EPOCH": "1800000000"},
                  preexec_fn=small_files)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{out / 'seeds.apkg'}: cannot write" in lines[0] and ".quiz-" not in lines[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before     # the old deck and sheet, untouched
    assert leftovers(out) == [] and list(scratch.iterdir()) == []


def test_faults_a_failed_rename_changes_no_file(tmp_path, monkeypatch):
    runner = CliRunner(env=EPOCH)
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = os.replace

    def replace(src, dst):
        if str(dst).endswith("seeds.html"):
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "1800000000"}).invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert f"{out / 'seeds.html'}: cannot write: Permission denied; no file was changed" in result.output
    assert ".quiz-" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before   # the deck was put back too
    assert leftovers(out) == []


def test_faults_sigterm_and_ctrl_c_while_writing_clean_up(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for sig, code in ((signal.SIGTERM, 143), (signal.SIGINT, 130)):
        out = tmp_path / f"out{code}"
        for _ in range(20):       # catch the process while its temporary files exist
            proc = subprocess.Popen([sys.executable, "-m", "quiz", "build", str(SEEDS), "--out", str(out)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env={**os.environ, "TMPDIR": str(scratch)})
            caught = False
            while proc.poll() is None:
                if leftovers(out):
                    proc.send_signal(sig)
                    caught = True
                    break
                time.sleep(0.002)
            _, err = proc.communicate(timeout=120)
            if caught and proc.returncode != 0:
                break
            caught = False   # the build finished just before the signal came: try again
            for p in out.iterdir():
                p.unlink()
        assert caught, "the build never showed its temporary files"
        assert proc.returncode == code, err
        assert "Traceback" not in err and "no output was written or changed" in err
        assert leftovers(out) == [] and list(scratch.iterdir()) == []
        assert not any(out.iterdir())


def test_faults_out_is_checked_before_extraction(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    # a model that does not exist would fail the extraction: the folder is found out first
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(blocker), "--model", "no_such_pipeline"])
    assert result.exit_code == 2 and "--out" in result.output and "is a file" in result.output
    for command in ("build", "worksheet"):
        result = CliRunner().invoke(cli, [command, str(SEEDS), "--out", str(blocker / "sub"), "-m", "no_such_pipeline"])
        assert result.exit_code == 1 and f"{blocker}: is not a folder (--out {blocker / 'sub'})" in result.output


def test_faults_names_never_keep_newlines_or_bidi_controls(tmp_path):
    for bad in ("week\n1", "week\u202e1", "week\x001"):
        result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--name", bad])
        assert result.exit_code == 2 and "control characters" in result.output
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "evil\n\u202etxt.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    docs = {f["doc"] for f in json.loads(result.output)["facts"]}
    assert docs == {"evil__txt.txt"}


def test_faults_utf8_with_a_few_bad_bytes_stays_utf8():
    data = ("Café owners in Zürich – “quoted” – " * 20).encode("utf-8")
    broken = data[:50] + b"\xff\xfe" + data[50:200] + b"\x81" + data[200:]
    text, how = decode(broken)
    assert how == "UTF-8 with 3 bad bytes replaced"
    assert "Café owners in Zürich – “quoted”" in text and "Ã" not in text
    assert text.count("\ufffd") == 3
    cp1252 = "Café “quoted”".encode("cp1252")
    assert decode(cp1252) == ("Café “quoted”", "cp1252")


def test_faults_control_characters_never_reach_a_card(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    dirty = ARTICLE.replace("Jens", "Je\x1bns\x07").replace("Baghdad", "Bagh\u202edad\x85")
    (folder / "a.txt").write_bytes(dirty.encode("utf-8"))
    result = CliRunner().invoke(cli, ["cards", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    made = json.loads(result.output)["cards"]
    assert made
    for card in made:
        text = json.dumps(card, ensure_ascii=False)
        assert not any(ord(ch) < 32 or 0x7f <= ord(ch) < 0xa0 or 0x202a <= ord(ch) <= 0x202e for ch in
                       card["question"] + card["answer"] + card["quote"]), text
    assert any("Jens Stoltenberg" in c["quote"] and "Baghdad" in c["quote"] for c in made)


def test_faults_oversized_files_are_skipped_and_stdin_is_read(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "huge.txt").write_text(ARTICLE + "More words follow here. " * 50_000, encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", str(folder), "--format", "json", "--max-size", "1"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "huge.txt" in result.output and "--max-size" in result.output
    piped = quiz("facts", "-", "--format", "json", input=ARTICLE)
    assert piped.returncode == 0, piped.stderr
    facts = json.loads(piped.stdout)["facts"]
    assert facts and {f["doc"] for f in facts} == {"stdin"}


def test_faults_script_and_style_never_reach_the_text(tmp_path):
    page = ("<html><head><title>NATO opens office</title><style>.x{color:red} body{}</style></head><body>"
            "<script>var hiddenvalue = 'alert(1)';</script><article><h1>NATO opens office</h1>"
            "<p>NATO Secretary General Jens Stoltenberg opened the new office in Baghdad on 9 March 2021, "
            "officials said on Tuesday.</p><script>document.write('injected')</script>"
            "<p>The office will employ 40 advisers from the alliance, the ministry said.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", str(tmp_path / "page.html"), "--format", "json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)["facts"]
    assert facts
    text = result.output
    assert "hiddenvalue" not in text and "injected" not in text and "color:red" not in text


def test_faults_first_contact(tmp_path):
    result = quiz("build", cwd=tmp_path)            # outside the repository: no seeds/ here
    assert result.returncode == 1
    assert "no articles named" in result.stderr and "quiz build articles/" in result.stderr
    assert not (tmp_path / "decks").exists()
    short = CliRunner().invoke(cli, ["-h"])
    assert short.exit_code == 0 and "Examples:" in short.output
    commands = short.output.split("Commands:")[1]
    assert "..." not in commands                     # summaries are whole, not cut off
    assert CliRunner().invoke(cli, ["build", "-h"]).exit_code == 0
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("Nothing here\n\nThe weather was fine and people walked in the park.\n")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "0 facts found in 1 document)" in result.output


def test_faults_debug_shows_the_traceback_otherwise_one_line(tmp_path):
    broken = tmp_path / "facts.yaml"
    broken.write_text("facts:\n  - type: datum\n    fields: {}\n", encoding="utf-8")
    plain = quiz("build", "--facts", broken, "--out", tmp_path / "out")
    assert plain.returncode == 1 and plain.stderr.strip().count("\n") == 0 and "Traceback" not in plain.stderr
    debug = quiz("--debug", "build", "--facts", broken, "--out", tmp_path / "out")
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "unknown fact type" in debug.stderr
