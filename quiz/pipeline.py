"""The whole flow, documents → facts → cards → exports, as plain functions."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as nlp_module
from .cards import KINDS, Card, GateReport, make_cards
from .documents import iter_files, read_documents
from .facts import Fact, extract, merge


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


def collect(paths, model: str | None = None, warn=lambda m: None, progress=None) -> Corpus:
    """Read and extract every document (streamed one at a time), then merge across them."""
    docs = read_documents(paths, warn=warn)
    nlp = nlp_module.load(model)
    found: list[Fact] = []
    corpus = Corpus(facts=[])
    for doc, facts in extract(docs, nlp, progress=progress):
        corpus.titles[doc.name] = doc.title
        corpus.headlines[doc.name] = doc.headline
        corpus.dates[doc.name] = doc.date
        corpus.documents += 1
        found += facts
    corpus.facts = merge(found)
    return corpus


def cards_for(corpus: Corpus, kinds=KINDS, template_dir=None, include_conflicts=False,
              report: GateReport | None = None) -> list[Card]:
    return make_cards(corpus.facts, corpus.titles, kinds=kinds, template_dir=template_dir,
                      include_conflicts=include_conflicts, report=report, headlines=corpus.headlines,
                      article_dates=corpus.dates)


FORMATS = ("apkg", "html", "tsv")


def build(corpus: Corpus, cards: list[Card], out: Path, name: str, template_dir=None,
          formats=("apkg", "html"), subdecks: str = "none") -> list[Path]:
    """Write NAME.apkg, NAME.html and NAME.tsv (as asked) into ``out``; returns the paths written.

    Every file is complete before any is renamed into place, so a failure leaves none behind."""
    from contextlib import ExitStack

    from .exports.anki import write_apkg_to
    from .exports.files import atomic_path
    from .exports.tsv import write_tsv_to
    from .exports.worksheet import render_worksheet

    targets = [out / f"{name}.{fmt}" for fmt in FORMATS if fmt in formats]
    page = render_worksheet(cards, title=name, titles=corpus.titles, template_dir=template_dir) \
        if "html" in formats else None
    with ExitStack() as stack:
        for target in targets:
            tmp = stack.enter_context(atomic_path(target))
            fmt = target.suffix[1:]
            if fmt == "apkg":
                write_apkg_to(cards, tmp, deck_name=name, titles=corpus.titles, subdecks=subdecks)
            elif fmt == "html":
                tmp.write_text(page, encoding="utf-8")
            else:
                write_tsv_to(cards, tmp, deck_name=name, titles=corpus.titles, subdecks=subdecks)
    return targets
