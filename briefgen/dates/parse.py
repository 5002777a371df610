"""Calendar dates as articles write them: the first complete, unambiguous date in a line."""
from __future__ import annotations

import datetime as dt
import re

from briefgen.dates.calendar import MONTHS, WEEKDAYS

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


MONTH_PATTERN = rf"(?P<month>{MONTH_NAMES})\b\.?"


WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))


_WEEKDAY = rf"\b(?:{WEEKDAY_NAMES})\b\.?"


DAY_PATTERN = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"


_YEAR = r"(?P<year>(?:19|20)\d{2})"


DATE_PATTERNS = [
    re.compile(
        r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    ),
    re.compile(rf"\b{MONTH_PATTERN}\s+{DAY_PATTERN},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{DAY_PATTERN}\s+(?:of\s+)?{MONTH_PATTERN},?\s+{_YEAR}\b", re.IGNORECASE),
    # slash dates: month/day order is unknowable, so only one that has a single reading is taken
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})\b"),
    # dot dates are day-first wherever dots are written: '26.11.2004 16:43'
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
    # wire stamps: '18-MAR-1987 08:17:40.70'
    re.compile(rf"\b{DAY_PATTERN}-{MONTH_PATTERN}-{_YEAR}\b", re.IGNORECASE),
]


TIME_OR_WEEKDAY = re.compile(
    rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?|\bat\b|{_WEEKDAY}", re.IGNORECASE
)


ZONE = re.compile(r"\b(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[A-Z]{1,4}T\b")


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """The first complete, unambiguous calendar date in ``text`` and its wording, or None.

    Day/month order of slash dates like 05/09/2023 is unknowable, so those are refused unless only
    one reading is a real date; dot dates (26.11.2004) are day-first.
    """
    found = find_dates(text)
    return (found[0][0], found[0][1]) if found else None


def find_dates(text: str) -> list[tuple[dt.date, str, int]]:
    """Every complete, unambiguous date in ``text``: (date, wording, offset), in reading order.

    Where two forms match at one place the longer wording is kept; overlapping matches are dropped.
    """
    matches = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _date_from_match(match)
            if date is not None:
                matches.append((match.start(), -len(match.group(0)), date, match.group(0)))
    found, end = [], -1
    for start, negative_length, date, wording in sorted(matches, key=lambda m: (m[0], m[1])):
        if start >= end:
            found.append((date, wording, start))
            end = start - negative_length
    return found


def _date_from_match(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups:
        return _unambiguous_numeric(int(groups["a"]), int(groups["b"]), year)
    month = groups["month"]
    month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
    return safe_date(year, month_number, int(groups["day"]))


def _unambiguous_numeric(first: int, second: int, year: int) -> dt.date | None:
    readings = {d for d in (safe_date(year, second, first), safe_date(year, first, second)) if d}
    return readings.pop() if len(readings) == 1 else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def strip_date_words(rest: str) -> str:
    """What is left of a line once times, zones, weekdays and punctuation are removed."""
    rest = ZONE.sub(" ", TIME_OR_WEEKDAY.sub(" ", rest))
    return re.sub(r"[\s,|·•\-–—:()\[\]]+", " ", rest).strip()
