"""Holidays the resolver knows: fixed ones (month, day) and moveable ones (a function of the year),
and the choice of which year's day a bare name means."""
from __future__ import annotations

import calendar
import datetime as dt

from dateutil.easter import easter

#: Fixed-date holidays (after normalisation: "New Year's Eve" -> "new year eve").
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "new year eve": (12, 31), "new year day": (1, 1), "halloween": (10, 31),
            "valentine day": (2, 14), "year end": (12, 31), "year-end": (12, 31)}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n`` = -1 for the last one."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n if n < 0 else n - 1]


#: Holidays whose day moves: name -> the day in a given year (US Thanksgiving, Easter and its days).
MOVEABLE_HOLIDAYS = {
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter sunday": easter, "easter day": easter, "easter": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2), "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    # US Election Day: the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}


def moveable_day(name: str, year: int | None, anchor: dt.date, rel: str | None, ahead_odds: int,
                 *, future: bool = False, past: bool = False) -> dt.date:
    """The day of moveable holiday ``name``: in ``year`` if given, else the one before (``rel``
    last/past/previous or ``past``) or after (next/coming or ``future``) the anchor, else the
    nearest, the one ahead only when it is ``ahead_odds`` times nearer than the one behind."""
    day_in = MOVEABLE_HOLIDAYS[name]
    if year is not None:
        return day_in(year)
    if rel == "this":
        return day_in(anchor.year)
    days = [day_in(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    behind, ahead = max(d for d in days if d <= anchor), min(d for d in days if d > anchor)
    if rel in ("last", "past", "this past", "previous") or (rel is None and past):
        return behind
    if rel in ("next", "coming", "this coming") or (rel is None and future):
        return ahead
    return ahead if ahead_odds * (ahead - anchor).days < (anchor - behind).days else behind
