"""Wire-service datelines without a year: 'SEOUL, Sept 5 (Reuters) -', 'WASHINGTON, March 3 —'.

The year is the one that puts the date nearest to the other sources' stated dates (within a year),
as for weekday datelines; with no dated sources to compare, the source stays undated.
"""
from __future__ import annotations

import datetime as dt
import re

from briefgen.model.source import Source
from briefgen.pubdate import HEADER_CHARS, MONTHS, _safe_date

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
YEARLESS_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?),\s+(?:[A-Z][A-Za-z.]+,\s+)?"
    rf"(?P<month>(?i:{_MONTH_NAMES}))\.?\s+(?P<day>\d{{1,2}})\s*(?:\([^)\n]{{1,40}}\)\s*)?[-–—:]",
    re.MULTILINE,
)
# Without a weekday to check, only a date within this many days of a stated one is trusted.
MAX_DISTANCE_DAYS = 120


def find_yearless_dateline(text: str) -> re.Match | None:
    """The dateline opening a line of the header area, if it has no year."""
    match = YEARLESS_DATELINE.search(text[:HEADER_CHARS + 200])
    if match and match.group("month").lower() in MONTHS:
        return match
    return None


def nearest_year_date(month: int, day: int, known: list[dt.date]) -> dt.date | None:
    """That month and day in the year nearest to the known dates; None without known dates."""
    if not known:
        return None
    candidates = [d for year in range(known[0].year - 1, known[-1].year + 2)
                  if (d := _safe_date(year, month, day))]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (min(abs((d - k).days) for k in known), d))
    return best if min(abs((best - k).days) for k in known) <= MAX_DISTANCE_DAYS else None


def with_yearless_dateline(source: Source, text: str, known: list[dt.date]) -> Source:
    """The source dated by its yearless dateline, when one is found and other sources give the year."""
    match = find_yearless_dateline(text)
    if match is None:
        return source
    date = nearest_year_date(MONTHS[match.group("month").lower()], int(match.group("day")), known)
    if date is None:
        return source
    how = f"dateline '{match.group(0).strip()}' (year from the other sources' dates)"
    return source.model_copy(update={"published": date, "published_found_by": how})
