"""Lexicons, text normalisation and calendar arithmetic behind :mod:`briefgen.dates.resolve`.

Everything here is data or a pure function over dates; the resolution rules themselves live in
``rules.py``, the text normalisation they match against in ``normalize.py``. Extend a lexicon (months, weekdays, number words…) here, holidays in ``holidays.py``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from briefgen.dates.holidays import HOLIDAYS, MOVEABLE_HOLIDAYS


class Span(NamedTuple):
    """A resolved interval (both ends inclusive) and its granularity."""

    start: dt.date
    end: dt.date
    gran: str


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
#: Number words; ``None`` marks a vague count ("a few"), resolved with VAGUE_COUNTS.
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "a couple": 2, "couple": 2, "a few": None, "few": None, "several": None,
}
#: How far "recent weeks", "the coming months", "the past few days" reach: (count, unit).
VAGUE_COUNTS = {"day": 7, "week": 4, "month": 6, "year": 5, "decade": 2}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "last": -1, "final": -1, "latter": -1}
#: Season -> first month (meteorological, northern hemisphere). Winter YYYY = Dec YYYY - Feb YYYY+1.
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: this/last/next words for weeks, months, quarters, years and their offset.
RELATIVE = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "preceding": -1,
            "next": 1, "following": 1}
#: Time-zone words after a time of day ("10 p.m. EST", "1400 MDT"): no part of a date.
TIME_ZONES = ("gmt", "utc", "edt", "est", "edst", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "eet")
PAST_WORDS, NEXT_WORDS = ("last", "past", "this past", "previous"), ("next", "coming", "this coming")


def alt(words) -> str:
    """A regex alternation of ``words``, longest first so 'sept' beats 'sep'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MON, WD, NUM, SEASON, HOL = alt(MONTHS), alt(WEEKDAYS), alt(NUMBERS) + r"|\d+", alt(SEASONS), alt(HOLIDAYS)
MOVEABLE, ORD = alt(MOVEABLE_HOLIDAYS), alt(ORDINALS)


def month_end(year: int, month: int) -> dt.date:
    """The last day of the month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after (or before, n < 0) the given month."""
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def shift(day: dt.date, n: int, unit: str) -> dt.date:
    """``day`` moved by ``n`` units (day, week, month, year, decade), clamping to the month's end."""
    if unit in ("day", "week"):
        return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = add_months(day.year, day.month, months)
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def day_span(day: dt.date) -> Span:
    return Span(day, day, "day")


def week_span(day: dt.date) -> Span:
    """The Monday-to-Sunday week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return Span(monday, monday + dt.timedelta(days=6), "week")


def months_span(year: int, month: int, n: int, gran: str) -> Span:
    """``n`` whole months starting at year-month."""
    y, m = add_months(year, month, n - 1)
    return Span(dt.date(year, month, 1), month_end(y, m), gran)


def month_span(year: int, month: int) -> Span:
    return months_span(year, month, 1, "month")


def year_span(year: int) -> Span:
    return months_span(year, 1, 12, "year")


def quarter_span(year: int, q: int) -> Span:
    return months_span(year, 3 * q - 2, 3, "quarter")


def half_span(year: int, h: int) -> Span:
    return months_span(year, 6 * h - 5, 6, "half")


def season_span(year: int, first_month: int) -> Span:
    return months_span(year, first_month, 3, "season")


def decade_span(first_year: int) -> Span:
    return Span(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


#: How much nearer a date ahead must be than the one behind to be meant: news tells what happened
#: more often than what is to come ("March" in a November text is usually the March before).
FUTURE_ODDS = 2


def nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts a month (and day) without a year nearest the anchor ("Nov. 6" in a text
    of 30 October 1989 is 6 November 1989, "December" in March the December before), the one
    ahead only when it is less than half as far as the one behind ("March" in November: the
    March before). News names dates close to the day it is written, mostly past ones."""
    def offset(year: int) -> int:
        return (dt.date(year, month, min(day, month_end(year, month).day)) - anchor).days
    behind = anchor.year if offset(anchor.year) <= 0 else anchor.year - 1
    ahead = anchor.year if offset(anchor.year) > 0 else anchor.year + 1
    return ahead if FUTURE_ODDS * offset(ahead) < -offset(behind) else behind


def cyclic_year(index: int, current: int, year: int, rel: str | None, future: bool) -> int:
    """The year of a yearly-recurring period (a month, quarter…) numbered ``index``, seen from a
    date whose period is ``current`` in ``year``. ``rel`` is last/next/this or None (bare)."""
    if rel in PAST_WORDS:
        return year if index < current else year - 1
    if rel in NEXT_WORDS:
        return year if index > current else year + 1
    if rel == "this":
        return year
    if future:
        return year if index >= current else year + 1
    return year if index <= current else year - 1


