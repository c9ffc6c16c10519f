"""The card data model and the report of what the ranking cut."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

KINDS = ("basic", "reverse", "cloze", "choice", "acronym")


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
    topic: str = ""                   # what the fact is about: the person, the event, the counted thing
    score: float = 1.0                # how far the card can be trusted (0–1), from its features
    reasons: tuple[str, ...] = ()     # the features behind the score

    def to_dict(self) -> dict:
        out = asdict(self)
        out["tags"] = list(self.tags)
        out["docs"] = list(self.docs)
        out["reasons"] = list(self.reasons)
        if self.kind != "choice":
            out.pop("options")
        if self.cloze is None:
            out.pop("cloze")
        else:
            out["cloze"] = list(self.cloze)
        return out


@dataclass
class GateReport:
    """What the ranking and the gate cut, and why."""

    dropped: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)

    def drop(self, reason: str, card: Card) -> None:
        self.dropped[reason] += 1
        self.examples.setdefault(reason, []).append(card.question)
