"""Finding and normalising calendar dates in text (pure functions, no NLP).

Dates are ISO strings at the precision the text gives: ``YYYY``, ``YYYY-MM``
or ``YYYY-MM-DD``. Nothing here invents a day or a month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d|21\d\d)"

# Order matters: the most specific patterns first.
_PATTERNS = [
    # "On the 10th of September 2023"
    ("day", re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)[ \u00a0]+of[ \u00a0]+{_MON}\.?,?[ \u00a0]+{_YEAR}\b",
                       re.I)),
    ("day", re.compile(rf"\b{_DAY}[ \u00a0]+{_MON}\.?,?[ \u00a0]+{_YEAR}\b")),
    ("day", re.compile(rf"\b{_MON}\.?[ \u00a0]+{_DAY},?[ \u00a0]*{_YEAR}\b")),
    ("day", re.compile(rf"\b{_DAY}[-/]{_MON}[-/]{_YEAR}\b")),
    ("day", re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month", re.compile(rf"\b{_MON}\.?,?[ \u00a0]+(?:of[ \u00a0]+)?{_YEAR}\b")),
]
YEAR_RE = re.compile(r"(?<![\d,.:/$£€-])\b(1[89]\d\d|20\d\d)\b(?![\d,.:/%]\d|-\d|(?<=0)['’]s\b)")   # "the 1980's": a decade


@dataclass(frozen=True)
class DateMatch:
    """An explicit calendar date found in text."""

    start: int
    end: int
    value: str       # ISO at the stated precision
    precision: str   # "day" | "month" | "year"


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year, month)[1]


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w[:4] if w.startswith("sept") else w[:3]) if len(w) >= 3 else None


def find_dates(text: str, with_years: bool = True) -> list[DateMatch]:
    """All explicit dates in ``text``, left to right, without overlaps."""
    return list(_find_dates(text, with_years))


@functools.lru_cache(maxsize=4096)
def _find_dates(text: str, with_years: bool) -> tuple[DateMatch, ...]:
    """``find_dates``, remembered: several rules ask it of the same sentence."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for precision, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            year = int(m.group("year"))
            month = int(m.group("mnum")) if "mnum" in rx.groupindex else month_number(m.group("mon"))
            day = int(m.group("day")) if precision == "day" else None
            if month is None or not _valid(year, month, day):
                continue
            value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            found.append(DateMatch(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))
    if with_years:
        for m in YEAR_RE.finditer(text):
            if free(m.start(), m.end()):
                found.append(DateMatch(m.start(), m.end(), m.group(1), "year"))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def parse_iso(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def last_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The most recent given weekday on or before ``anchor``."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def next_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The first given weekday after ``anchor``."""
    return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


# holidays on the same day every year
HOLIDAY = re.compile(r"\b(?:Christmas Day|Christmas Eve|Boxing Day|New Year['’]s (?:Day|Eve))\b")
_HOLIDAY_DAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
                 "new year's day": (1, 1), "new year's eve": (12, 31)}


def fixed_holiday(name: str, anchor: dt.date, rule: str) -> tuple:
    """The most recent such day on or before ``anchor``, the rule, and the next one after it."""
    month, day = _HOLIDAY_DAYS[name.lower().replace("’", "'")]
    this_year = dt.date(anchor.year, month, day)
    past = this_year if this_year <= anchor else dt.date(anchor.year - 1, month, day)
    future = this_year if this_year > anchor else dt.date(anchor.year + 1, month, day)
    return past.isoformat(), rule, future.isoformat()


def last_month(anchor: dt.date, month: int) -> str:
    """The most recent given month on or before ``anchor``'s month, as YYYY-MM."""
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return f"{year:04d}-{month:02d}"


def previous_month(anchor: dt.date) -> str:
    year, month = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def human(value: str) -> str:
    """'2012-09-24' -> '24 September 2012'; '2012-09' -> 'September 2012'; '2012' -> '2012'."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return value


def truncate(value: str, precision: str) -> str:
    """A date cut to a coarser precision ('day', 'month' or 'year')."""
    return value[: {"day": 10, "month": 7, "year": 4}[precision]]


def precision_of(value: str) -> str:
    return {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]


_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/.])"
                      # "28-03-2025": with dashes only beside a four-digit year ("3-2" is a score)
                      r"|(?<![\d/.-])(?P<a2>[0-3]?\d)-(?P<b2>[0-3]?\d)-(?P<y2>(?:19|20)\d\d)(?![\d/.-])")


@dataclass(frozen=True)
class NumericDate:
    """A date written in figures ('03/11/2021'): its possible readings, day-first and month-first."""

    start: int
    end: int
    readings: tuple[str, ...]   # ISO dates; one when only one reading is a real date


def find_numeric_dates(text: str) -> list[NumericDate]:
    out = []
    for m in _NUMERIC.finditer(text):
        a, b, y = (int(m.group(k) or m.group(k + "2")) for k in ("a", "b", "y"))
        year = y if y >= 100 else 2000 + y
        readings = []
        for day, month in ((a, b), (b, a)):   # day-first, then month-first
            if _valid(year, month, day):
                value = f"{year:04d}-{month:02d}-{day:02d}"
                if value not in readings:
                    readings.append(value)
        if readings:
            out.append(NumericDate(m.start(), m.end(), tuple(readings)))
    return out


def weekday_of(value: str) -> int:
    return parse_iso(value).weekday()
