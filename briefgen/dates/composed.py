"""Composed expressions: a period built on another one that ``rules.py`` resolves first.

"late July" (a part of a period), "the second week of March" (a week of it), "the week of
Aug. 28" and "Easter week", and offsets from a date ("a week from Sunday", "the day before Christmas", "two days
after the election of 3 March"). Each handler gets the regex match, the resolve state and ``base``,
the plain-expression resolver of ``rules.py`` (passed in, so this module needs nothing of it).
"""
from __future__ import annotations

import datetime as dt
import re

import briefgen.dates.calendar as r

_DAY = dt.timedelta(days=1)


def part(m, ctx, base):
    span = base(m["rest"], ctx)
    if span is None or m["part"] in ("earlier", "later") or span.gran == "day":
        return span
    return r.part_of(span, m["part"])


def nth_week(m, ctx, base):
    span, n = base(m["rest"], ctx), r.ORDINALS[m["ord"]]
    if span is None or span.gran in ("day", "week", "range"):
        return None
    start = span.end - 6 * _DAY if n == -1 else span.start + 7 * (n - 1) * _DAY
    return r.Span(start, start + 6 * _DAY, "range") if start + 6 * _DAY <= span.end else None


def week_of(m, ctx, base):
    span = base(m["rest"], ctx)
    return r.week_span(span.start) if span and span.gran == "day" else None


def offset(m, ctx, base):
    """ "a week from Sunday" (the Sunday ahead, then seven days on), "two days before Christmas":
    the day that far from a day. "the week before Christmas" (no count) is the seven days before
    it, a range. A vague count ("weeks before the vote") or a base coarser than a day gives None."""
    tense = ctx.future, ctx.past
    if m["dir"] == "from":  # "a week from Sunday" speaks of the coming Sunday
        ctx.future, ctx.past = True, False
    try:
        span = base(m["rest"], ctx)
    finally:
        ctx.future, ctx.past = tense
    n = int(m["n"]) if m["n"] and m["n"].isdigit() else r.NUMBERS.get(m["n"] or "a")
    if span is None or span.gran != "day" or n is None or (m["pl"] and not m["n"]):
        return None
    sign = 1 if m["dir"] != "before" else -1
    moved = r.shift(span.start, sign * n, m["unit"])
    if m["n"] or m["unit"] == "day":
        return r.day_span(moved)
    near = span.start + sign * _DAY  # "the week after the vote": the days up to a week on
    return r.Span(min(near, moved), max(near, moved), "range")


RULES = [
    (re.compile(r"(?P<part>early|earlier|mid|middle|late|later|beginning|start|end|close) (?P<rest>.+)"), part),
    (re.compile(r"(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|last|final) week (?P<rest>.+)"), nth_week),
    (re.compile(r"week (?P<rest>.+)"), week_of),
    (re.compile(r"(?P<rest>.+) week"), week_of),  # Easter week, Christmas week
    (re.compile(rf"(?:(?P<n>{r.NUM}) )?(?P<unit>day|week|month|year)(?P<pl>s)? (?P<dir>before|after|from) (?P<rest>.+)"),
     offset),
]
