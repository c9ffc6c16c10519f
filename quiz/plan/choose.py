"""Choosing what a sheet asks: cards drawn across kinds and articles, each fact at
most once and none whose wording gives another's answer away; the sections they
fall into; people to match to their posts and events to put in order.
"""
from __future__ import annotations

import hashlib
import re

from .. import dates
from ..cards import Card, answer_in
from ..normalise import role_key
from .model import INSTRUCTIONS, KIND_SECTION, SECTIONS, TITLES, Item, Section

MATCH_MIN, MATCH_MAX = 3, 5     # people to match to their posts
ORDER_MIN, ORDER_MAX = 3, 5     # events to put in order


def _fact(card: Card) -> str:
    return card.id.rsplit(":", 1)[0]


def draw(cards: list[Card], count: int) -> list[Card]:
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


def make_sections(chosen: list[Card], every: list[Card], titles: dict[str, str], count: int) -> list[Section]:
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
    from ..exports.notes import context_text, source_text
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
        event = card.topic or event_text(card.question)
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


def event_text(question: str) -> str | None:
    """'On which date did NATO sign the accord?' -> 'NATO signs the accord' (as a label)."""
    m = re.match(r"^(?:In which (?:year|month)|On which date) (?:did|was|were) (.+?)(?: take place)?\?$", question)
    if not m:
        return None
    text = m.group(1)
    return text[:1].upper() + text[1:]
