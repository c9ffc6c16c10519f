"""The sheet plan: which cards a worksheet asks, in which sections, versions and pages.

Cards in, a plain plan out; the HTML page, its key and the PDF all read one plan.
Questions are drawn across kinds and articles, each fact at most once, and never one
whose wording gives another's answer away. Sections: short answer (lines sized to the
answer), multiple choice, fill in the blank, match people to their posts, and put
events in order. Versions shuffle questions and options with a seeded generator, so
the same seed always gives the same sheets. Pages are planned from a conservative
estimate of each question's height, so a question never breaks across pages and the
page count is known before anything is printed.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from . import dates
from .cards import Card, answer_in
from .normalise import role_key

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
MATCH_MIN, MATCH_MAX = 3, 5
ORDER_MIN, ORDER_MAX = 3, 5

# Page budget in text lines of the question pages (11 pt type on A4 or Letter with 18 mm
# margins has room for about 46 lines; the plan fills at most this many, so the estimate
# stays conservative whatever the paper).
LINES_PER_PAGE = 34
FIRST_PAGE_LINES = 26          # the header takes the rest of the first page
CHARS_PER_LINE = 78
KEY_LINES_PER_PAGE = 34


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


def plan_sheet(cards: list[Card], title: str, titles: dict[str, str] | None = None, count: int = 20,
               versions: int = 1, seed: int = 0, kinds=None) -> SheetPlan:
    """The plan of ``versions`` sheets asking ``count`` questions drawn from ``cards``."""
    titles = titles or {}
    pool = [c for c in cards if kinds is None or c.kind in kinds]
    chosen = _draw(pool, count)
    base = _sections(chosen, cards, titles, count)
    out = []
    for n in range(versions):
        rng = random.Random(f"{seed}|{n}")
        code = _code(title, seed, n, versions)
        sections = [_shuffled(s, rng) if versions > 1 else s for s in base]
        out.append(_paginate(code, sections))
    return SheetPlan(title=title, versions=out)


# --------------------------------------------------------------------------- choosing

def _fact(card: Card) -> str:
    return card.id.rsplit(":", 1)[0]


def _draw(cards: list[Card], count: int) -> list[Card]:
    """At most one card per fact, kinds taking turns and articles taking turns, none that
    states another's answer; ``count`` of them (or all there are)."""
    by_fact: dict[str, list[Card]] = {}
    for card in cards:
        by_fact.setdefault(_fact(card), []).append(card)
    quotes: dict[str, int] = {}
    for group in by_fact.values():
        quotes[group[0].quote] = quotes.get(group[0].quote, 0) + 1
    # articles take turns: the n-th fact of each article before the (n+1)-th of any
    by_doc: dict[str, list[list[Card]]] = {}
    for group in by_fact.values():
        by_doc.setdefault(group[0].doc, []).append(group)
    rounds = []
    depth = max((len(v) for v in by_doc.values()), default=0)
    for n in range(depth):
        rounds += [groups[n] for _, groups in sorted(by_doc.items()) if n < len(groups)]
    chosen: list[Card] = []
    answers: list[str] = []
    for n, group in enumerate(rounds):
        if len(chosen) >= count:
            break
        order = ["choice", "cloze", "basic", "reverse", "acronym"]
        group = sorted(group, key=lambda c: order.index(c.kind) if c.kind in order else len(order))
        usable = [c for c in group if c.kind != "cloze" or quotes.get(c.quote, 0) == 1] or group
        turn = usable[n % len(usable):] + usable[:n % len(usable)]
        for card in turn:
            text = " ".join([card.question, *card.options])
            if any(answer_in(text, a) for a in answers) or any(
                    answer_in(" ".join([c.question, *c.options]), card.answer) for c in chosen):
                continue
            chosen.append(card)
            answers.append(card.answer)
            break
    return chosen


