"""Date expressions in one sentence: explicit dates, spans, and dates relative to
the article's own date.

Each expression comes back with its character span in the sentence, the value
a past-tense and a future-tense reading give, and whether it opens or closes a
span. Which event it dates is decided in ``events``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .. import dates
from .context import Sentence
from .date_spans import (AS_OF, COMPARED_WITH, DEADLINE, EXTENDED_TO, FROM, LABEL_BEFORE, MONTH_BEFORE, MONTH_RANGE,
                         OPEN_AFTER, PART_OF, RANGE_GAP, RANGE_OPEN, SINCE, UNTIL, YEAR_SPAN, day_iso,
                         day_ranges)
from .relative_dates import relative


def _year_token(sent: Sentence, d: dates.DateMatch):
    """The token of a bare year, or None when the date is not one."""
    if d.precision != "year":
        return None
    base = sent.span.start_char
    return next((t for t in sent.span if t.idx - base == d.start), None)


def _is_count(sent: Sentence, d: dates.DateMatch) -> bool:
    """A bare four-digit number that counts something ("2000 troops") is not a year."""
    if d.precision != "year":
        return False
    tok = _year_token(sent, d)
    if tok is None:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in {"$", "€", "£", "#", "No", "No."}:
        return True
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in {"elections", "talks"}


def _pair_ranges(text: str, found: list) -> list:
    """'on Tuesday and Wednesday': two resolved dates of one span."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a[4] is None and b[4] is None and RANGE_GAP.match(text[a[1]:b[0]]):
            out[i] = a[:3] + ("date-range", "start") + a[5:]
            out[i + 1] = b[:3] + ("date-range", "end") + b[5:]
    return out


def _in_name(sent: Sentence, d: dates.DateMatch) -> bool:
    """'Exercise Northern Rampart 2020': a year that is part of a name."""
    tok = _year_token(sent, d)
    if tok is None or tok.i == 0:
        return False
    doc = tok.doc
    prev = doc[tok.i - 1]
    if prev.lower_ == "of" and tok.i >= 3 and doc[tok.i - 2].like_num and doc[tok.i - 3].pos_ in ("NOUN", "PROPN"):
        return True   # "resolution 2460 of 2019", "Law No. 5 of 2010": the year is part of the number
    if prev.text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")":
        # "the summit in Madrid (2022)" dates an event; "Press Release (2025) 117" is a reference
        return bracketed_place(tok) is None
    if prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper() and not is_date_word(prev):
        if prev.i == sent.span.start:
            # "RIMPAC 2018 has officially begun": a sentence's first word is capitalised anyway,
            # so only a proper noun names something
            return prev.pos_ == "PROPN" and tok.i + 1 < sent.span.end and not doc[tok.i + 1].is_punct
        before = doc[prev.i - 1]
        # "Agenda 2063", "Vision 2030", "Exercise Northern Rampart 2020": a capitalised name, not "in 2020";
        # after a preposition an acronym's year still is ("for RIMPAC 2018"), a holiday's is not ("by Easter 2020")
        return before.pos_ not in ("ADP",) or before.text[:1].isupper() or prev.is_upper and len(prev.text) >= 3
    return False


