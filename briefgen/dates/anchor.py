"""The moment an article's relative dates are told from: its stated date, else an estimate the text
itself fixes, else none — a relative date in an undated text is never resolved against a guess."""
from __future__ import annotations

import datetime as dt
import re

from briefgen.dates.calendar import MONTHS
from briefgen.dates.parse import DAY_PATTERN, MONTH_NAMES, MONTH_PATTERN

# 'September 5', 'Sept. 5', '5 September'
MONTH_DAY = re.compile(rf"\b{MONTH_PATTERN}\s+{DAY_PATTERN}\b|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAMES})\b",
                       re.IGNORECASE)


def anchor_of(document) -> tuple[dt.date | None, str | None]:
    """The date relative wording in a parsed source is resolved against, and how to say so: its
    publication date; else its labelled estimate when the text names that very day (so "on Tuesday"
    cannot land on a wrong week); else none (no wall clock)."""
    source = document.source
    if source.published:
        return source.published, f"{source.id} published {source.published.isoformat()}"
    if source.published_estimate and names_day(document.text, source.published_estimate):
        return source.published_estimate, f"{source.id} estimated {source.published_estimate.isoformat()}"
    return None, None


def names_day(text: str, day: dt.date) -> bool:
    """The text names ``day`` by month and day ('Tuesday, September 5', 'on 5 September')."""
    for match in MONTH_DAY.finditer(text):
        month = (match.group("month") or match.group("month2") or "").lower().rstrip(".")
        number = match.group("day") or match.group("day2")
        if MONTHS.get(month) == day.month and number and int(number) == day.day:
            return True
    return False