#: Day words and their offset from the anchor.
REL_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "day before yesterday": -2, "tomorrow": 1,
            "day after tomorrow": 2}
_ONE = dt.timedelta(days=1)


def nearest_weekday(anchor: dt.date, weekday: int, rel: str | None, future: bool, past: bool = False) -> dt.date:
    """The weekday (0 = Monday) meant from ``anchor``: last/next strictly before/after; "this" in its
    week; bare on or before (after when ``future``); the anchor itself when it is that weekday; the
    day after the anchor when the tense says nothing ("the vote is Tuesday" in a Monday story: news
    names tomorrow by its weekday far more often than the day six days back; in TempEval-3, 11 to 2)."""
    back, ahead = (anchor.weekday() - weekday) % 7, (weekday - anchor.weekday()) % 7
    if rel is None and ahead == 1 and not past:
        return anchor + _ONE
    if rel in PAST_WORDS:
        return anchor - (back or 7) * _ONE
    if rel in NEXT_WORDS:
        return anchor + (ahead or 7) * _ONE
    if rel == "this" and not future:  # "effective this Friday", told on a Tuesday: the Friday of this week
        return anchor + (weekday - anchor.weekday()) * _ONE
    return anchor + ahead * _ONE if future else anchor - back * _ONE


def nearest_weekend(anchor: dt.date, rel: str | None, future: bool, past: bool = False) -> Span:
    """Saturday-Sunday: the current one on a weekend; else the last one, or the coming one when
    ``future``, "next" or "this" (but "OPEC agreed this weekend", told in the past on a weekday, is the
    one just over); "last weekend" on a weekend is the one before."""
    saturday = anchor - ((anchor.weekday() - 5) % 7) * _ONE  # latest Saturday on or before
    in_weekend = anchor.weekday() >= 5
    if rel in PAST_WORDS:
        saturday -= 7 * _ONE if in_weekend else 0 * _ONE
    elif rel in NEXT_WORDS or (not in_weekend and (future or rel == "this" and not past)):
        saturday += 7 * _ONE
    return Span(saturday, saturday + _ONE, "range")


def nearest_season(anchor: dt.date, first_month: int, rel: str | None, future: bool) -> Span:
    """The season starting in ``first_month`` meant from ``anchor``: "this" is the one of the
    anchor's season year; "last" the latest one over, "next" the first not begun; bare = the latest
    begun (the first not over when ``future``)."""
    this = season_span(anchor.year - (first_month == 12 and anchor.month <= 2), first_month)
    before = season_span(this.start.year - 1, first_month)
    after = season_span(this.start.year + 1, first_month)
    if rel in PAST_WORDS:
        return this if anchor > this.end else before
    if rel in NEXT_WORDS:
        return this if anchor < this.start else after
    if rel == "this":
        return this
    if future:
        return this if anchor <= this.end else after
    return this if anchor >= this.start else before


#: Part words -> which part; thirds (early, mid, late) of periods that are not whole months.
PARTS = {"early": "early", "beginning": "begin", "start": "begin", "mid": "mid", "middle": "mid",
         "late": "late", "end": "end", "close": "end"}
_THIRDS = {"month": ((1, 10), (11, 20), (21, 31)), "week": ((0, 1), (2, 3), (4, 6)),
           "decade": ((0, 3), (4, 6), (7, 9))}


def part_of(span: Span, word: str) -> Span | None:
    """The early/mid/late part, or beginning/end, of a period (see ``dates`` for the table)."""
    which, (s, e, gran) = PARTS[word], span
    if gran in _THIRDS:
        lo, hi = _THIRDS[gran][{"begin": 0, "early": 0, "mid": 1, "end": 2, "late": 2}[which]]
        if gran == "month":
            return Span(s.replace(day=lo), s.replace(day=min(hi, e.day)), "range")
        if gran == "week":
            return Span(s + lo * _ONE, s + hi * _ONE, "range")
        return Span(dt.date(s.year + lo, 1, 1), dt.date(s.year + hi, 12, 31), "range")
    if gran not in ("year", "season", "quarter", "half"):
        return None
    n = (e.year - s.year) * 12 + e.month - s.month + 1
    first, length = {"begin": (0, 1), "end": (n - 1, 1), "early": (0, n // 3),
                     "mid": (n // 3, n // 3), "late": (2 * n // 3, n // 3)}[which]
    return months_span(*add_months(s.year, s.month, first), length, "range")


def complete_from(digits: str, other: Span | None) -> Span | None:
    """A bare number completed from the other end of a range: "Aug. 28-30", "2022-23"."""
    if other is None or not digits.isdigit():
        return None
    if other.gran == "day" and len(digits) <= 2:
        return day_span(other.start.replace(day=int(digits)))
    if other.gran == "year" and len(digits) == 2:
        return year_span(other.start.year // 100 * 100 + int(digits))
    return None
