"""Extraction speed on the seed articles, repeated to make a larger corpus.

Targets (2 cores): the pipeline loads in under 2 s and the seeds extract in a
few seconds after that. Run: python bench/extract_speed.py [--copies N]
"""
import argparse
import shutil
import tempfile
import time
from pathlib import Path

from quiz import nlp
from quiz.pipeline import collect

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the seed corpus to extract")
    args = parser.parse_args()
    t0 = time.perf_counter()
    nlp.load()
    load = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        words = 0
        for i in range(args.copies):
            for path in sorted(SEEDS.iterdir()):
                text = path.read_text(encoding="utf-8")
                words += len(text.split())
                shutil.copy(path, Path(tmp) / f"{i:04d}_{path.name}")
        t1 = time.perf_counter()
        corpus = collect([tmp])
        took = time.perf_counter() - t1
    print(f"model load {load:.2f} s; {corpus.documents} documents, {words} words, "
          f"{len(corpus.facts)} facts in {took:.2f} s ({words / took:,.0f} words/s)")


if __name__ == "__main__":
    main()
