"""The whole flow, documents → facts → cards → exports, as plain functions."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as nlp_module
from .cards import KINDS, Card, GateReport, make_cards
from .documents import iter_files, parse_document, read_documents
from .documents.read import MAX_SIZE
from .facts import Fact, merge


@dataclass
class Corpus:
    """What extraction found, with what the later stages need of each document."""

    facts: list[Fact]
    titles: dict[str, str] = field(default_factory=dict)
    headlines: dict[str, str | None] = field(default_factory=dict)
    dates: dict[str, str | None] = field(default_factory=dict)
    documents: int = 0

    def counts(self) -> Counter:
        return Counter(f.type for f in self.facts)


def count_files(paths) -> int:
    return sum(1 for _ in iter_files(paths))


def text_size(paths) -> int:
    """The files' size in bytes (what a progress bar counts down)."""
    return sum(p.stat().st_size for p, _, _ in iter_files(paths) if str(p) != "-")


def collect(paths, model: str | None = None, warn=lambda m: None, progress=None,
            max_size: int = MAX_SIZE, jobs: int = 1, cache=None, cache_dir=None, engine: str = "local",
            scheduler: str | None = None) -> Corpus:
    """Read and extract every document, then merge across them. ``jobs`` processes share the
    documents (the result is the same for any number); with a ``cache`` (a FactCache, or the
    folder ``cache_dir``) unchanged documents are not parsed again; ``engine="dask"`` extracts on
    the Dask cluster at ``scheduler``."""
    from .engine import extract_all
    if cache is None and cache_dir:
        from .cache import FactCache
        cache = FactCache(cache_dir)
    if jobs > 1:
        jobs = min(jobs, max(1, count_files(paths) // 8))   # a few articles are quicker in one process
    docs = read_documents(paths, warn=warn, max_size=max_size,
                          **({"parse": cache.parsed(parse_document)} if cache is not None else {}))
    nlp = nlp_module.load(model)
    found: list[Fact] = []
    corpus = Corpus(facts=[])
    for doc, facts in extract_all(docs, nlp, model=model, jobs=jobs, cache=cache, progress=progress,
                                  engine=engine, scheduler=scheduler):
        corpus.titles[doc.name] = doc.title
        corpus.headlines[doc.name] = doc.headline
        corpus.dates[doc.name] = doc.date
        corpus.documents += 1
        found += facts
    corpus.facts = merge(found)
    return corpus


def documents_of(corpus: Corpus) -> dict[str, dict]:
    """Each document's title, headline and date, as the review file keeps them."""
    return {name: {"title": corpus.titles[name], "headline": corpus.headlines.get(name),
                   "date": corpus.dates.get(name)} for name in corpus.titles}


def from_review(facts_file, paths=(), warn=lambda m: None, max_size: int = MAX_SIZE) -> Corpus:
    """The corpus a teacher reviewed: the facts of a review file (auto, edited and manual), with
    the titles and dates of the documents it names. Documents in ``paths`` are read (no NLP) to
    take their titles and dates afresh and to find hand-written quotes in their text."""
    from .review import read_facts
    texts, fresh = {}, {}
    for doc in (read_documents(paths, warn=warn, max_size=max_size) if paths else ()):
        texts[doc.name] = doc.text
        fresh[doc.name] = {"title": doc.title, "headline": doc.headline, "date": doc.date}
    facts, documents = read_facts(facts_file, texts)
    documents.update(fresh)
    corpus = Corpus(facts=facts)
    for name in list(documents) + [s.doc for f in facts for s in f.sources]:
        meta = documents.get(name) or {}
        if name not in corpus.titles:
            corpus.titles[name] = str(meta.get("title") or name)
            corpus.headlines[name] = meta.get("headline")
            corpus.dates[name] = str(meta["date"]) if meta.get("date") else None
    corpus.documents = len(corpus.titles)
    return corpus


def cards_for(corpus: Corpus, kinds=KINDS, template_dir=None, include_conflicts=False,
              report: GateReport | None = None) -> list[Card]:
    return make_cards(corpus.facts, corpus.titles, kinds=kinds, template_dir=template_dir,
                      include_conflicts=include_conflicts, report=report, headlines=corpus.headlines,
                      article_dates=corpus.dates)


FORMATS = ("apkg", "html", "tsv")


def build(corpus: Corpus, cards: list[Card], out: Path, name: str, template_dir=None,
          formats=("apkg", "html"), subdecks: str = "none", title: str | None = None, count: int = 20,
          paper: str = "a4", plan=None) -> list[Path]:
    """Write NAME.apkg, NAME.html and NAME.tsv (as asked) into ``out``; returns the paths written.

    Every file is complete before any is renamed into place, so a failure leaves none behind."""
    from .exports.anki import write_apkg_to
    from .exports.files import Outputs, writing
    from .exports.tsv import write_tsv_to
    from .exports.worksheet import render_version
    from .plan import plan_sheet

    targets = [out / f"{name}.{fmt}" for fmt in FORMATS if fmt in formats]
    page = None
    if "html" in formats:
        plan = plan or plan_sheet(cards, title or name, corpus.titles, count=count)
        page = render_version(plan, plan.versions[0], template_dir=template_dir, paper=paper)
    with Outputs() as outputs:
        for target in targets:
            tmp = outputs.path(target)
            fmt = target.suffix[1:]
            with writing(target):
                if fmt == "apkg":
                    write_apkg_to(cards, tmp, deck_name=name, titles=corpus.titles, subdecks=subdecks)
                elif fmt == "html":
                    tmp.write_text(page, encoding="utf-8")
                else:
                    write_tsv_to(cards, tmp, deck_name=name, titles=corpus.titles, subdecks=subdecks)
    return targets


def worksheets(corpus: Corpus, cards: list[Card], out: Path, name: str, title: str | None = None, count: int = 20,
               versions: int = 1, seed: int = 0, kinds=None, key: str = "end", pdf: bool = False,
               template_dir=None, paper: str = "a4", report: dict | None = None) -> list[Path]:
    """Write the worksheet's versions (and keys, and PDFs) into ``out``; returns the paths written.
    ``report`` receives the number of questions and the pages each version prints on."""
    from .exports.files import Outputs, scratch_dir, writing
    from .exports.worksheet import chromium, print_pdf, render_version, sheet_files
    from .plan import plan_sheet

    if pdf:
        chromium()   # say how to install it before anything is written
    plan = plan_sheet(cards, title or name, corpus.titles, count=count, versions=versions, seed=seed, kinds=kinds)
    if report is not None:
        report.update(questions=plan.questions, pages={v.code: v.page_count for v in plan.versions})
    files = [(out / fname, render_version(plan, version, part, template_dir=template_dir, paper=paper))
             for fname, version, part in sheet_files(plan, name, key)]
    written = []
    with Outputs() as outputs, scratch_dir() as scratch:
        for target, html in files:
            with writing(target):
                outputs.path(target).write_text(html, encoding="utf-8")
            written.append(target)
            if pdf:
                page = Path(scratch) / target.name
                page.write_text(html, encoding="utf-8")
                pdf_target = target.with_suffix(".pdf")
                with writing(pdf_target):
                    print_pdf(page, outputs.path(pdf_target))
                written.append(pdf_target)
    return written