def _sections(chosen: list[Card], every: list[Card], titles: dict[str, str], count: int) -> list[Section]:
    sections = {key: Section(key, TITLES[key], INSTRUCTIONS[key]) for key in SECTIONS}
    used = {_fact(c) for c in chosen}
    # matching and ordering take at most a quarter of the sheet each, and need three entries
    match = _matching(every, used)[:count // 4]
    order = _ordering(every, used, chosen)[:count // 4]
    match = match if len(match) >= MATCH_MIN else []
    order = order if len(order) >= ORDER_MIN else []
    budget = max(0, count - len(match) - len(order))
    for card in chosen[:budget] if (match or order) else chosen:
        sections[KIND_SECTION.get(card.kind, "short")].items.append(_item(card, titles))
    m = sections["match"]
    for n, (person, post) in enumerate(match):
        m.people.append({"name": person, "answer": "", "post": post})
    letters = "abcdefghij"
    m.posts = [{"letter": letters[n], "post": p["post"]} for n, p in enumerate(m.people)]
    for person in m.people:
        person["answer"] = next(p["letter"] for p in m.posts if p["post"] == person["post"])
    o = sections["order"]
    o.events = [{"text": e, "date": d, "shown": dates.human(d), "rank": 0} for e, d in order]
    for rank, event in enumerate(sorted(o.events, key=lambda e: e["date"]), 1):
        event["rank"] = rank
    return [s for s in sections.values() if s.items or s.people or s.events]


def _item(card: Card, titles: dict[str, str]) -> Item:
    from .exports.notes import context_text, source_text
    answer = card.answer
    letter = "abcdefgh"[list(card.options).index(answer)] if card.kind == "choice" and answer in card.options else ""
    return Item(number=0, kind=card.kind, question=card.question, answer=answer, options=list(card.options),
                letter=letter,
                lines=_answer_lines(answer) if card.kind not in ("choice", "cloze") else 0,
                source=source_text(card, titles), quote=card.quote, context=context_text(card),
                date=_iso(card) if card.fact_type == "date" else None, topic=card.topic)


def _iso(card: Card) -> str | None:
    for value in re.findall(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b|\b[A-Z][a-z]+ \d{4}\b|\b\d{4}\b", card.answer):
        iso = _parse_human(value)
        if iso:
            return iso
    return None


def _parse_human(value: str) -> str | None:
    parts = value.split()
    try:
        if len(parts) == 3:
            return f"{int(parts[2]):04d}-{dates.MONTH_NAMES.index(parts[1]):02d}-{int(parts[0]):02d}"
        if len(parts) == 2:
            return f"{int(parts[1]):04d}-{dates.MONTH_NAMES.index(parts[0]):02d}"
        return f"{int(parts[0]):04d}"
    except ValueError:
        return None


def _answer_lines(answer: str) -> int:
    """Ruled lines sized to the expected answer: one for a name or a date, more for a phrase."""
    return 1 if len(answer) <= 40 else 2


def _matching(cards: list[Card], used: set[str]) -> list[tuple[str, str]]:
    """People and posts for the matching section: each post on the sheet fits one person only."""
    pairs: dict[str, tuple[str, str]] = {}
    for card in cards:
        if card.fact_type != "person_role" or card.kind not in ("basic",) or _fact(card) in used:
            continue
        if card.topic:
            pairs.setdefault(card.topic, (card.topic, card.answer))
    posts: dict[str, list[tuple[str, str]]] = {}
    for person, post in pairs.values():
        posts.setdefault(role_key(post), []).append((person, post))
    unique = [group[0] for group in posts.values() if len(group) == 1]
    unique = sorted(unique, key=lambda p: hashlib.sha1(p[0].encode()).hexdigest())[:MATCH_MAX]
    return unique if len(unique) >= MATCH_MIN else []


def _ordering(cards: list[Card], used: set[str], chosen: list[Card]) -> list[tuple[str, str]]:
    """Events for the ordering section: no two share a date at the precision shown."""
    taken = {c.answer for c in chosen}
    events: dict[str, tuple[str, str]] = {}
    for card in cards:
        if card.fact_type != "date" or card.kind != "basic" or _fact(card) in used or card.answer in taken:
            continue
        event = card.topic or _event_text(card.question)
        iso = _iso(card)
        if event and iso and len(iso) >= 7:
            events.setdefault(_fact(card), (event, iso))
    chosen_events, seen = [], set()
    for event, iso in sorted(events.values(), key=lambda e: hashlib.sha1(e[0].encode()).hexdigest()):
        shown = dates.human(iso)
        if shown in seen:
            continue
        seen.add(shown)
        chosen_events.append((event, iso))
        if len(chosen_events) >= ORDER_MAX:
            break
    return chosen_events if len(chosen_events) >= ORDER_MIN else []


def _event_text(question: str) -> str | None:
    """'On which date did NATO sign the accord?' -> 'NATO signs the accord' (as a label)."""
    m = re.match(r"^(?:In which (?:year|month)|On which date) (?:did|was|were) (.+?)(?: take place)?\?$", question)
    if not m:
        return None
    text = m.group(1)
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- versions and pages

def _code(title: str, seed: int, n: int, versions: int) -> str:
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26]
    digest = hashlib.sha1(f"{title}|{seed}".encode()).hexdigest()[:4].upper()
    return f"{letter}-{digest}" if versions > 1 else digest


def _shuffled(section: Section, rng: random.Random) -> Section:
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


def _height(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_LINE))


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


def _paginate(code: str, sections: list[Section]) -> Version:
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
    return item.topic or _event_text(item.question) or item.question


def _key_pages(sections: list[Section], timeline: int) -> list[KeyPage]:
    """The answer key in pages: each answer with its source whole on one page."""
    entries = []
    for section in sections:
        for item in section.items:
            entries.append({"number": item.number, "answer": item.answer, "letter": item.letter,
                            "source": item.source, "quote": item.quote, "context": item.context,
                            "lines": 1 + _height(f"{item.source}: {item.quote}") + 1})
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
