"""Running extraction: several processes give the same result as one, the facts cache
re-extracts only what changed and survives interruption, and facts hold no parse."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from quiz import engine, pipeline
from quiz.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PEOPLE = ["Jens Stoltenberg", "Haider al-Abadi", "Alexander Vershbow"]


def corpus(folder: Path, n: int) -> Path:
    """``n`` articles from the seeds, each with its own people and place."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        for k, name in enumerate(PEOPLE):
            text = text.replace(name, f"{name.split()[0]} Person{i}x{k}")
        (folder / f"{i:03d}.txt").write_text(text.replace("Iraq", f"Land{i}"), encoding="utf-8")
    return folder


def test_engine_two_processes_build_the_same_files_as_one(tmp_path):
    src = corpus(tmp_path / "arts", 24)
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    for jobs in ("1", "2"):
        result = CliRunner(env=env).invoke(cli, ["build", str(src), "--out", str(tmp_path / jobs), "--jobs", jobs,
                                                 "--no-cache", "--name", "deck"])
        assert result.exit_code == 0, result.output
    for name in ("deck.apkg", "deck.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_engine_workers_leave_sigterm_and_ctrl_c_to_their_pool(tmp_path):
    """The command's SIGTERM handler unwinds to clean up files; in a pool worker that unwinding
    could leave a queue lock taken when the pool stops its workers, and hang the build. Workers
    die at once on SIGTERM and leave Ctrl-C to the parent."""
    src = corpus(tmp_path / "arts", 16)
    script = (
        "import signal, sys\n"
        "from quiz.cli.common import on_sigterm\n"
        "signal.signal(signal.SIGTERM, on_sigterm)\n"
        "from quiz import engine, pipeline\n"
        "engine._init(None)\n"
        "assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL\n"
        "assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN\n"
        "signal.signal(signal.SIGTERM, on_sigterm)\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        f"for _ in range(3): print(len(pipeline.collect([{str(src)!r}], jobs=2).facts))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Terminated" not in done.stderr
    assert len(set(done.stdout.split())) == 1


def test_engine_cache_parses_only_documents_that_changed(tmp_path, monkeypatch):
    src = corpus(tmp_path / "arts", 6)
    parsed = []
    real = engine.facts_from_parses
    monkeypatch.setattr(engine, "facts_from_parses", lambda doc, *a: parsed.append(doc.name) or real(doc, *a))
    cache = tmp_path / "cache"
    fresh = pipeline.collect([src])
    assert len(parsed) == 6
    parsed.clear()
    first = pipeline.collect([src], cache_dir=cache)
    assert len(parsed) == 6 and first.facts == fresh.facts
    parsed.clear()
    again = pipeline.collect([src], cache_dir=cache)
    assert parsed == [] and again.facts == fresh.facts            # an unchanged rebuild parses nothing
    changed = src / "002.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("500", "650"), encoding="utf-8")
    after = pipeline.collect([src], cache_dir=cache)
    assert parsed == ["002.txt"]
    assert after.facts == pipeline.collect([src]).facts
    assert any(f.value == 650 for f in after.facts if f.type == "quantity")


def test_engine_cache_ignores_broken_entries_and_other_code(tmp_path, monkeypatch):
    src = corpus(tmp_path / "arts", 3)
    cache = tmp_path / "cache"
    fresh = pipeline.collect([src], cache_dir=cache)
    entries = sorted(p for p in cache.rglob("*.json") if "documents" not in p.parts)
    assert len(entries) == 3 and len(list((cache / "documents").rglob("*.json"))) == 3
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_text(json.dumps({"facts": [{"type": "date"}]}), encoding="utf-8")
    assert pipeline.collect([src], cache_dir=cache).facts == fresh.facts
    from quiz import cache as cache_module
    monkeypatch.setattr(cache_module, "code_hash", lambda: "other extraction code")
    parsed = []
    real = engine.facts_from_parses
    monkeypatch.setattr(engine, "facts_from_parses", lambda doc, *a: parsed.append(doc.name) or real(doc, *a))
    assert pipeline.collect([src], cache_dir=cache).facts == fresh.facts
    assert len(parsed) == 3                                       # changed code: nothing reused


def test_engine_cache_after_sigkill_has_no_corrupt_entry(tmp_path):
    src = corpus(tmp_path / "arts", 40)
    cache = tmp_path / "cache"
    env = {**os.environ, "QUIZ_CACHE_DIR": str(cache)}
    proc = subprocess.Popen([sys.executable, "-m", "quiz", "facts", str(src), "--format", "json", "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 120
    def facts_entries():
        return [p for p in cache.rglob("*.json") if "documents" not in p.parts]
    while time.time() < deadline and proc.poll() is None and len(facts_entries()) < 3:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 3 <= len(facts_entries()) < 40
    for entry in cache.rglob("*.json"):
        json.loads(entry.read_text(encoding="utf-8"))            # every entry is whole
    cached = subprocess.run([sys.executable, "-m", "quiz", "facts", str(src), "--format", "json"],
                            capture_output=True, text=True, env=env)
    full = subprocess.run([sys.executable, "-m", "quiz", "facts", str(src), "--format", "json", "--no-cache"],
                          capture_output=True, text=True, env=env)
    assert cached.returncode == 0 and cached.stdout == full.stdout
    cleared = subprocess.run([sys.executable, "-m", "quiz", "cache", "clear"], capture_output=True, text=True,
                             env=env)
    assert cleared.returncode == 0 and "removed 40 cached documents" in cleared.stdout
    assert not list(cache.rglob("*.json"))


def test_engine_facts_hold_no_part_of_the_parse(tmp_path):
    from spacy.tokens import Doc, Span, Token

    def walk(value):
        if isinstance(value, (Doc, Span, Token)):
            raise AssertionError(f"a fact holds a spaCy {type(value).__name__}")
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif hasattr(value, "__dict__"):
            for v in vars(value).values():
                walk(v)

    found = pipeline.collect([SEEDS])
    assert found.facts
    for fact in found.facts:
        walk(fact)


def test_engine_dask_cluster_finds_the_same_facts(tmp_path):
    from distributed import LocalCluster
    src = corpus(tmp_path / "arts", 8)
    local = CliRunner().invoke(cli, ["facts", str(src), "--format", "json", "--no-cache", "--jobs", "1"])
    assert local.exit_code == 0, local.output
    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        remote = CliRunner().invoke(cli, ["facts", str(src), "--format", "json", "--no-cache", "--engine", "dask",
                                          "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.stdout) == json.loads(local.output) and json.loads(local.output)["facts"]
    missing = CliRunner().invoke(cli, ["facts", str(src), "--engine", "dask"])
    assert missing.exit_code == 2 and "--scheduler" in missing.output


def test_engine_cache_keeps_parsed_documents_and_reads_a_broken_one_again(tmp_path, monkeypatch):
    src = corpus(tmp_path / "arts", 3)
    cache = tmp_path / "cache"
    fresh = pipeline.collect([src], cache_dir=cache)
    from quiz.documents import read as read_module
    calls = []
    real = read_module.parse_document
    monkeypatch.setattr(pipeline, "parse_document", lambda name, *a, **k: calls.append(name) or real(name, *a, **k))
    again = pipeline.collect([src], cache_dir=cache)
    assert calls == [] and again.facts == fresh.facts and again.titles == fresh.titles and again.dates == fresh.dates
    broken = sorted((cache / "documents").rglob("*.json"))[0]
    broken.write_text("{not json", encoding="utf-8")
    assert pipeline.collect([src], cache_dir=cache).facts == fresh.facts and len(calls) == 1

