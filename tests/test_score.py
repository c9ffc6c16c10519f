"""Extraction on the seed articles, measured with the shared gold file and scorer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def test_score_seed_gold_recall_precision_and_no_leaks(tmp_path):
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.fail(f"{scorer} is missing: the checkout needs ../shared beside it")
    facts = tmp_path / "facts.json"
    result = CliRunner().invoke(cli, ["facts", str(ROOT / "seeds"), "--format", "json", "-o", str(facts)])
    assert result.exit_code == 0, result.output
    run = subprocess.run([sys.executable, str(scorer), str(SHARED / "eval" / "seeds" / "gold.json"), str(facts)],
                         capture_output=True, text=True, check=True)
    report = json.loads(run.stdout[: run.stdout.rindex("}") + 1])
    assert report["leaks"] == 0
    assert report["recall"] >= 0.90, run.stdout
    assert report["precision"] >= 0.85, run.stdout
