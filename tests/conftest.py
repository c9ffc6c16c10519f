import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz import nlp as nlp_module
from quiz.cli import cli
from quiz.documents import parse_document
from quiz.facts import extract_document, merge

# the tests never read or fill the user's own facts cache
os.environ["QUIZ_CACHE_DIR"] = tempfile.mkdtemp(prefix="quiz-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return nlp_module.load()


@pytest.fixture(scope="session")
def facts_of(nlp):
    """Facts of one or more made-up articles: facts_of(text) or facts_of({name: text})."""
    def run(articles, merged=True):
        if isinstance(articles, str):
            articles = {"article.txt": articles}
        found = []
        for name, text in articles.items():
            found += extract_document(parse_document(name, text), nlp)
        return merge(found) if merged else found
    return run


# a made-up article's head: a headline and a date line (Wednesday 12 February 2020)
DATED = "Allies meet in Brussels\n\nBy Jane Roe - 12 February 2020\n\n"


@pytest.fixture(scope="session")
def cards_of(nlp):
    """The cards a build makes of one made-up sentence under DATED."""
    from quiz.cards import make_cards
    from quiz.cards.model import KINDS

    def run(sentence):
        doc = parse_document("a.txt", DATED + sentence + "\n")
        facts = merge(extract_document(doc, nlp))
        return make_cards(facts, {doc.name: doc.title}, kinds=KINDS, headlines={doc.name: doc.headline},
                          article_dates={doc.name: doc.date})
    return run


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built once, with a fixed SOURCE_DATE_EPOCH."""
    out = tmp_path_factory.mktemp("decks")
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    result = CliRunner(env=env).invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("Chromium is not installed: run .ci/run (it installs Debian's chromium) or apt-get install chromium")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]


@pytest.fixture()
def chromium(tmp_path):
    """Run headless Chromium with a fresh profile: chromium(*args) -> CompletedProcess."""
    import subprocess

    exe = chromium_path()

    def run(*args, timeout=120):
        profile = tmp_path / f"profile{len(os.listdir(tmp_path))}"
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return run
