"""The moment an article's relative dates are told from: its stated date, else an estimate the text
itself fixes, else none — a relative date in an undated text is never resolved against a guess. An
estimated window of days (:mod:`.cross_dating`) resolves only what every day of it agrees on."""
from __future__ import annotations

import datetime as dt
import re

from briefgen.dates.calendar import MONTHS, WD
from briefgen.dates.parse import DAY_PATTERN, MONTH_NAMES, MONTH_PATTERN
from briefgen.dates.resolve import resolve
from briefgen.model.date import Date

#: A window longer than this is sampled weekly (and at its ends) rather than day by day.
DAILY_WINDOW = 62
YEARLESS_DAY = re.compile(rf"^(?:on\s+)?(?:{MONTH_PATTERN}\s+{DAY_PATTERN}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES}))$",
                          re.IGNORECASE)

#: A bare weekday ("Sunday", "on Sunday"): in a window, the day after its last day is no reading.
BARE_WEEKDAY = re.compile(rf"^(?:on\s+)?(?:{WD})$", re.IGNORECASE)

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
    estimate, end = source.published_estimate, source.published_estimate_end
    if estimate and (end == estimate or end is None and names_day(document.text, estimate)):
        return estimate, f"{source.id} estimated {estimate.isoformat()}"  # (a window of one day, or a day it names)
    return None, None


def names_day(text: str, day: dt.date) -> bool:
    """The text names ``day`` by month and day ('Tuesday, September 5', 'on 5 September')."""
    for match in MONTH_DAY.finditer(text):
        month = (match.group("month") or match.group("month2") or "").lower().rstrip(".")
        number = match.group("day") or match.group("day2")
        if MONTHS.get(month) == day.month and number and int(number) == day.day:
            return True
    return False


def window_of(document) -> tuple[dt.date, dt.date] | None:
    """The estimated window of days an undated source was written in, when it spans more than a day."""
    source = document.source
    start, end = source.published_estimate, source.published_estimate_end
    if source.published or start is None or end is None or start == end:
        return None
    return start, end


def resolve_told(text: str, document, *, future: bool = False, past: bool = False) -> Date | None:
    """``text`` resolved against the source's anchor (:func:`anchor_of`); else, in an estimated
    window, the date every day of the window gives ("October last year" in a source of 2004), or a day
    without a year told to come, in a window of one year, taken in that year ("are due to auction off
    Yuganskneftegas on 19 December"); else only what needs no anchor."""
    anchor, label = anchor_of(document)
    if anchor is not None:
        found = resolve(text, anchor, future=future, past=past)
        return found.model_copy(update={"anchor": label}) if found is not None and found.anchor else found
    window = window_of(document)
    if window is None:
        return resolve(text, None, future=future, past=past)  # only what needs no anchor ("in January 2023")
    start, end = window
    label = f"{document.source.id} estimated {window_label(start, end)}"
    step = 1 if (end - start).days <= DAILY_WINDOW else 7
    days = [start + dt.timedelta(days=n) for n in range(0, (end - start).days + 1, step)] + [end]
    past = past or (not future and bool(BARE_WEEKDAY.match(text.strip())))  # ("tomorrow" has no day
    # in a window: "an auction on Sunday", told in a Monday-Saturday window, is the Sunday before it)
    found = [resolve(text, day, future=future, past=past) for day in days]
    if None not in found and len({(d.start, d.end, d.granularity) for d in found}) == 1:
        date = found[0]
        return date.model_copy(update={"anchor": label}) if date.anchor else date
    if future and is_whole_year(start, end) and YEARLESS_DAY.match(" ".join(text.split())):
        date = resolve(text, start, future=True)
        if date is not None and date.start.year == start.year:
            return date.model_copy(update={"anchor": label})
    return None


def window_label(start: dt.date, end: dt.date) -> str:
    """A window as a reader says it: 2004, 2004-12-19, 2004-12-20/2004-12-25."""
    if start == end:
        return start.isoformat()
    if is_whole_year(start, end):
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"


def is_whole_year(start: dt.date, end: dt.date) -> bool:
    """The window is one calendar year: what a year told from another source fixes."""
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
