"""The fact data model: what was found, what it is about, and where it was read."""
from __future__ import annotations

import hashlib
import re
import unicodedata
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
    frame: dict | None = None         # the event's parts, for wording questions
    # person_role
    person: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    as_of: str | None = None          # the date the role is known to hold at
    # quantity
    value: float | int | None = None
    approx: bool = False
    qualifier: str | None = None      # "around", "more than"...
    what: str | None = None
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
            "date": ("date", "event", "bound", "relative", "frame"),
            "person_role": ("person", "role", "aliases", "as_of"),
            "quantity": ("value", "approx", "qualifier", "what", "owner"),
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


# --------------------------------------------------------------------------- normalising

STOPWORDS = {
    "a", "an", "the", "of", "for", "and", "to", "in", "on", "at", "by", "with", "from", "its",
    "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "s", "'s",
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "do", "did",
    "will", "would", "it", "they", "we", "he", "she", "which", "who", "also", "as", "up",
}
SYNONYMS = {"adviser": "advisor", "defense": "defence", "program": "programme",
            "organization": "organisation", "secretary-general": "secretary general",
            "u.s.": "us", "united states": "us", "usa": "us", "u.k.": "uk",
            "establish": "start", "launch": "start", "set up": "start", "begin": "start"}


def fold(text: str) -> str:
    """Lower case, no accents, plain quotes and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text.lower()).strip()


def demonym(word: str) -> str:
    """'iraqi' -> 'iraq', 'pakistani' -> 'pakistan': one key for a country and its adjective."""
    if len(word) > 4 and word.endswith("i") and not word.endswith("ii"):
        return word[:-1]
    return word


def key_words(text: str) -> list[str]:
    """Content words of a phrase, normalised, in order and without repeats."""
    t = fold(text)
    for a, b in SYNONYMS.items():
        t = re.sub(rf"(?<![a-z]){re.escape(a)}(?![a-z])", b, t)
    words = re.findall(r"[a-z0-9]+", t.replace("'s", ""))
    out = []
    for w in words:
        w = SYNONYMS.get(w, w)
        w = demonym(w)
        if w not in STOPWORDS and w not in out:
            out.append(w)
    return out


def subject_key(*parts: str) -> str:
    return " ".join(" ".join(key_words(p)) for p in parts if p).strip()


def fact_id(fact_type: str, subject: str) -> str:
    digest = hashlib.sha1(f"{fact_type}\x1f{subject}".encode("utf-8")).hexdigest()[:12]
    return f"{fact_type}-{digest}"


def _skeleton(word: str) -> str:
    """'haider' and 'haidar' -> 'hdr'; 'qasim' and 'qassim' -> 'qsm': vowels and doubled letters
    are where transliterations of one name differ."""
    word = re.sub(r"[^a-z]", "", word)
    consonants = word[:1] + re.sub(r"[aeiouy]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", consonants)


def person_key(name: str) -> str:
    """Spelling variants of one name share a key: the given name's consonants and the family name."""
    words = [w for w in re.split(r"[\s]+", fold(name)) if w]
    if not words:
        return ""
    family = re.sub(r"[^a-z0-9]", "", words[-1])
    if len(words) >= 2 and words[-2] in {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la"}:
        family = words[-2] + family
        words = words[:-1]
    family = re.sub(r"^(al|el)(?=[a-z]{3})", "", family)
    return f"{_skeleton(words[0])} {family}" if len(words) > 1 else family
