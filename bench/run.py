"""The pipeline end to end, timed by stage, on a synthetic corpus made from the seeds or on a
folder of real articles. Prints words per second, peak memory, the time of each stage, and
the ratio of end-to-end throughput to bare ``nlp.pipe`` of the same pipeline over the same
texts.

    python bench/run.py --quick                 # about a minute
    python bench/run.py                         # the full run: 1,000 and 3,000 articles, --jobs 2,
                                                # rebuilds, a 5 MB file against five 1 MB files
    python bench/run.py --corpus ../shared/corpora/bbc
    python bench/run.py --sizes 100,1000 --jobs 2 --no-large

Each measurement runs in a fresh process, so peak memory is its own. A benchmark, not a
test: the figures depend on the machine (record it with the figures).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

FIRST = ["Anna", "Omar", "Lena", "Tomas", "Priya", "Kofi", "Mei", "Jonas", "Sara", "Diego", "Ines", "Yusuf",
         "Hana", "Pavel", "Leila", "Marco", "Nadia", "Emre", "Greta", "Ali", "Rosa", "Felix", "Amara", "Ivan"]
LAST = ["Berg", "Haddad", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Kowalski", "Rahman",
        "Fischer", "Costa", "Petrov", "Mensah", "Duarte", "Aziz", "Horvat", "Nakamura", "Jensen", "Ortiz"]
PLACES = [("Iraq", "Iraqi"), ("Jordan", "Jordanian"), ("Georgia", "Georgian"), ("Moldova", "Moldovan"),
          ("Tunisia", "Tunisian"), ("Mongolia", "Mongolian"), ("Kenya", "Kenyan"), ("Peru", "Peruvian"),
          ("Finland", "Finnish"), ("Ghana", "Ghanaian"), ("Chile", "Chilean"), ("Nepal", "Nepalese")]
SEED_PEOPLE = ["Jens Stoltenberg", "Haider al-Abadi", "Haidar al-Abadi", "Alexander Vershbow", "Faleh Al-Fayyadh",
               "Mustafa Al Kadhimi", "Qasem Soleimani", "Stoltenberg", "al-Abadi", "Al Kadhimi"]


def synthetic(n: int, folder: Path, seed: int = 7) -> int:
    """``n`` articles made from the seeds, each with its own people, places, figures and years."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    words = 0
    for i in range(n):
        text = texts[i % len(texts)]
        for name in SEED_PEOPLE:
            text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}" if " " in name else
                                rng.choice(LAST))
        place, adj = rng.choice(PLACES)
        text = text.replace("Iraqi", adj).replace("Iraq", place)
        shift = rng.randint(-12, 6)
        text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group()) + shift), text)
        text = re.sub(r"\b(\d{1,3}(?:,\d{3})+|\d{2,3})\b(?! (?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December))",
                      lambda m: f"{int(m.group().replace(',', '')) * rng.randint(2, 9) // 3:,}", text)
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def measure_bare(paths: list[str]) -> float:
    """Bare ``nlp.pipe`` over the same texts extraction parses, in a fresh process like the run."""
    from quiz import nlp as nlp_module
    from quiz.documents import read_documents
    from quiz.facts.extract import parse_units
    nlp = nlp_module.load()
    texts = [text for d in read_documents(paths, max_size=10 ** 9) for text in parse_units(d)[1]]
    t, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - t, time.process_time() - cpu


