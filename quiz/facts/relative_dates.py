"""Dates that need the article's own date: "on Tuesday", "last month", "on 3 May",
"by the end of the month", "Christmas Day". Each comes back with the value a past
reading and a future reading give; which one holds is decided with the clause's
tense in ``timex``.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import dates
from .date_spans import DEADLINE, FROM, PART_OF_NOW, PERIOD_TO, SINCE, UNTIL, day_iso, day_ranges

_WEEKDAY = re.compile(r"\b(?P<last>(?i:last)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_MONTH = re.compile(
    r"\b(?P<pre>in|since|until|by|during|early|late|mid|from|of|last|this|next|earlier|later)?[\s-]*"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s.,]*\d)")


_RELATIVE = re.compile(
    r"\b(?P<rel>(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|last night|yesterday|"
    r"tomorrow|last month|last year|"
    r"next month|next year|(?:earlier |later )?this (?:month|year))\b", re.I)


_MON_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
             r"(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+[0-3]?\d\b))")   # "on Nov 6"
_DAY_MONTH = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MON_NAME})(?![\w\s,.]*\d{{4}})(?!\w)"
    rf"|\b(?P<mon2>{_MON_NAME})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\s,.]*\d)")




_MONTH_NAMES = "|".join(sorted({m for m in dates.MONTH_NAMES[1:]} | {m[:3] for m in dates.MONTH_NAMES[1:]} | {"Sept"},
                               key=len, reverse=True))
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[(,]?\s*$")


def relative(text: str, explicit, anchor: dt.date):
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

    for r in day_ranges(text):   # "from 2 to 13 March"
        if r.year or not free(r.start, r.end):
            continue
        month = dates.month_number(r.mon)
        d1, d2 = r.d1, r.d2
        past_year = anchor.year if (month, d1) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, d1) >= (anchor.month, anchor.day) else anchor.year + 1
        add(*r.first, day_iso(past_year, month, d1), "date-range", day_iso(future_year, month, d1), bound="start")
        add(*r.last, day_iso(past_year, month, d2), "date-range", day_iso(future_year, month, d2), bound="end")
    for m in _DAY_MONTH.finditer(text):
        if not free(m.start(), m.end()) or re.match(r",?\s*\d", text[m.end():]) or PERIOD_TO.search(text[:m.start()]):
            continue   # "1 November 199…": digits after the month are a year the text lost, not none
        month = dates.month_number(m.group("mon") or m.group("mon2"))
        day = int(m.group("day") or m.group("day2"))
        year_word = re.match(r"\s+(?:of\s+)?(last|this|next)\s+year\b", text[m.end():])
        if year_word:   # "on June 1 this year", "on 3 May (of) last year": the year is said
            value = day_iso(anchor.year + {"last": -1, "this": 0, "next": 1}[year_word.group(1)], month, day)
            tense = {"last": "past", "next": "future"}.get(year_word.group(1))
            add(m.start(), m.end() + year_word.end(), value, "date-day-month", value, tense)
            continue
        named = _WEEKDAY_BEFORE.search(text[:m.start()])
        if named:   # "on Thursday, October 11", "on Wednesday (June 28)": the year whose day is that weekday
            weekday = dates.WEEKDAYS[named.group(1).lower()]
            days = [dates.parse_iso(iso) for iso in (day_iso(y, month, day) for y in range(anchor.year - 1, anchor.year + 2))
                    if iso]
            near = sorted((abs((d - anchor).days), d) for d in days
                          if d.weekday() == weekday and abs((d - anchor).days) <= 200)
            if near:
                value = near[0][1].isoformat()
                add(m.start(), m.end(), value, "date-day-month", value)
            continue
        past_year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        future_year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        opens = bool(SINCE.search(text[:m.start()]) or FROM.search(text[:m.start()]))
        add(m.start(), m.end(), day_iso(past_year, month, day), "date-since" if opens else "date-day-month",
            day_iso(future_year, month, day), bound="start" if opens else None)
    for m in _WEEKDAY.finditer(text):
        after = text[m.end():m.end() + 4]
        if not free(m.start(), m.end()) or re.match(r"\s*[(,]?\s*\d", after) or \
                re.match(rf"\s*[(,]?\s*(?:{_MONTH_NAMES})\.?\s+\d", text[m.end():]):
            continue   # "Wednesday (3 December 2014)", "Thursday, October 11": the date after it says it
        before = text[:m.start()]
        if re.search(r"\b(every|on)\s+$", before, re.I) and re.match(r"s\b", text[m.end():]):
            continue   # "on Mondays"
        weekday = dates.WEEKDAYS[m.group("wd").lower()]
        week = re.match(r"\s+(last|next)\s+week\b", text[m.end():], re.I)
        if week and not m.group("last"):   # "on Tuesday last week": that weekday of the week before
            step = -7 if week.group(1).lower() == "last" else 7
            day = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=step + weekday)
            add(m.start("wd"), m.end() + week.end(), day.isoformat(), "date-weekday", day.isoformat(),
                "past" if step < 0 else "future")
            continue
        tense = "future" if re.search(r"\b(next|this coming|coming)\s+$", before, re.I) else \
            "past" if m.group("last") else None
        past = dates.last_weekday(anchor - dt.timedelta(days=1) if m.group("last") else anchor, weekday)
        if m.group("last") and (anchor - past).days == 1:
            continue   # "last Friday" on a Saturday: yesterday, or the Friday of the week before?
        add(m.start("wd"), m.end(), past.isoformat(), "date-weekday", dates.next_weekday(anchor, weekday).isoformat(),
            tense)
    for m in _MONTH.finditer(text):
        pre = (m.group("pre") or "").lower()
        if not free(m.start("mon"), m.end()) or re.search(r"\d\s*$", text[:m.start("mon")]) or \
                PERIOD_TO.search(text[:m.start("mon")]):
            continue   # "in the three months to September": a period's end, no event's month
        if m.group("mon") == "May" and not pre and not re.search(
                r"\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid-?)\s+$", text[:m.start("mon")], re.I):
            continue   # "May" the verb, capitalised at a sentence start; "In May" is the month
        month = dates.month_number(m.group("mon"))
        year_word = re.match(r"\s+(?:of\s+)?(last|this|next)\s+year\b", text[m.end():])
        if year_word:   # "in July last year", "in May of last year"
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[year_word.group(1)]
            value = f"{year:04d}-{month:02d}"
            add(m.start("mon"), m.end() + year_word.end(), value, "date-month-name", value, "past")
            continue
        future_year = anchor.year if month >= anchor.month else anchor.year + 1
        tense = "future" if pre == "next" else "past" if pre in ("last", "since") else None
        opens = pre in ("since", "from")   # "since January": the start of a period
        add(m.start("mon"), m.end(), dates.last_month(anchor, month), "date-since" if opens else "date-month-name",
            f"{future_year:04d}-{month:02d}", tense, bound="start" if opens else None)
    for m in PART_OF_NOW.finditer(text):   # "by the end of the month": this month, as a deadline
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
            elif DEADLINE.search(lead):
                out[n] = (a, b, past, "date-deadline", None, kind, future, tense)
            elif UNTIL.search(lead):
                out[n] = (a, b, past, "date-until", "end", kind, future, tense)
    return out


def _next_month(anchor: dt.date) -> str:
    year, month = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
    return f"{year:04d}-{month:02d}"
