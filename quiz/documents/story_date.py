"""The story's own date where its date lines leave it open: an update stamp over a much older
story, a dateline without a year, a numeric date line read two ways."""
from __future__ import annotations

import re

from .. import dates
from .model import Segment

STALE_YEARS = 3
UPDATE_LABEL = re.compile(r"\b(?:updated|modified|revised)\b", re.I)


def stale(text: str, segments: list[Segment], date: str) -> bool:
    """'Last updated: 12 May 2021' over a story whose every year is 2007 or before: an update
    stamp or a date line below the story (a sidebar's) years after the story is not the day its
    "on Tuesday" or its posts belong to, so the article is left undated. A byline's or a
    dateline's date is the story's own, whatever years it tells of."""
    years = [int(found.value[:4]) for seg in segments
             for found in dates.find_dates(text[seg.start:seg.end])]
    return bool(years) and max(years) <= int(date[:4]) - STALE_YEARS


def year_from_text(text: str, undated: tuple[int, int, str, str]) -> tuple[str | None, str | None]:
    """'GENEVA, March 4 (Reuters) –': the year, when the story gives a full date of the few days
    before it. A background date ('established on April 25, 2013') says nothing of the year the
    story was written in, nor does the same day ('for a year, till March 15, 2019'). Every such
    date must agree on one year."""
    month, day, evidence, line = undated
    years, ahead = set(), set()
    for found in dates.find_dates(text, with_years=False):
        if found.precision != "day":
            continue
        then = dates.parse_iso(found.value)
        try:
            dateline = then.replace(month=month, day=day)
        except ValueError:
            continue
        if 1 <= (dateline - then).days <= RECENT_DAYS:   # the same day a year on: "for a year, till March 15"
            years.add(then.year)
        if 0 <= (then - dateline).days <= RECENT_DAYS * 3:
            ahead.add(then.year)   # "extended the mandate … until Aug. 12, 2016": a date a few weeks on
    if not years and len(ahead) == 1:
        # the dateline's own sentence names its weekday ("July 29 — The council on Friday extended …"):
        # the year of a date a few weeks on, when that day of it falls on that weekday
        named = [dates.WEEKDAYS[w.lower()] for w in re.findall(r"\bon ([A-Z][a-z]+day)\b", line)
                 if w.lower() in dates.WEEKDAYS]
        year = next(iter(ahead))
        try:
            if len(set(named)) == 1 and dates.parse_iso(f"{year:04d}-{month:02d}-{day:02d}").weekday() == named[0]:
                years = ahead
        except ValueError:
            pass
    if len(years) != 1:
        return None, None
    try:
        return dates.parse_iso(f"{years.pop():04d}-{month:02d}-01").replace(day=day).isoformat(), evidence
    except ValueError:
        return None, None


RECENT_DAYS = 10   # how far back a full date in the story can lie and still give the dateline its year


def weekday_agrees(line: str, readings: tuple[str, ...]) -> tuple[str, ...]:
    """'Friday 03/11/2021': of the day-first and month-first readings, the one on that weekday."""
    named = [dates.WEEKDAYS[w.lower()] for w in re.findall(
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", line, re.I)]
    if len(readings) > 1 and named:
        readings = tuple(r for r in readings if dates.weekday_of(r) == named[0])
    return readings