def measure(paths: list[str], jobs: int, cache: str | None, bare: bool) -> dict:
    """One run in this process: every stage timed, and the peak memory of this process and of
    its worker processes."""
    from quiz import nlp as nlp_module
    from quiz import pipeline
    from quiz.plan import plan_sheet

    out: dict = {"read": 0.0, "documents": 0, "words": 0}
    real_reader = pipeline.read_documents

    def reader(*args, **kwargs):        # the read inside extraction, timed where it happens
        docs = real_reader(*args, **kwargs)
        while True:
            t = time.perf_counter()
            doc = next(docs, None)
            out["read"] += time.perf_counter() - t
            if doc is None:
                return
            out["documents"] += 1
            out["words"] += len(doc.text.split())
            yield doc

    pipeline.read_documents = reader
    t = time.perf_counter()
    nlp_module.load()
    out["load"] = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    corpus = pipeline.collect(paths, jobs=jobs, cache_dir=cache, max_size=10 ** 9)
    out["extract"] = time.perf_counter() - t
    out["facts"] = len(corpus.facts)
    t = time.perf_counter()
    cards = pipeline.cards_for(corpus)
    out["cards"] = time.perf_counter() - t
    out["n_cards"] = len(cards)
    t = time.perf_counter()
    plan = plan_sheet(cards, "bench", corpus.titles, count=20)
    out["worksheet"] = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        pipeline.build(corpus, cards, Path(tmp), "bench", plan=plan)
        out["deck"] = time.perf_counter() - t
    out["cpu"] = time.process_time() - cpu      # this process's own CPU time, extraction to deck
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the largest worker (they are all alike), and how many the build used
    out["worker_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["workers"] = min(jobs, max(1, out["documents"] // 8)) if jobs > 1 else 0
    return out


def run(paths, jobs=1, cache=None, bare=False) -> dict:
    """``measure`` in a fresh process. With ``bare``, bare nlp.pipe runs in another at the same
    time, one core each: the machine's speed drifts by a tenth and more from one minute to the
    next here, and side by side both runs see the same machine."""
    def start(spec):
        cmd = [sys.executable, __file__, "--measure", json.dumps(spec)]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def result(proc):
        stdout, stderr = proc.communicate()
        if proc.returncode:
            sys.exit(f"a measurement failed:\n{stderr[-2000:]}")
        return json.loads(stdout.strip().splitlines()[-1])
    paths = [str(p) for p in paths]
    own = start({"paths": paths, "jobs": jobs, "cache": cache, "bare": False})
    beside = start({"paths": paths, "jobs": 1, "cache": None, "bare": True}) if bare else None
    out = result(own)
    if beside is not None:
        bare_run = result(beside)
        out["bare_pipe"], out["bare_cpu"] = bare_run["bare_pipe"], bare_run["bare_cpu"]
    return out


STAGES = ("extract", "cards", "worksheet", "deck")   # extract includes reading the files


def total(r: dict) -> float:
    return sum(r[s] for s in STAGES)


def memory(r: dict) -> float:
    """Peak memory of the build: its own process and, at most, each worker at its peak."""
    return r["peak_mb"] + r["workers"] * r["worker_mb"]


def show(label: str, r: dict) -> None:
    stages = ("read",) + STAGES
    total_time = total(r)
    workers = f" (+ {r['workers']} × {r['worker_mb']:,.0f} MB)" if r["workers"] else ""
    line = f"{label:<34} {r['documents']:>5} docs {r['words']:>9,} words  {r['words'] / total_time:>7,.0f} words/s  " \
           f"peak {r['peak_mb']:>6,.0f} MB{workers}  " + "  ".join(f"{s} {r[s]:.1f}s" for s in stages)
    if "bare_pipe" in r:
        line += f"  bare nlp.pipe {r['bare_pipe']:.1f}s (end to end {r['bare_pipe'] / total_time:.2f} × its throughput)"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: about a minute")
    parser.add_argument("--corpus", help="a folder of real articles instead of the synthetic corpus")
    parser.add_argument("--sizes", help="synthetic corpus sizes, comma-separated (default 1000,3000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel runs")
    parser.add_argument("--no-large", action="store_true", help="leave out the 5 MB file against five 1 MB files")
    parser.add_argument("--large-only", action="store_true", help="only the 5 MB file against five 1 MB files")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        spec = json.loads(args.measure)
        if spec["bare"]:
            wall, cpu = measure_bare(spec["paths"])
            print(json.dumps({"bare_pipe": wall, "bare_cpu": cpu}))
        else:
            print(json.dumps(measure(spec["paths"], spec["jobs"], spec["cache"], False)))
        return
    started = time.perf_counter()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.corpus:
            r = run([args.corpus], bare=True)
            show(f"{Path(args.corpus).name}, 1 process", r)
            show(f"{Path(args.corpus).name}, {args.jobs} processes", run([args.corpus], jobs=args.jobs))
            return
        if args.large_only:
            large_part(tmp, 5_000_000)
            return
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([20, 60] if args.quick else [1000, 3000])
        small, big = sizes[0], sizes[-1]
        for n in sizes:
            (tmp / f"n{n}").mkdir()
            synthetic(n, tmp / f"n{n}")
        cache = tmp / "cache"
        # one process, against bare nlp.pipe beside it; this build also fills the cache for the rebuilds
        first = run([tmp / f"n{small}"], bare=True, cache=str(cache))
        show(f"synthetic {small}, 1 process", first)
        # CPU time too: the machine's speed can drift between the two runs, this process's own time less
        print(f"  end to end / bare nlp.pipe: {first['bare_pipe'] / total(first):.2f} × "
              f"(in CPU time {first['bare_cpu'] / first['cpu']:.2f} ×)", flush=True)
        # every size with --jobs: the speed-up, and how memory and the later stages grow with size
        parallel = {n: run([tmp / f"n{n}"], jobs=args.jobs) for n in sizes}
        for n in sizes:
            show(f"synthetic {n}, {args.jobs} processes", parallel[n])
        later = ("cards", "worksheet", "deck")
        print(f"  --jobs {args.jobs} / --jobs 1 extraction speed at {small}: "
              f"{first['extract'] / parallel[small]['extract']:.2f} ×")
        if len(sizes) > 1:
            a, b = parallel[small], parallel[big]
            print(f"  peak memory {big} / {small}: {memory(b) / memory(a):.2f} × "
                  f"(this process {b['peak_mb'] / a['peak_mb']:.2f} ×, a worker "
                  f"{b['worker_mb'] / max(1e-9, a['worker_mb']):.2f} ×)")
            print(f"  cards+worksheet+deck at {big}: {sum(b[s] for s in later) / b['extract']:.1%} of extraction; "
                  f"{sum(b[s] for s in later) / max(1e-9, sum(a[s] for s in later)):.2f} × their time at {small}")
        folder = tmp / f"n{small}"
        again = run([folder], cache=str(cache))
        show(f"synthetic {small}, unchanged rebuild", again)
        victim = sorted(folder.iterdir())[0]
        victim.write_text(victim.read_text(encoding="utf-8").replace("the", "a", 1), encoding="utf-8")
        changed = run([folder], cache=str(cache))
        show(f"synthetic {small}, 1 article changed", changed)
        for label, r in (("unchanged", again), ("one changed", changed)):
            print(f"  {label} rebuild: {total(r) / total(first):.1%} of the full build", flush=True)
        if not args.no_large:
            large_part(tmp, 150_000 if args.quick else 5_000_000)
    print(f"the whole run: {(time.perf_counter() - started) / 60:.1f} min")


def large_part(tmp: Path, size: int) -> None:
    """One file of ``size`` bytes against five files of a fifth of it, the same text."""
    make = tmp / "pieces"
    make.mkdir()
    texts, total_size, n = [], 0, 0
    while total_size < size:
        synthetic(50, make, seed=11 + n)
        for p in sorted(make.iterdir()):
            text = p.read_text(encoding="utf-8")
            texts.append(text)
            total_size += len(text.encode()) + 2
            p.unlink()
            if total_size >= size:
                break
        n += 1
    five, large = tmp / "five", tmp / "large"
    five.mkdir()
    large.mkdir()
    for i in range(5):
        (five / f"{i}.txt").write_text("\n\n".join(texts[i::5]), encoding="utf-8")
    (large / "large.txt").write_text("\n\n".join(texts), encoding="utf-8")
    mb = (large / "large.txt").stat().st_size / 1e6
    rf = run([five])
    show(f"five files of {mb / 5:.2f} MB, 1 process", rf)
    rl = run([large])
    show(f"one file of {mb:.2f} MB, 1 process", rl)
    print(f"  one large file / five of a fifth: {total(rl) / total(rf):.2f} × the time, peak {rl['peak_mb']:,.0f} MB")

if __name__ == "__main__":
    main()