def bracketed_place(tok):
    """The place a bracketed year follows: 'Madrid' in 'the summits in Madrid (2022)'."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
        return None
    place = doc[tok.i - 2]
    nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is not None and nxt.like_num:
        return None
    places = ("GPE", "LOC", "FAC")
    listed = place.dep_ == "conj" and place.head.ent_type_ in places and place.pos_ == "PROPN"   # "… and Vilnius (2023)"
    return place if place.ent_type_ in places or listed else None


def is_date_word(token) -> bool:
    return token.lower_ in dates.WEEKDAYS or bool(dates.month_number(token.lower_)) and \
        token.lower_ in {m.lower() for m in dates.MONTH_NAMES[1:]}


class Timex(NamedTuple):
    """One date expression: its span in the sentence and how it reads."""

    a: int
    b: int
    past: str | None       # the value in a past-tense reading
    rule: str
    bound: str | None      # "start" / "end" of a span
    kind: str              # "explicit" or "relative"
    future: str | None     # the value in a future-tense reading
    tense: str | None      # "past" / "future" when the words themselves say so


def find(sent: Sentence) -> list[Timex]:
    """Every date expression in the sentence, left to right."""
    text = sent.parsed_text
    found: list[tuple[int, int, str, str, str | None, str]] = []   # a, b, value, rule, bound, kind
    explicit = [d for d in dates.find_dates(text) if not _is_count(sent, d) and not _in_name(sent, d)]
    for m in MONTH_RANGE.finditer(text):   # "between March and June 2022"
        year = int(m.group("year"))
        first, last = dates.month_number(m.group("m1")), dates.month_number(m.group("m2"))
        explicit = [d for d in explicit if d.end <= m.start() or d.start >= m.end()]
        found.append((m.start("m1"), m.end("m1"), f"{year:04d}-{first:02d}", "date-range", "start", "explicit"))
        found.append((m.start("m2"), m.end(), f"{year:04d}-{last:02d}", "date-range", "end", "explicit"))
    for m in YEAR_SPAN.finditer(text):   # "between 2014-18": the second year in two digits
        first, last = int(m.group("y1")), int(m.group("y1")[:2] + m.group("y2"))
        if last > first:
            explicit = [d for d in explicit if d.end <= m.start("y1") or d.start >= m.end()]
            found.append((m.start("y1"), m.end("y1"), str(first), "date-range", "start", "explicit"))
            found.append((m.start("y2"), m.end("y2"), str(last), "date-range", "end", "explicit"))
    for r in day_ranges(text):
        if r.year:   # "from 2 to 13 March 2020", "August 17 to 31, 2020"
            year, month = int(r.year.strip(", ")), dates.month_number(r.mon)
            first, last = day_iso(year, month, r.d1), day_iso(year, month, r.d2)
            if first and last:
                explicit = [d for d in explicit if d.end <= r.start or d.start >= r.end]
                found.append((*r.first, first, "date-range", "start", "explicit"))
                found.append((*r.last, last, "date-range", "end", "explicit"))
    used: set[int] = set()
    for i, d in enumerate(explicit):
        if i in used:
            continue
        lead = text[:d.start]
        part = PART_OF.search(lead) if d.precision in ("year", "month") else None
        if part:
            lead = lead[:part.start("part")]
        nxt = explicit[i + 1] if i + 1 < len(explicit) else None
        if nxt and RANGE_GAP.match(text[d.end:nxt.start]) and RANGE_OPEN.search(lead):
            found.append((d.start, d.end, d.value, "date-range", "start", "explicit"))
            found.append((nxt.start, nxt.end, nxt.value, "date-range", "end", "explicit"))
            used.add(i + 1)
        elif re.search(r"\b(?:between|after|within)\s*$", lead, re.I) or \
                OPEN_AFTER.match(text[d.end:]) or LABEL_BEFORE.search(lead) or \
                d.precision in ("year", "month") and COMPARED_WITH.search(lead) or \
                d.precision == "month" and MONTH_BEFORE.search(lead):
            continue   # "in October and November 2004" is a span of two months, not a point; "up 2.6% on
            # 2003" is the base of a change
        elif SINCE.search(lead) or FROM.search(lead):   # "from 1 January to date"
            found.append((d.start, d.end, d.value, "date-since", "start", "explicit"))
        elif AS_OF.search(lead):
            found.append((d.start, d.end, d.value, "date-as-of", None, "explicit"))
        elif DEADLINE.search(lead):
            found.append((d.start, d.end, d.value, "date-deadline", None, "explicit"))
        elif UNTIL.search(lead) or EXTENDED_TO.search(lead):
            found.append((d.start, d.end, d.value, "date-until", "end", "explicit"))
        else:
            found.append((d.start, d.end, d.value, f"date-{d.precision}", None, "explicit"))
    found = [f + (f[2], None) for f in found]   # explicit dates read the same in any tense
    anchor = dates.parse_iso(sent.doc.date) if sent.doc.date else None
    if anchor:
        covered = [(f[0], f[1]) for f in found]
        found += _pair_ranges(text, sorted(
            r for r in relative(text, explicit, anchor) if all(r[1] <= a or r[0] >= b for a, b in covered)))
    return sorted((Timex(*f) for f in found), key=lambda t: t.a)
