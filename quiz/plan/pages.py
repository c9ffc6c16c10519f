"""Versions and pages: seeded shuffles with a code on every page, and pagination
from a conservative estimate of each question's height, so a question never
breaks across pages and the page count is known before anything is printed.
"""
from __future__ import annotations

import hashlib
import random

from .. import dates
from .choose import event_text
from .model import Item, KeyPage, Page, Part, Section, Version

# Page budget in text lines of the question pages (11 pt type on A4 or Letter with 18 mm
# margins has room for about 46 lines; the plan fills at most this many, so the estimate
# stays conservative whatever the paper). The worksheet tests print real sheets with
# Chromium and check that the planned pages are the printed ones.
LINES_PER_PAGE = 42
FIRST_PAGE_LINES = 34          # the header takes the rest of the first page
CHARS_PER_LINE = 78
KEY_LINES_PER_PAGE = 44
KEY_CHARS_PER_LINE = 96        # sources in the key are set in 9 pt


def version_code(title: str, seed: int, n: int, versions: int) -> str:
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26]
    digest = hashlib.sha1(f"{title}|{seed}".encode()).hexdigest()[:4].upper()
    return f"{letter}-{digest}" if versions > 1 else digest


def shuffled(section: Section, rng: random.Random) -> Section:
    items = []
    for item in section.items:
        options = list(item.options)
        rng.shuffle(options)
        letter = "abcdefgh"[options.index(item.answer)] if item.answer in options else item.letter
        items.append(Item(**{**item.__dict__, "options": options, "letter": letter}))
    rng.shuffle(items)
    people = [dict(p) for p in section.people]
    rng.shuffle(people)
    posts = [dict(p) for p in section.posts]
    rng.shuffle(posts)
    letters = "abcdefghij"
    for n, post in enumerate(posts):
        post["letter"] = letters[n]
    for person in people:
        person["answer"] = next(p["letter"] for p in posts if p["post"] == person["post"])
    events = [dict(e) for e in section.events]
    rng.shuffle(events)
    return Section(section.key, section.title, section.instructions, items=items, people=people, posts=posts,
                   events=events)


def _height(text: str, width: int = CHARS_PER_LINE) -> int:
    return max(1, -(-len(text) // width))


def item_lines(item: Item) -> int:
    """A conservative height of a question in text lines."""
    lines = _height(item.question) + 1
    if item.kind == "choice":
        lines += sum(_height(o) for o in item.options)
    else:
        lines += max(item.lines, 1) * 2 if item.kind != "cloze" else 1
    return lines


def _section_lines(section: Section) -> int:
    if section.people:
        return 3 + 2 * max(len(section.people), len(section.posts))
    if section.events:
        return 3 + sum(_height(e["text"]) + 1 for e in section.events)
    return 3


def paginate(code: str, sections: list[Section]) -> Version:
    """Number the questions and lay them out in pages, each question whole on one page; lay
    the key out the same way, the timeline last."""
    pages = [Page(1)]
    used, budget = 0, FIRST_PAGE_LINES
    number = 0

    def room(lines: int) -> None:
        nonlocal used, budget
        if used + lines > budget and used:
            pages.append(Page(len(pages) + 1))
            used, budget = 0, LINES_PER_PAGE

    for section in sections:
        first = item_lines(section.items[0]) if section.items else 0
        room(_section_lines(section) + first)
        part = Part(section, head=True)
        pages[-1].parts.append(part)
        section.page = pages[-1].number
        used += _section_lines(section)
        for item in section.items:
            number += 1
            item.number = number
            height = item_lines(item)
            if used + height > budget:
                room(height)
                part = Part(section)
                pages[-1].parts.append(part)
            item.page = pages[-1].number
            part.items.append(item)
            used += height
        section.points = len(section.items) + len(section.people) + len(section.events)
    total = sum(s.points for s in sections)
    timeline = sorted([{"date": i.date, "shown": dates.human(i.date), "label": _label(i)}
                       for s in sections for i in s.items if i.date] +
                      [{"date": e["date"], "shown": e["shown"], "label": e["text"]}
                       for s in sections for e in s.events], key=lambda e: e["date"])
    return Version(code=code, sections=sections, total=total, pages=pages,
                   key=_key_pages(sections, len(timeline) if len(timeline) >= 2 else 0),
                   timeline=timeline if len(timeline) >= 2 else [])


def _label(item: Item) -> str:
    return item.topic or event_text(item.question) or item.question


def _key_pages(sections: list[Section], timeline: int) -> list[KeyPage]:
    """The answer key in pages: each answer with its source whole on one page."""
    entries = []
    for section in sections:
        for item in section.items:
            entries.append({"number": item.number, "answer": item.answer, "letter": item.letter,
                            "source": item.source, "quote": item.quote, "context": item.context,
                            "lines": 1 + _height(f"{item.source}: {item.quote}", KEY_CHARS_PER_LINE) + 1})
        if section.people:
            text = ", ".join(f"{p['name']} — {p['answer']}" for p in section.people)
            entries.append({"number": None, "section": section.title, "answer": text, "quote": "", "source": "", "letter": "",
                            "context": "", "lines": 2 + _height(text)})
        if section.events:
            text = ", ".join(f"{e['rank']}. {e['text']} ({e['shown']})" for e in
                             sorted(section.events, key=lambda e: e["rank"]))
            entries.append({"number": None, "section": section.title, "answer": text, "quote": "", "source": "", "letter": "",
                            "context": "", "lines": 2 + _height(text)})
    pages = [KeyPage(1)]
    used = 3   # the heading
    for entry in entries:
        if used + entry["lines"] > KEY_LINES_PER_PAGE:
            pages.append(KeyPage(len(pages) + 1))
            used = 0
        pages[-1].entries.append(entry)
        used += entry["lines"]
    if timeline:
        if used + timeline_lines(timeline) > KEY_LINES_PER_PAGE:
            pages.append(KeyPage(len(pages) + 1))
        pages[-1].timeline = True
    return pages


def timeline_lines(events: int) -> int:
    """The timeline's height in text lines: a heading, then about 8.5 mm an event."""
    return 5 + 2 * events
