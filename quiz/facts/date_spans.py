"""The shapes of date spans shared by explicit and relative dates: day ranges in
one month ("from 2 to 13 March", "August 17 to 31") and the words before or after a
date that make it the start, the end, a deadline or a label of a period.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple


MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"


MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{MONTHS})\s+(?:and|to|until|through)\s+(?P<m2>{MONTHS})\s+(?P<year>\d{{4}})\b")


DAY_RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{MONTHS})\b(?P<year>,?\s+\d{{4}})?")
DAY_BETWEEN = re.compile(   # "between 24 and 26 February"
    rf"\bbetween\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{MONTHS})\b(?P<year>,?\s+\d{{4}})?")
# "August 17 to 31": the month first; not "August 17 to 31 percent" or "… 31 ships"
MONTHS_SHORT = MONTHS + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"   # "Sept 8-10"
DAY_RANGE_US = re.compile(
    rf"\b(?P<mon>{MONTHS_SHORT})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until|through)\s*"
    rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?P<year>,?\s+\d{{4}})?"
    rf"(?!\s*(?:%|per ?cent|{MONTHS}))(?!\s+(?!was\b|is\b|has\b|this\b)[a-z]+s\b)")


YEAR_SPAN = re.compile(r"\b(?:between|from)\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>\d\d)\b(?![-–/.:]?\d)")


class Range(NamedTuple):
    start: int          # the whole range
    end: int
    first: tuple        # the span of its first day ("17" or "August 17")
    last: tuple         # the span of its last day, with the month and year where they follow it
    d1: int
    d2: int
    mon: str
    year: str | None


def day_ranges(text: str) -> list[Range]:
    """'from 2 to 13 March 2020' and 'August 17 to 31': the two days of a range in one month."""
    out = []
    for m in [*DAY_RANGE.finditer(text), *(b for b in DAY_BETWEEN.finditer(text)
                                             if int(b.group("d2")) > int(b.group("d1")))]:
        out.append(Range(m.start(), m.end(), (m.start("d1"), m.end("d1")), (m.start("d2"), m.end()),
                          int(m.group("d1")), int(m.group("d2")), m.group("mon"), m.group("year")))
    for m in DAY_RANGE_US.finditer(text):
        if int(m.group("d2")) > int(m.group("d1")) and all(m.end() <= r.start or m.start() >= r.end for r in out):
            out.append(Range(m.start(), m.end(), (m.start("mon"), m.end("d1")), (m.start("d2"), m.end()),
                              int(m.group("d1")), int(m.group("d2")), m.group("mon"), m.group("year")))
    return sorted(out)


RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$")


RANGE_OPEN = re.compile(r"\b(?:from|between)\s*$", re.I)


SINCE = re.compile(r"\bsince\s*$", re.I)
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\s+(?:and|or|to|through|until|-|–)\s*$")
AS_OF = re.compile(r"\bas (?:of|at)\s*$", re.I)
FROM = re.compile(r"\bfrom\s*$", re.I)
DEADLINE = re.compile(r"\b(?:by|before|no later than|not later than)\s*$", re.I)
UNTIL = re.compile(r"\b(?:until|till|through|up to|until at least)\s*$", re.I)
# "has extended the mandate of the Bundeswehr in Mali to 2016": the end of the extended span
EXTENDED_TO = re.compile(r"\b(?:extend|prolong|postpone|delay|defer)(?:s|ed|ing)?\b[^.;:]{0,80}?\bto\s*$", re.I)
# "for 2016 and beyond", "fiscal 2014", "the end of 2019": periods and labels, not points in time
OPEN_AFTER = re.compile(r"^\s*(?:and|or)\s+(?:beyond|onwards?|later|after|thereafter)\b", re.I)
# "at the end of 2013", "by the end of 2024": a part of the year that anchors the date to the clause
# ("until the end of 2019", "since the start of 2020" stay labels: "until 2019" would say less than the text)
PART_OF = re.compile(r"\b(?:at|by|before|in|towards?)\s+(?P<part>the (?:end|start|"
                      r"beginning|middle|close) of\s*)$", re.I)
PART_OF_NOW = re.compile(r"\b(?P<pre>at|by|before|until|till)\s+(?P<when>the (?:end|close) of (?:the|this) "
                          r"(?P<unit>month|year))\b", re.I)
# "its financial year to March 2005", "in the 12 months to June": the end of the period a figure is for
_PERIOD_TO = r"(?:year|month|week|quarter|half|period)s?\s+(?:to|ending|ended)"
PERIOD_TO = re.compile(rf"\b{_PERIOD_TO}\s*$", re.I)
LABEL_BEFORE = re.compile(r"\b(?:fiscal(?: year)?|financial year|budget year|FY|the (?:end|start|beginning|"
                          rf"middle|close|turn|rest|remainder) of|end-|mid-|{_PERIOD_TO})\s*$", re.I)
# the base a change is measured against: "up 2.6% on 2003", "down 4 per cent from 2019", "compared with 2003"
COMPARED_WITH = re.compile(r"(?:\d\s*(?:%|per ?cent\b|percent\b)|\b(?:up|down)\b)[^.;,]{0,25}?\b(?:on|over|from|"
                           r"against|than(?: in)?)\s*$|\bcompared (?:with|to)\s*$", re.I)


def day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
