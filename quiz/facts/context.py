"""What every extraction rule sees: one parsed sentence of one document."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..documents import Document
from .model import Source

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "prof", "prof.", "hon",
              "hon.", "h.e.", "h.e", "excellency", "sheikh", "sheikha", "shaikh", "sheik"}
PROPER_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PATRONYMICS = {"bin", "ibn", "bint"}   # "son of" / "daughter of" inside a name
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}   # "Jr.", "III" after a family name
NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la", "al-", "del", "della",
                  "dos", "do", "das", "der", "den", "ter", "bint", "abu"}


@dataclass
class DocState:
    """What a document has said so far: people named, the last one, missions."""

    doc: Document
    people: dict[str, str] = field(default_factory=dict)   # family name / full name -> full name
    last_person: str | None = None
    subject_person: str | None = None   # the person the last sentence was about (its subject), for "he"/"she"
    owners: list[str] = field(default_factory=list)        # missions/programmes mentioned so far

    def remember(self, full_name: str) -> None:
        words = full_name.split()
        self.people[full_name.lower()] = full_name
        if len(words) >= 3 and words[-1].rstrip(".").lower() in GENERATIONS:
            words = words[:-1]   # "James W. Fondren Jr." is "Fondren" later
        if len(words) >= 2:
            family = words[-1]
            self.people[family.lower()] = full_name
            if len(words) >= 3:
                # "al-Abadi" for "Haider al-Abadi"; "Lopez Garcia" for "Maria Lopez Garcia"
                self.people[f"{words[-2]} {words[-1]}".lower()] = full_name
            if "-" in family:
                self.people[family.split("-", 1)[1].lower()] = full_name
            if len(words) >= 3 and words[1] in PATRONYMICS:
                # "Prince Alwaleed" for "Alwaleed bin Talal": a patronymic name is called by its given name
                self.people.setdefault(words[0].lower(), full_name)
        self.last_person = full_name

    def resolve(self, name: str) -> str | None:
        """The full name a later mention ("Mr Stoltenberg", "al-Abadi") refers to."""
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
        if not words:
            return None
        short = " ".join(words).lower()
        if short in self.people:
            return self.people[short]
        initials = [w for w in words[:-1] if re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)*", w)]
        if len(words) > 1 and len(initials) == len(words) - 1:
            # "A. Duda" is "Andrzej Duda" when the initials agree
            full = self.people.get(words[-1].lower())
            if full and all(a[0] == b[0] for a, b in zip(initials, full.split()[:-1])):
                return full
            return None
        if len(words) > 1 and not (len(words) == 2 and words[0].lower() in NAME_PARTICLES):
            return None   # "Jill Biden" is not "Joe Biden": only a bare family name is a later mention
        found = self.people.get(words[-1].lower())
        if found is None and len(words) == 1:
            # "Minister Susi" for "Susi Pudjiastuti": some articles call a person by the given name,
            # when only one person the article named has it
            given = {full for full in self.people.values() if full.split()[0].lower() == short}
            found = given.pop() if len(given) == 1 else None
        return found


@dataclass
class Sentence:
    doc: Document
    span: object          # spaCy Span for the sentence
    offset: int           # where the parsed segment starts in doc.text
    state: DocState
    memo: dict = field(default_factory=dict, compare=False, repr=False)   # what rules share per sentence

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.offset + self.span.end_char

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def parsed_text(self) -> str:
        """The text of the parse (``span.text``), built once: spaCy joins its tokens each time."""
        if "text" not in self.memo:
            self.memo["text"] = self.span.text
        return self.memo["text"]

    @property
    def caption(self) -> bool:
        """A line without a full stop: a headline or a caption, told in the present."""
        return not re.search(r"[.!?…\"”’']\s*$", self.text)

    @property
    def title_case(self) -> bool:
        """'Sailors Bring Three Ships to Life': most words capitalised, as in a headline."""
        # a verb written with a capital inside the line: "Sailors Bring Three Ships to Life"
        return self.caption and any(t.pos_ in ("VERB", "AUX") and t.text[:1].isupper() and t.i > self.span.start
                                    and not t.is_upper for t in self.span)

    def char(self, token) -> int:
        """A token's start in doc.text."""
        return self.offset + token.idx

    def source(self, first_token, last_token, rule: str, article_date: str | None = None) -> Source:
        return self._source(self.char(first_token), self.char(last_token) + len(last_token.text),
                            rule, article_date)

    def source_chars(self, a: int, b: int, rule: str, article_date: str | None = None) -> Source:
        """A source for a character range relative to the sentence start."""
        return self._source(self.start + a, self.start + b, rule, article_date)

    def _source(self, a: int, b: int, rule: str, article_date: str | None) -> Source:
        start, end = evidence_span(self.doc.text, self.start, self.end, a, b)
        return Source(doc=self.doc.name, evidence=self.doc.text[start:end], start=start, end=end,
                      span_start=a, span_end=b, rule=rule, article_date=article_date)


def phrase(tokens) -> str:
    """Tokens as they read in the text (keeps the original spacing)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    out = []
    for a, b in zip(tokens, tokens[1:]):
        out.append(a.text + (a.whitespace_ if b.i == a.i + 1 else " "))
    out.append(tokens[-1].text)
    return "".join(out).strip()


MAX_EVIDENCE_WORDS = 60


def evidence_span(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The sentence around a fact; a very long one is cut to the clause (between
    semicolons or dashes) that holds the fact, so the quote stays readable."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(text[start:end].split()) <= MAX_EVIDENCE_WORDS:
        return start, end
    cuts = sorted({start, end} | {start + m.end() for m in re.finditer(r"[;—–]\s*", text[start:end])})
    lo = max((c for c in cuts if c <= a), default=start)
    hi = min((c for c in cuts if c >= b), default=end)
    while hi > lo and text[hi - 1] in " ;—–":
        hi -= 1
    return lo, hi


def verb_lemma(verb) -> str:
    """The verb's base form for a question: the parser's lemma, unless it does not inflect back to
    the word the text has and the inflection library's does ('raped' is 'rape', not 'rap')."""
    from lemminflect import getInflection, getLemma

    lemma = verb.lemma_.lower()
    word = verb.text.lower()
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBG") or word in getInflection(lemma, tag=verb.tag_):
        return lemma
    other = getLemma(word, upos="VERB")
    if other and other[0] != lemma and word in getInflection(other[0], tag=verb.tag_):
        return other[0]
    return lemma
