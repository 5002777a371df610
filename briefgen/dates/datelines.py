"""Datelines without a year: a weekday date ("Tuesday, September 5") or a wire dateline
("TOKYO, March 13 -"), dated by the year that the other sources' stated dates make nearest."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.dates.calendar import MONTHS, WEEKDAYS
from briefgen.dates.parse import DAY_PATTERN, MONTH_NAMES, MONTH_PATTERN, WEEKDAY_NAMES, find_dates, safe_date
from briefgen.ingest.header import HEADER_CHARS
from briefgen.model.source import Source

WEEKDAY_MAX_DISTANCE_DAYS = 366


WEEKDAY_DATELINE = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_NAMES})\.?,?\s+"
    rf"(?:{MONTH_PATTERN}\s+{DAY_PATTERN}|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH_NAMES})\b\.?)"
    rf"\b(?!,?\s*(?:19|20)\d{{2}})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WeekdayDate:
    """A weekday date with no year ("Tuesday, September 5"); the year comes from other sources."""

    weekday: int
    month: int
    day: int
    text: str


def find_weekday_dates(text: str) -> list[WeekdayDate]:
    """Weekday dates without a year anywhere in ``text``, distinct and in order of appearance."""
    found: dict[tuple[int, int, int], WeekdayDate] = {}
    for match in WEEKDAY_DATELINE.finditer(text):
        month_word = match.group("month") or match.group("month2")
        day = int(match.group("day") or match.group("day2"))
        key = (WEEKDAYS[match.group("weekday").lower()], MONTHS[month_word.lower()], day)
        found.setdefault(key, WeekdayDate(*key, text=match.group(0)))
    return list(found.values())


def resolve_weekday_date(candidate: WeekdayDate, known_dates: Sequence[dt.date]) -> dt.date | None:
    """The date on which ``candidate``'s weekday falls, in the year nearest to ``known_dates``.

    None when there are no known dates (no wall clock is consulted) or when no such date lies
    within a year of one of them.
    """
    if not known_dates:
        return None
    years = range(min(known_dates).year - 1, max(known_dates).year + 2)
    matches = [
        d for d in (safe_date(year, candidate.month, candidate.day) for year in years)
        if d and d.weekday() == candidate.weekday
    ]
    if not matches:
        return None
    best = min(matches, key=lambda d: (_distance(d, known_dates), d))
    return best if _distance(best, known_dates) <= WEEKDAY_MAX_DISTANCE_DAYS else None


def _distance(date: dt.date, known_dates: Iterable[dt.date]) -> int:
    return min(abs((date - known).days) for known in known_dates)


YEARLESS_DATELINE = re.compile(
    rf"^[ \t]*(?:(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?),\s+(?:[A-Z][A-Za-z.]+,\s+)?)?"
    rf"(?P<month>(?i:{MONTH_NAMES}))\.?\s+(?P<day>\d{{1,2}})\s*(?:\((?P<agency>[^)\n]{{1,40}})\)\s*)?(?:--|[-–—:])",
    re.MULTILINE,
)
# Without a weekday to check, only a date within this many days of a stated one is trusted.
MAX_DISTANCE_DAYS = 120


def find_yearless_dateline(text: str) -> re.Match | None:
    """The dateline opening a line of the header area, if it has no year: a place ('TOKYO, March
    13 -'), or the wire's name in brackets when the place is left out ('March 20 (Bloomberg) --')."""
    for match in YEARLESS_DATELINE.finditer(text[:HEADER_CHARS + 200]):
        if match.group("month").lower() in MONTHS and (match.group("place") or match.group("agency")):
            return match
    return None


def nearest_year_date(month: int, day: int, known: list[dt.date]) -> dt.date | None:
    """That month and day in the year nearest to the known dates; None without known dates."""
    if not known:
        return None
    candidates = [d for year in range(known[0].year - 1, known[-1].year + 2)
                  if (d := safe_date(year, month, day))]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (min(abs((d - k).days) for k in known), d))
    return best if min(abs((best - k).days) for k in known) <= MAX_DISTANCE_DAYS else None


def with_yearless_dateline(source: Source, text: str, known: list[dt.date]) -> Source:
    """The source dated by its yearless dateline, when one is found and a full date gives the year:
    one written above it in the same header ('2014-03-20 21:03:23.138 GMT'), else the dates the
    other sources state."""
    match = find_yearless_dateline(text)
    if match is None:
        return source
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    above = sorted({date for date, _, _ in find_dates(text[:match.start()])})
    date = nearest_year_date(month, day, above)
    basis = "a date above it in the header"
    if date is None:
        date, basis = nearest_year_date(month, day, known), "the other sources' dates"
    if date is None:
        return source
    how = f"dateline '{match.group(0).strip()}' (year from {basis})"
    return source.model_copy(update={"published": date, "published_found_by": how})
