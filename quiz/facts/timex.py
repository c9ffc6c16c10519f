"""Date expressions in one sentence: explicit dates, spans, and dates relative to
the article's own date.

Each expression comes back with its character span in the sentence, the value
a past-tense and a future-tense reading give, and whether it opens or closes a
span. Which event it dates is decided in ``events``.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .. import dates
from .context import Sentence

_WEEKDAY = re.compile(r"\b(?P<last>(?i:last)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_MONTH = re.compile(
    r"\b(?P<pre>in|since|until|by|during|early|late|mid|from|of|last|this|next|earlier|later)?[\s-]*"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s.,]*\d)")


_RELATIVE = re.compile(
    r"\b(?P<rel>(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|last night|yesterday|"
    r"tomorrow|last month|last year|"
    r"next month|next year|(?:earlier |later )?this (?:month|year))\b", re.I)


_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"


_MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTHS})\s+(?:and|to|until|through)\s+(?P<m2>{_MONTHS})\s+(?P<year>\d{{4}})\b")


_DAY_RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{_MONTHS})\b(?P<year>,?\s+\d{{4}})?")
_DAY_BETWEEN = re.compile(   # "between 24 and 26 February"
    rf"\bbetween\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{_MONTHS})\b(?P<year>,?\s+\d{{4}})?")
# "August 17 to 31": the month first; not "August 17 to 31 percent" or "… 31 ships"
_MONTHS_SHORT = _MONTHS + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"   # "Sept 8-10"
_DAY_RANGE_US = re.compile(
    rf"\b(?P<mon>{_MONTHS_SHORT})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until|through)\s*"
    rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?P<year>,?\s+\d{{4}})?"
    rf"(?!\s*(?:%|per ?cent|{_MONTHS}))(?!\s+(?!was\b|is\b|has\b|this\b)[a-z]+s\b)")


_YEAR_SPAN = re.compile(r"\b(?:between|from)\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>\d\d)\b(?![-–/.:]?\d)")


class _Range(NamedTuple):
    start: int          # the whole range
    end: int
    first: tuple        # the span of its first day ("17" or "August 17")
    last: tuple         # the span of its last day, with the month and year where they follow it
    d1: int
    d2: int
    mon: str
    year: str | None


def _day_ranges(text: str) -> list[_Range]:
    """'from 2 to 13 March 2020' and 'August 17 to 31': the two days of a range in one month."""
    out = []
    for m in [*_DAY_RANGE.finditer(text), *(b for b in _DAY_BETWEEN.finditer(text)
                                             if int(b.group("d2")) > int(b.group("d1")))]:
        out.append(_Range(m.start(), m.end(), (m.start("d1"), m.end("d1")), (m.start("d2"), m.end()),
                          int(m.group("d1")), int(m.group("d2")), m.group("mon"), m.group("year")))
    for m in _DAY_RANGE_US.finditer(text):
        if int(m.group("d2")) > int(m.group("d1")) and all(m.end() <= r.start or m.start() >= r.end for r in out):
            out.append(_Range(m.start(), m.end(), (m.start("mon"), m.end("d1")), (m.start("d2"), m.end()),
                              int(m.group("d1")), int(m.group("d2")), m.group("mon"), m.group("year")))
    return sorted(out)


_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$")


_RANGE_OPEN = re.compile(r"\b(?:from|between)\s*$", re.I)


_SINCE = re.compile(r"\bsince\s*$", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s+(?:and|or|to|through|until|-|–)\s*$")
_AS_OF = re.compile(r"\bas (?:of|at)\s*$", re.I)
_FROM = re.compile(r"\bfrom\s*$", re.I)
_DEADLINE = re.compile(r"\b(?:by|before|no later than|not later than)\s*$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through|up to|until at least)\s*$", re.I)
# "has extended the mandate of the Bundeswehr in Mali to 2016": the end of the extended span
_EXTENDED_TO = re.compile(r"\b(?:extend|prolong|postpone|delay|defer)(?:s|ed|ing)?\b[^.;:]{0,80}?\bto\s*$", re.I)
# "for 2016 and beyond", "fiscal 2014", "the end of 2019": periods and labels, not points in time
_OPEN_AFTER = re.compile(r"^\s*(?:and|or)\s+(?:beyond|onwards?|later|after|thereafter)\b", re.I)
# "at the end of 2013", "by the end of 2024": a part of the year that anchors the date to the clause
# ("until the end of 2019", "since the start of 2020" stay labels: "until 2019" would say less than the text)
_PART_OF = re.compile(r"\b(?:at|by|before|in|towards?)\s+(?P<part>the (?:end|start|"
                      r"beginning|middle|close) of\s*)$", re.I)
_PART_OF_NOW = re.compile(r"\b(?P<pre>at|by|before|until|till)\s+(?P<when>the (?:end|close) of (?:the|this) "
                          r"(?P<unit>month|year))\b", re.I)
_LABEL_BEFORE = re.compile(r"\b(?:fiscal(?: year)?|financial year|budget year|FY|the (?:end|start|beginning|"
                           r"middle|close|turn|rest|remainder) of|end-|mid-)\s*$", re.I)


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
        if a[4] is None and b[4] is None and _RANGE_GAP.match(text[a[1]:b[0]]):
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


_MON_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
             r"(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+[0-3]?\d\b))")   # "on Nov 6"
_DAY_MONTH = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MON_NAME})(?![\w\s,.]*\d{{4}})(?!\w)"
    rf"|\b(?P<mon2>{_MON_NAME})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\s,.]*\d)")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(text: str, explicit, anchor: dt.date):
    """Dates that need the article's date: (start, end, past value, rule, bound, 'relative',
    future value, tense). A value is None where that reading is impossible; tense is
    'past' or 'future' when the words themselves say so ('last month', 'next year')."""
    out = []
    covered = [(d.start, d.end) for d in explicit]

    def free(a, b):
        return all(b <= s or a >= e for s, e in covered)

    def add(a, b, past, rule, future, tense=None, bound=None):
        out.append((a, b, past, rule, bound, "relative", future, tense))
        covered.append((a, b))

    for r in _day_ranges(text):   # "from 2 to 13 March"
        if r.year or not free(r.start, r.end):
            continue
        month = dates.month_number(r.mon)
        d1, d2 = r.d1, r.d2
        past_year = anchor.year if (month, d1) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, d1) >= (anchor.month, anchor.day) else anchor.year + 1
        add(*r.first, _day(past_year, month, d1), "date-range", _day(future_year, month, d1), bound="start")
        add(*r.last, _day(past_year, month, d2), "date-range", _day(future_year, month, d2), bound="end")
    for m in _DAY_MONTH.finditer(text):
        if not free(m.start(), m.end()) or re.match(r",?\s*\d", text[m.end():]):
            continue   # "1 November 199…": digits after the month are a year the text lost, not none
        month = dates.month_number(m.group("mon") or m.group("mon2"))
        day = int(m.group("day") or m.group("day2"))
        year_word = re.match(r"\s+(last|this|next)\s+year\b", text[m.end():])
        if year_word:   # "on June 1 this year", "on 3 May last year": the year is said
            value = _day(anchor.year + {"last": -1, "this": 0, "next": 1}[year_word.group(1)], month, day)
            tense = {"last": "past", "next": "future"}.get(year_word.group(1))
            add(m.start(), m.end() + year_word.end(), value, "date-day-month", value, tense)
            continue
        past_year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        opens = bool(_SINCE.search(text[:m.start()]) or _FROM.search(text[:m.start()]))
        add(m.start(), m.end(), _day(past_year, month, day), "date-since" if opens else "date-day-month",
            _day(future_year, month, day), bound="start" if opens else None)
    for m in _WEEKDAY.finditer(text):
        after = text[m.end():m.end() + 4]
        if not free(m.start(), m.end()) or re.match(r"\s*[(,]?\s*\d", after):
            continue   # "Wednesday (3 December 2014)": the explicit date says it
        before = text[:m.start()]
        if re.search(r"\b(every|on)\s+$", before, re.I) and re.match(r"s\b", text[m.end():]):
            continue   # "on Mondays"
        weekday = dates.WEEKDAYS[m.group("wd").lower()]
        tense = "future" if re.search(r"\b(next|this coming|coming)\s+$", before, re.I) else \
            "past" if m.group("last") else None
        past = dates.last_weekday(anchor - dt.timedelta(days=1) if m.group("last") else anchor, weekday)
        if m.group("last") and (anchor - past).days == 1:
            continue   # "last Friday" on a Saturday: yesterday, or the Friday of the week before?
        add(m.start("wd"), m.end(), past.isoformat(), "date-weekday", dates.next_weekday(anchor, weekday).isoformat(),
            tense)
    for m in _MONTH.finditer(text):
        pre = (m.group("pre") or "").lower()
        if not free(m.start("mon"), m.end()) or re.search(r"\d\s*$", text[:m.start("mon")]):
            continue
        if m.group("mon") == "May" and not pre and not re.search(
                r"\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid-?)\s+$", text[:m.start("mon")], re.I):
            continue   # "May" the verb, capitalised at a sentence start; "In May" is the month
        month = dates.month_number(m.group("mon"))
        year_word = re.match(r"\s+(last|this|next)\s+year\b", text[m.end():])
        if year_word:   # "in July last year"
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[year_word.group(1)]
            value = f"{year:04d}-{month:02d}"
            add(m.start("mon"), m.end() + year_word.end(), value, "date-month-name", value, "past")
            continue
        future_year = anchor.year if month >= anchor.month else anchor.year + 1
        tense = "future" if pre == "next" else "past" if pre in ("last", "since") else None
        opens = pre in ("since", "from")   # "since January": the start of a period
        add(m.start("mon"), m.end(), dates.last_month(anchor, month), "date-since" if opens else "date-month-name",
            f"{future_year:04d}-{month:02d}", tense, bound="start" if opens else None)
    for m in _PART_OF_NOW.finditer(text):   # "by the end of the month": this month, as a deadline
        if not free(m.start("when"), m.end()):
            continue
        value = anchor.isoformat()[:7] if m.group("unit").lower() == "month" else str(anchor.year)
        pre = m.group("pre").lower()
        rule, bound = ("date-deadline", None) if pre in ("by", "before") else \
            ("date-until", "end") if pre in ("until", "till") else ("date-relative", None)
        add(m.start("when"), m.end(), value, rule, value, bound=bound)
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()) or re.search(r"\b(?:the|over|within)\s+$", text[:m.start()], re.I):
            continue   # "in the next year", "over the last year": twelve months, not a calendar year
        rel = m.group("rel").lower()
        month = anchor.isoformat()[:7]
        table = {
            "today": (anchor.isoformat(), None), "this morning": (anchor.isoformat(), None),
            "this afternoon": (anchor.isoformat(), None), "this evening": (anchor.isoformat(), None),
            "tonight": (anchor.isoformat(), None), "last night": ((anchor - dt.timedelta(days=1)).isoformat(), "past"),
            "yesterday": ((anchor - dt.timedelta(days=1)).isoformat(), "past"),
            "tomorrow": ((anchor + dt.timedelta(days=1)).isoformat(), "future"),
            "last month": (dates.previous_month(anchor), "past"),
            "next month": (_next_month(anchor), "future"),
            "last year": (str(anchor.year - 1), "past"), "next year": (str(anchor.year + 1), "future"),
            "this month": (month, None), "this year": (str(anchor.year), None),
        }
        key = re.sub(r"^(earlier|later) ", "", rel)
        value, tense = table[key]
        if rel != key:
            tense = "past" if rel.startswith("earlier") else "future"   # "later this month"
        add(m.start(), m.end(), value, "date-relative", value, tense)
    for m in dates.HOLIDAY.finditer(text):   # "on Christmas Day": the last one, or the next in a plan
        if free(m.start(), m.end()):
            add(m.start(), m.end(), *dates.fixed_holiday(m.group(0), anchor, "date-relative"))
    # "due to arrive by Nov 20", "stays until June": a deadline or the end of a span
    out.sort(key=lambda d: d[0])
    for n, (a, b, past, rule, bound, kind, future, tense) in enumerate(out):
        if rule in ("date-day-month", "date-month-name") and bound is None:
            opened = n > 0 and out[n - 1][4] == "start" and re.fullmatch(
                r"\s*(?:to|until|till|through|-|–)\s*", text[out[n - 1][1]:a])
            lead = re.sub(r"\b(?:early|mid|late)[\s-]*$", "", text[:a], flags=re.I)   # "until mid-February"
            if opened:   # "from June 14 to June 28": the end of the span the first day opened
                out[n] = (a, b, past, "date-range", "end", kind, future, tense)
                start = out[n - 1]
                out[n - 1] = start[:3] + ("date-range",) + start[4:]
            elif _DEADLINE.search(lead):
                out[n] = (a, b, past, "date-deadline", None, kind, future, tense)
            elif _UNTIL.search(lead):
                out[n] = (a, b, past, "date-until", "end", kind, future, tense)
    return out


def _next_month(anchor: dt.date) -> str:
    year, month = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
    return f"{year:04d}-{month:02d}"


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
    for m in _MONTH_RANGE.finditer(text):   # "between March and June 2022"
        year = int(m.group("year"))
        first, last = dates.month_number(m.group("m1")), dates.month_number(m.group("m2"))
        explicit = [d for d in explicit if d.end <= m.start() or d.start >= m.end()]
        found.append((m.start("m1"), m.end("m1"), f"{year:04d}-{first:02d}", "date-range", "start", "explicit"))
        found.append((m.start("m2"), m.end(), f"{year:04d}-{last:02d}", "date-range", "end", "explicit"))
    for m in _YEAR_SPAN.finditer(text):   # "between 2014-18": the second year in two digits
        first, last = int(m.group("y1")), int(m.group("y1")[:2] + m.group("y2"))
        if last > first:
            explicit = [d for d in explicit if d.end <= m.start("y1") or d.start >= m.end()]
            found.append((m.start("y1"), m.end("y1"), str(first), "date-range", "start", "explicit"))
            found.append((m.start("y2"), m.end("y2"), str(last), "date-range", "end", "explicit"))
    for r in _day_ranges(text):
        if r.year:   # "from 2 to 13 March 2020", "August 17 to 31, 2020"
            year, month = int(r.year.strip(", ")), dates.month_number(r.mon)
            first, last = _day(year, month, r.d1), _day(year, month, r.d2)
            if first and last:
                explicit = [d for d in explicit if d.end <= r.start or d.start >= r.end]
                found.append((*r.first, first, "date-range", "start", "explicit"))
                found.append((*r.last, last, "date-range", "end", "explicit"))
    used: set[int] = set()
    for i, d in enumerate(explicit):
        if i in used:
            continue
        lead = text[:d.start]
        part = _PART_OF.search(lead) if d.precision in ("year", "month") else None
        if part:
            lead = lead[:part.start("part")]
        nxt = explicit[i + 1] if i + 1 < len(explicit) else None
        if nxt and _RANGE_GAP.match(text[d.end:nxt.start]) and _RANGE_OPEN.search(lead):
            found.append((d.start, d.end, d.value, "date-range", "start", "explicit"))
            found.append((nxt.start, nxt.end, nxt.value, "date-range", "end", "explicit"))
            used.add(i + 1)
        elif re.search(r"\b(?:between|after|within)\s*$", lead, re.I) or \
                _OPEN_AFTER.match(text[d.end:]) or _LABEL_BEFORE.search(lead) or \
                d.precision == "month" and _MONTH_BEFORE.search(lead):
            continue   # "in October and November 2004" is a span of two months, not a point
        elif _SINCE.search(lead) or _FROM.search(lead):   # "from 1 January to date"
            found.append((d.start, d.end, d.value, "date-since", "start", "explicit"))
        elif _AS_OF.search(lead):
            found.append((d.start, d.end, d.value, "date-as-of", None, "explicit"))
        elif _DEADLINE.search(lead):
            found.append((d.start, d.end, d.value, "date-deadline", None, "explicit"))
        elif _UNTIL.search(lead) or _EXTENDED_TO.search(lead):
            found.append((d.start, d.end, d.value, "date-until", "end", "explicit"))
        else:
            found.append((d.start, d.end, d.value, f"date-{d.precision}", None, "explicit"))
    found = [f + (f[2], None) for f in found]   # explicit dates read the same in any tense
    anchor = dates.parse_iso(sent.doc.date) if sent.doc.date else None
    if anchor:
        covered = [(f[0], f[1]) for f in found]
        found += _pair_ranges(text, sorted(
            r for r in _relative(text, explicit, anchor) if all(r[1] <= a or r[0] >= b for a, b in covered)))
    return sorted((Timex(*f) for f in found), key=lambda t: t.a)
