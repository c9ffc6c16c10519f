"""Cards: a question and an answer per fact and card kind, worded by templates.

Card text is plain text; the exports escape it for HTML and Anki. A quality
gate drops cards that give their answer away, repeat another card's question,
or rest on facts whose sources disagree.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, fields, replace

from . import dates
from .facts.model import Fact
from .normalise import key_words
from .normalise import person_key as _person_key
from .normalise import role_key as _role_key
from .normalise import SCALES, WORDS
from .templating import environment, render_block

KINDS = ("basic", "reverse", "cloze", "choice", "acronym")
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
    cloze: tuple[str, str, str] | None = None   # (before, hidden, after) of the quote

    def to_dict(self) -> dict:
        out = asdict(self)
        out["tags"] = list(self.tags)
        out["docs"] = list(self.docs)
        if self.kind != "choice":
            out.pop("options")
        if self.cloze is None:
            out.pop("cloze")
        else:
            out["cloze"] = list(self.cloze)
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
    if fact.type == "person_role" or fact.type == "date" and fact.relative:
        article_date = fact.sources[0].article_date   # set where the answer rests on it
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
            ctx, article_date = _context(fact, titles)
            docs = tuple(dict.fromkeys(s.doc for s in fact.sources))
            # versions of a conflicting fact share its id; each keeps its own cards (by source)
            key = f"{fact.id}@{fact.doc}" if fact.conflict else fact.id
            common = dict(fact_id=fact.id, fact_type=fact.type, doc=fact.doc, quote=_spaced(fact.evidence),
                          tags=tuple(["quiz", fact.type, kind] + [tag(d.rsplit(".", 1)[0]) for d in docs]),
                          article_date=article_date, docs=docs)
            if kind == "cloze":
                parts = cloze_parts(fact)
                if parts is None:
                    continue
                card = Card(id=f"{key}:cloze", kind="cloze", question=f"{parts[0]}_____{parts[2]}",
                            answer=parts[1], cloze=parts, **common)
            elif kind == "choice":
                base = CHOICE_BASE.get(fact.type)
                options = choice_options(fact, facts) if base else None
                if options is None:
                    continue
                name = TEMPLATES[(fact.type, base)]
                card = Card(id=f"{key}:choice", kind="choice",
                            question=render_block(env, name, "question", ctx),
                            answer=options[1], options=options[0], **common)
            else:
                name = TEMPLATES.get((fact.type, kind))
                if name is None:
                    continue
                card = Card(id=f"{key}:{kind}", kind=kind,
                            question=render_block(env, name, "question", ctx),
                            answer=render_block(env, name, "answer", ctx), **common)
            if fact.conflict and not include_conflicts:
                report.drop("conflicting sources", card)
                continue
            if fact.conflict:
                # sources disagree: each version says whose account it is
                title = titles.get(fact.doc, fact.doc)
                card = replace(card, question=f"According to “{title}”, {card.question[:1].lower()}{card.question[1:]}")
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
        if (card.kind != "cloze" and _unbalanced(q)) or _unbalanced(a):   # a quote may open mid-speech
            report.drop("unbalanced quotes or brackets", card)
            continue
        if answer_in(q, a):
            report.drop("answer appears in the question", card)
            continue
        key = f"{card.kind}|{_norm_question(q)}"
        if key in seen:
            kept = out[seen[key]]
            if kept is None or _norm_question(kept.answer) != _norm_question(a):
                # one question, two answers: a learner could not tell which is meant
                report.drop("same question, different answers", card)
                if kept is not None:
                    report.drop("same question, different answers", kept)
                    out[seen[key]] = None
                continue
            report.drop("duplicate question", card)
            merged = tuple(dict.fromkeys(kept.docs + card.docs))
            out[seen[key]] = Card(**{**asdict(kept), "docs": merged, "tags": kept.tags,
                                     "options": kept.options})
            continue
        seen[key] = len(out)
        out.append(card)
    return [c for c in out if c is not None]


def answer_in(question: str, answer: str) -> bool:
    q = " " + " ".join(key_words(question)) + " "
    a = " ".join(key_words(answer))
    return bool(a) and f" {a} " in q


def _unbalanced(text: str) -> bool:
    pairs = [("(", ")"), ("[", "]"), ("“", "”")]
    return any(text.count(a) != text.count(b) for a, b in pairs) or text.count('"') % 2 == 1


# --------------------------------------------------------------------------- cloze and choice

_NUMBER_WORD = "|".join(sorted(set(WORDS) | set(SCALES), key=len, reverse=True))
_NUMBER = re.compile(rf"\d[\d,.]*\d(?:\s+(?:{_NUMBER_WORD})\b)*|\d(?:\s+(?:{_NUMBER_WORD})\b)*|"
                     rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b", re.I)
CHOICE_BASE = {"date": "basic", "person_role": "reverse", "quantity": "basic"}


def cloze_parts(fact: Fact) -> tuple[str, str, str] | None:
    """The quote split around the words that answer the fact."""
    quote = fact.evidence
    src = fact.sources[0]
    if fact.type == "date":
        hidden = _slice(fact, src.span_start, src.span_end)
    elif fact.type == "quantity":
        m = _NUMBER.search(_slice(fact, src.span_start, src.span_end) or "")
        hidden = m.group(0) if m else None
    elif fact.type == "person_role":
        hidden = next((n for n in [fact.person, *fact.aliases] if n and n in quote), None)
    else:
        hidden = fact.acronym if fact.acronym and f"({fact.acronym})" in quote else None
    if not hidden or hidden not in quote:
        return None
    i = quote.index(hidden)
    return _spaced(quote[:i]), _spaced(hidden), _spaced(quote[i + len(hidden):])


def _spaced(text: str) -> str:
    """Line breaks and runs of spaces in a quote read as one space."""
    return re.sub(r"\s+", " ", text)


def _slice(fact: Fact, a: int, b: int) -> str | None:
    src = fact.sources[0]
    if not (src.start <= a < b <= src.end):
        return None
    return src.evidence[a - src.start:b - src.start]


def choice_options(fact: Fact, facts: list[Fact]) -> tuple[tuple[str, ...], str] | None:
    """Three wrong options of the same type from the corpus, each checked not to be right too."""
    if fact.type == "person_role":
        right = fact.person
        own = {_person_key(n) for n in [fact.person, *fact.aliases]}
        same_post = {_person_key(f.person) for f in facts
                     if f.type == "person_role" and _role_key(f.role) == _role_key(fact.role)}
        pool = {f.person for f in facts if f.type == "person_role"
                and _person_key(f.person) not in own | same_post}
        wrong = sorted(pool, key=lambda name: hashlib.sha1(f"{fact.id}|{name}".encode()).hexdigest())[:3]
        shown = right
    elif fact.type == "date":
        precision = dates.precision_of(fact.date)
        answer = fact.date
        near = {}
        for f in facts:
            if f.type == "date" and f.date and len(f.date) >= len(answer):
                value = dates.truncate(f.date, precision)
                if value != answer:
                    near[value] = abs(dates.parse_iso(value).toordinal() - dates.parse_iso(answer).toordinal())
        wrong = [dates.human(v) for v, _ in sorted(near.items(), key=lambda kv: (kv[1], kv[0]))[:3]]
        shown = dates.human(answer)
    elif fact.type == "quantity":
        values = sorted({f.value for f in facts if f.type == "quantity" and f.value != fact.value
                         and f.value is not None}, key=lambda v: (abs(v - fact.value), v))
        fmt = lambda v: f"{v:,}" if isinstance(v, int) else f"{v:,}"  # noqa: E731
        wrong = [fmt(v) for v in values[:3]]
        shown = fmt(fact.value)
    else:
        return None
    if len(wrong) < 3:
        return None
    options = sorted(wrong)
    slot = int(fact.id.rsplit("-", 1)[-1], 16) % 4
    options.insert(slot, shown)
    return tuple(options), shown
