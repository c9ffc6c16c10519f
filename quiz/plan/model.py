"""The sheet plan as plain data: items, sections, pages, key pages, versions."""
from __future__ import annotations

from dataclasses import dataclass, field

SECTIONS = ("short", "choice", "blank", "match", "order")


TITLES = {"short": "Short answers", "choice": "Multiple choice", "blank": "Fill in the blanks",
          "match": "People and their posts", "order": "Put the events in order"}


INSTRUCTIONS = {
    "short": "Answer each question in the space given.",
    "choice": "Circle the letter of the one right answer.",
    "blank": "Write the missing words in the blank.",
    "match": "Write the letter of each person's post beside their name.",
    "order": "Number the events from 1 (earliest) to the last, in the order they happened.",
}


KIND_SECTION = {"basic": "short", "reverse": "short", "acronym": "short", "choice": "choice", "cloze": "blank"}


@dataclass
class Item:
    number: int
    kind: str
    question: str
    answer: str
    points: int = 1
    options: list[str] = field(default_factory=list)
    letter: str = ""                 # the right option's letter, for choice
    lines: int = 1                   # ruled lines to write the answer on
    source: str = ""
    quote: str = ""
    context: str = ""
    date: str | None = None          # for the timeline: the date the answer is
    topic: str = ""                  # the event, for the timeline's label
    page: int = 1


@dataclass
class Section:
    key: str
    title: str
    instructions: str
    items: list[Item] = field(default_factory=list)
    # matching: people (left) and lettered posts (right)
    people: list[dict] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)
    # ordering: events as shown (each with its place in the right order)
    events: list[dict] = field(default_factory=list)
    points: int = 0
    page: int = 1


@dataclass
class Part:
    """The piece of a section on one page: its heading (where it starts) and its questions."""

    section: Section
    items: list[Item] = field(default_factory=list)
    head: bool = False


@dataclass
class Page:
    number: int
    parts: list[Part] = field(default_factory=list)


@dataclass
class KeyPage:
    number: int
    entries: list[dict] = field(default_factory=list)
    timeline: bool = False


@dataclass
class Version:
    code: str
    sections: list[Section]
    total: int
    pages: list[Page]
    key: list[KeyPage]
    timeline: list[dict] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages) + len(self.key)


@dataclass
class SheetPlan:
    title: str
    versions: list[Version]

    @property
    def questions(self) -> int:
        v = self.versions[0]
        return sum(len(s.items) + len(s.people) + len(s.events) for s in v.sections)
