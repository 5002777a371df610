"""Resolve one temporal expression from news text into a :class:`~briefgen.model.Date` interval.

``resolve(text, anchor, future=False)`` takes what spaCy tags as a DATE entity ("last month",
"late July", "Wednesday (August 30)") and the citing article's publication date. Rules are a table of
compiled regexes over a normalised text (:mod:`.rules`), one small handler each; the first handler
that returns a span wins. Choices, for wording that news uses ambiguously:

* A bare weekday is the nearest such day on or before the anchor (after it when ``future``); a bare
  weekday equal to the anchor's is the anchor day itself, in both tenses (news style: "on Tuesday" in
  a Tuesday story means today). "last Friday" is strictly before, "next Monday" strictly after.
* A month or a day without a year ("December", "Nov. 6", "Christmas") is the one nearest the
  anchor, a tie going to the past (the earliest one not before it when ``future``): news names
  dates close to the day it is written. A quarter, half or season without a year is the latest one
  not after the anchor's (the earliest not before it when ``future``); "the quarter" alone (a
  results report's) is the last one completed. "last March" / "next March" are strictly
  before/after the anchor's month. A two-digit year ("10/26/89") takes the century nearest the anchor.
* early/mid/late: month -> days 1-10/11-20/21-end; year -> Jan-Apr/May-Aug/Sep-Dec ("mid-2022");
  decade -> years 0-3/4-6/7-9; season, quarter, half -> thirds by month; week -> Mon-Tue/Wed-Thu/
  Fri-Sun. "the beginning/end of" is the first/last month of a year/season/quarter/half ("the end of
  2022" = December 2022) and the early/late part of a month, week or decade. All are "range".
* "earlier/later this month|year|week" keep the whole period and its granularity.
* Seasons are meteorological, northern hemisphere; "winter 2022" = Dec 2022 - Feb 2023.
* "the past two weeks", "recent weeks", "the coming months" are ranges ending/starting at the anchor;
  a vague count (recent, few, several) reaches 7 days, 4 weeks, 6 months, 5 years.
* "the previous/prior/following week|month|year" are taken from the anchor like last/next.
* Ranges ("between 2018 and 2020", "Aug. 28-30", "March to May 2022") give their span; a list joined
  by "and" ("2018 and 2019", "July and August") gives its span only when the parts are adjacent,
  else None (the span would claim the years between).

Returns None (never raises) for: durations ("10 days", "for two weeks"), ages, times of day alone,
bounds ("before 2019", "more than a year ago"), event-relative wording ("the next day", "a year
earlier", "that day"), vague "a few years ago", bare day ordinals ("the 5th"), ambiguous numeric
dates (05/09/2023), fiscal years, centuries, moveable holidays, and anything relative when ``anchor``
is None.
"""
from __future__ import annotations

import datetime as dt

from briefgen.dates.normalize import BOUND, normalize
from briefgen.dates.rules import NoAnchor, ResolveState, span_of
from briefgen.model.date import Date


def resolve(text: str, anchor: dt.date | None, *, future: bool = False, past: bool = False) -> Date | None:
    """Resolve one temporal expression (``text``, e.g. "late July") against ``anchor``, the citing
    article's publication date; ``future`` says the clause is about the future ("will meet on
    Monday"), ``past`` that it tells what happened ("eased sanctions in October": the October
    before, not the nearest one). Returns the interval with its granularity, ``Date.text`` = ``text`` and
    ``Date.anchor`` = "published YYYY-MM-DD" when the anchor was needed; None when the text is not a
    date or cannot be resolved without guessing. Never raises."""
    if not isinstance(text, str) or len(text) > 120:
        return None
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    ctx = ResolveState(anchor if isinstance(anchor, dt.date) else None, bool(future), bool(past) and not future)
    try:
        s = normalize(text)
        span = None if not s or BOUND.match(s) else span_of(s, ctx)
        if span is None or span.start > span.end:
            return None
        used = f"published {ctx.anchor.isoformat()}" if ctx.used and ctx.anchor else None
        return Date(start=span.start, end=span.end, granularity=span.gran, text=text.strip(), anchor=used)
    except (NoAnchor, ValueError, OverflowError, KeyError, IndexError, RecursionError):
        return None
