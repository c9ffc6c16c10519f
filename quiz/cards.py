"""Cards: a question and an answer per fact and card kind, worded by templates.

Card text is plain text; the exports escape it for HTML and Anki. A quality
gate drops cards that give their answer away, repeat another card's question,
or rest on facts whose sources disagree.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, fields

from . import dates
from .facts.model import Fact, key_words
from .templating import environment, render_block

KINDS = ("basic", "reverse", "acronym")
TEMPLATES = {
    ("date", "basic"): "cards/date_basic.j2",
    ("person_role", "basic"): "cards/person_role_basic.j2",
    ("person_role", "reverse"): "cards/person_role_reverse.j2",
    ("quantity", "basic"): "cards/quantity_basic.j2",
    ("acronym", "acronym"): "cards/acronym_acronym.j2",
    ("acronym", "reverse"): "cards/acronym_reverse.j2",
}
WHEN = {"year": "In which year", "month": "In which month", "day": "On which date"}


@dataclass(frozen=True)
class Card:
    id: str                 # fact id and kind: stable across wording changes
    kind: str
    question: str
    answer: str
    fact_id: str
    fact_type: str
    doc: str
    quote: str
    tags: tuple[str, ...]
    article_date: str | None = None   # shown when the answer depends on it
    options: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = asdict(self)
        out["tags"] = list(self.tags)
        out["docs"] = list(self.docs)
        if self.kind != "choice":
            out.pop("options")
        return out


@dataclass
class GateReport:
    """What the quality gate dropped, and why."""

    dropped: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)

    def drop(self, reason: str, card: Card) -> None:
        self.dropped[reason] += 1
        self.examples.setdefault(reason, []).append(card.question)


def tag(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")


def _context(fact: Fact, titles: dict[str, str]) -> tuple[dict, str | None]:
    data = {f.name: getattr(fact, f.name) for f in fields(fact) if f.name != "sources"}
    data.update(doc=fact.doc, evidence=fact.evidence)
    title = titles.get(fact.doc, fact.doc)
    anchor = None
    article_date = None
    if fact.type == "person_role" and fact.as_of:
        anchor = dates.human(fact.as_of[:7]) if len(fact.as_of) >= 7 else fact.as_of
        article_date = fact.as_of
    if fact.type == "date" and fact.relative:
        article_date = fact.sources[0].article_date
    when = WHEN[dates.precision_of(fact.date)] if fact.type == "date" and fact.date else ""
    return {"fact": data, "frame": fact.frame or {}, "title": title, "anchor": anchor,
            "when": when}, article_date


def make_cards(facts: list[Fact], titles: dict[str, str] | None = None, kinds=KINDS,
               template_dir=None, include_conflicts: bool = False,
               report: GateReport | None = None) -> list[Card]:
    """Cards for ``facts`` in fact order, after the quality gate."""
    env = environment(template_dir)
    titles = titles or {}
    report = report if report is not None else GateReport()
    cards: list[Card] = []
    for fact in facts:
        for kind in kinds:
            name = TEMPLATES.get((fact.type, kind))
            if name is None:
                continue
            ctx, article_date = _context(fact, titles)
            question = render_block(env, name, "question", ctx)
            answer = render_block(env, name, "answer", ctx)
            docs = tuple(dict.fromkeys(s.doc for s in fact.sources))
            card = Card(
                id=f"{fact.id}:{kind}", kind=kind, question=question, answer=answer,
                fact_id=fact.id, fact_type=fact.type, doc=fact.doc, quote=fact.evidence,
                tags=tuple(["quiz", fact.type, kind] + [tag(d.rsplit(".", 1)[0]) for d in docs]),
                article_date=article_date, docs=docs)
            if fact.conflict and not include_conflicts:
                report.drop("conflicting sources", card)
                continue
            cards.append(card)
    return gate(cards, report)


def _norm_question(q: str) -> str:
    return " ".join(key_words(q))


def gate(cards: list[Card], report: GateReport) -> list[Card]:
    """Drop cards a learner should not get: leaked answers, repeats, empty text."""
    out: list[Card] = []
    seen: dict[str, int] = {}
    for card in cards:
        q, a = card.question.strip(), card.answer.strip()
        if not q or not a or len(q) < 8:
            report.drop("empty question or answer", card)
            continue
        if _unbalanced(q) or _unbalanced(a):
            report.drop("unbalanced quotes or brackets", card)
            continue
        if _leaks(q, a):
            report.drop("answer appears in the question", card)
            continue
        key = _norm_question(q)
        if key in seen:
            report.drop("duplicate question", card)
            kept = out[seen[key]]
            merged = tuple(dict.fromkeys(kept.docs + card.docs))
            out[seen[key]] = Card(**{**asdict(kept), "docs": merged, "tags": kept.tags,
                                     "options": kept.options})
            continue
        seen[key] = len(out)
        out.append(card)
    return out


def _leaks(question: str, answer: str) -> bool:
    q = " " + " ".join(key_words(question)) + " "
    a = " ".join(key_words(answer))
    return bool(a) and f" {a} " in q


def _unbalanced(text: str) -> bool:
    pairs = [("(", ")"), ("[", "]"), ("“", "”")]
    return any(text.count(a) != text.count(b) for a, b in pairs) or text.count('"') % 2 == 1
