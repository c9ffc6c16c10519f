"""The fact data model: what was found, what it is about, and where it was read."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace

TYPES = ("date", "person_role", "quantity", "acronym")


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the document, its sentence, and the fact's own words."""

    doc: str
    evidence: str          # the source sentence, as in the document
    start: int             # the sentence's character span in Document.text
    end: int
    span_start: int        # the words the fact was read from
    span_end: int
    rule: str              # which extraction rule produced it
    article_date: str | None = None   # the article's date, when the answer depends on it


@dataclass
class Fact:
    type: str
    subject: str                     # normalised: what the fact is about (its identity)
    sources: list[Source]
    id: str = ""
    # date
    date: str | None = None
    event: str | None = None
    bound: str | None = None          # "start" / "end" for spans ("from 2004 to 2011")
    relative: bool = False            # resolved from "on Wednesday", "last month"...
    date_kind: str | None = None      # "point", "start", "end" or "deadline"
    status: str | None = None         # "done" or "planned"
    frame: dict | None = None         # the event's parts, for wording questions
    # person_role
    person: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    as_of: str | None = None          # the date the role is known to hold at
    org: str | None = None            # the organisation or country the post names
    # quantity
    value: float | int | None = None
    approx: bool = False
    qualifier: str | None = None      # "around", "more than"...
    what: str | None = None
    unit_text: str | None = None      # the unit as the text writes it ("Rs", "£ million", "percent", "troops"), a short scale spelled out
    owner: str | None = None
    # acronym
    acronym: str | None = None
    expansion: str | None = None
    # across articles
    conflict: bool = False
    conflicts_with: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not self.id:
            self.id = fact_id(self.type, self.subject)

    @property
    def answer(self) -> str:
        """The part of the fact a question asks for (never part of its id)."""
        if self.type == "date":
            return self.date or ""
        if self.type == "quantity":
            return f"{self.value}"
        if self.type == "acronym":
            return self.expansion or ""
        return self.role or ""

    @property
    def doc(self) -> str:
        return self.sources[0].doc

    @property
    def evidence(self) -> str:
        return self.sources[0].evidence

    def with_sources(self, sources: list[Source]) -> "Fact":
        return replace(self, sources=sources)

    def to_dict(self) -> dict:
        """The JSON form: the scorer's fields plus id, spans, rule and sources."""
        out: dict = {"id": self.id, "type": self.type, "doc": self.doc, "evidence": self.evidence}
        keys = {
            "date": ("date", "event", "date_kind", "status", "bound", "relative", "frame"),
            "person_role": ("person", "role", "org", "aliases", "as_of"),
            "quantity": ("value", "approx", "qualifier", "what", "unit_text", "owner", "frame"),
            "acronym": ("acronym", "expansion"),
        }[self.type]
        for key in keys:
            value = getattr(self, key)
            if value not in (None, [], False) or key in ("approx",):
                out[key] = value
        out["subject"] = self.subject
        first = self.sources[0]
        out["span"] = [first.span_start, first.span_end]
        out["rule"] = first.rule
        if first.article_date:
            out["article_date"] = first.article_date
        if self.conflict:
            out["conflict"] = True
            out["conflicts_with"] = self.conflicts_with
        out["sources"] = [
            {k: v for k, v in asdict(s).items() if v is not None} for s in self.sources]
        return out


def to_plain(fact: Fact) -> dict:
    """Every field of a fact as JSON-ready data (the cache's form; ``from_plain`` reverses it)."""
    return asdict(fact)


def from_plain(data: dict) -> Fact:
    return Fact(**{**data, "sources": [Source(**s) for s in data["sources"]]})


def fact_id(fact_type: str, subject: str) -> str:
    digest = hashlib.sha1(f"{fact_type}\x1f{subject}".encode("utf-8")).hexdigest()[:12]
    return f"{fact_type}-{digest}"
