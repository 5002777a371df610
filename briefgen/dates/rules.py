"""The rules behind :func:`briefgen.dates.resolve.resolve`: a table of compiled regexes over a
normalised text (``normalize.normalize``), one small handler each; the first handler that returns a
span wins. Plain expressions first, then composed ones ("late July"), then ranges of two.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import briefgen.dates.calendar as r
from briefgen.dates.composed import RULES as COMPOSED_RULES
from briefgen.dates.holidays import moveable_day

_DAY = dt.timedelta(days=1)
_MAX_DEPTH = 4


class NoAnchor(Exception):
    """Relative wording met with no publication date to resolve it against."""


class ResolveState:
    """The anchor and tense for one call, and whether the anchor was actually used."""

    def __init__(self, anchor: dt.date | None, future: bool, past: bool = False):
        self.anchor, self.future, self.past, self.used, self.depth = anchor, future, past, False, 0

    @property
    def today(self) -> dt.date:
        if self.anchor is None:
            raise NoAnchor
        self.used = True
        return self.anchor


def span_of(s: str, ctx: ResolveState) -> r.Span | None:
    """A plain expression, else a part of one ("late July"), else a range of two."""
    return _apply(_BASE, s, ctx) or _apply(_COMPOSED, s, ctx) or _ranged(s, ctx)


def _base(s: str, ctx: ResolveState) -> r.Span | None:
    return _apply(_BASE, s, ctx)


def _apply(rules, s: str, ctx: ResolveState) -> r.Span | None:
    """The first rule whose pattern fully matches ``s`` and whose handler resolves it."""
    for pattern, handler in rules:
        if m := pattern.fullmatch(s):
            used = ctx.used
            try:
                if span := handler(m, ctx):
                    return span
            except NoAnchor:
                pass
            ctx.used = used
    return None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else r.NUMBERS[word]


def _year_of(s: str, ctx: ResolveState) -> int | None:
    """The year that ``s`` names ("2022", "last year"), else None."""
    span = _base(s, ctx)
    return span.start.year if span and span.gran == "year" else None


# ---- plain expressions -------------------------------------------------------------------------

def _iso(m, ctx):
    return r.day_span(dt.date(int(m["y"]), int(m["m"]), int(m["d"])))


def _slash(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:  # "10/26/89": the century that puts the year nearest the anchor (or this century)
        base = ctx.today.year if ctx.anchor is not None else 2000
        y = min((c + y for c in (1900, 2000, 2100)), key=lambda full: abs(full - base))
    if a > 12 >= b:
        return r.day_span(dt.date(y, b, a))
    if b > 12 >= a or a == b:
        return r.day_span(dt.date(y, a, b))
    return None  # 05/09/2023: day/month order unknowable


def _day_in(month: int, day: int, year: str | None, ctx: ResolveState) -> r.Span:
    if year is None:
        a = ctx.today
        y = r.cyclic_year(month, a.month, a.year, None, ctx.future) if ctx.future or ctx.past \
            else r.nearest_year(month, day, a)
        return r.day_span(dt.date(y, month, day))
    return r.day_span(dt.date(int(year), month, day))


def _month_day(m, ctx):
    return _day_in(r.MONTHS[m["mon"]], int(m["d"]), m["y"], ctx)


def _holiday(m, ctx):
    month, day = r.HOLIDAYS[m["hol"]]
    return _day_in(month, day, m["y"], ctx)


def _moveable_holiday(m, ctx):
    """ "Thanksgiving Day", "last Easter", "Easter 2000" (see ``holidays.moveable_day``)."""
    year = int(m["y"]) if m["y"] else None
    anchor = ctx.today if year is None else dt.date(year, 1, 1)
    return r.day_span(moveable_day(m["hol"], year, anchor, m["rel"], r.FUTURE_ODDS, future=ctx.future, past=ctx.past))


def _relative_day(m, ctx):
    return r.day_span(ctx.today + _DAY * r.REL_DAYS[m["w"]])


def _weekday(m, ctx):
    a, wd = ctx.today, r.WEEKDAYS[m["wd"]]
    if m["wrel"]:  # "Monday next week"
        return r.day_span(r.week_span(a + 7 * _DAY * r.RELATIVE[m["wrel"]]).start + wd * _DAY)
    return r.day_span(r.nearest_weekday(a, wd, m["rel"], ctx.future, ctx.past))


def _weekend(m, ctx):
    return r.nearest_weekend(ctx.today, m["rel"], ctx.future, ctx.past)


def _month(m, ctx):
    mon = r.MONTHS[m["mon"]]
    if m["rest"]:
        year = None if m["rel"] else _year_of(m["rest"], ctx)
        return r.month_span(year, mon) if year else None
    a = ctx.today
    if m["rel"] is None and not ctx.future and not ctx.past:  # "elections in May", written in March: this May
        return r.month_span(r.nearest_year(mon, 15, a), mon)
    return r.month_span(r.cyclic_year(mon, a.month, a.year, m["rel"], ctx.future), mon)


def _relative_unit(m, ctx):
    a, k, unit = ctx.today, r.RELATIVE.get(m["rel"] or "this"), m["unit"]
    if unit == "week":
        return r.week_span(a + 7 * k * _DAY)
    if unit == "month":
        return r.month_span(*r.add_months(a.year, a.month, k))
    if unit == "quarter":
        if m["rel"] in (None, "year-ago"):  # "the quarter" of a results report is the last one completed;
            k = -1 if m["rel"] is None else -5  # "the year-ago quarter" is that one a year before
        y, q = divmod(a.year * 4 + (a.month - 1) // 3 + k, 4)
        return r.quarter_span(y, q + 1)
    return r.year_span(a.year + k)


def _year(m, ctx):
    return r.year_span(int(m["y"])) if 1000 <= int(m["y"]) <= 2999 else None


def _decade(m, ctx):
    d = int(m["d"])
    return r.decade_span(d if d >= 100 else (2000 if d < 30 else 1900) + d)


def _season(m, ctx):
    first = r.SEASONS[m["season"]]
    if m["rest"]:
        year = None if m["rel"] else _year_of(m["rest"], ctx)
        return r.season_span(year, first) if year else None
    return r.nearest_season(ctx.today, first, m["rel"], ctx.future)


def _ordinal_period(m, ctx):
    quarter = (m["unit"] or m["qh"]) in ("quarter", "q")
    count, make = (4, r.quarter_span) if quarter else (2, r.half_span)
    n = r.ORDINALS[m["ord"]] if m["ord"] else int(m["n"])
    n = count if n == -1 else n
    if n > count:
        return None
    if m["rest"]:
        decade = None if quarter else _base(m["rest"], ctx)
        if decade and decade.gran == "decade":  # the second half of the 1980s: 1985-1989
            first = decade.start.year + 5 * (n - 1)
            return r.Span(dt.date(first, 1, 1), dt.date(first + 4, 12, 31), "range")
        year = _year_of(m["rest"], ctx)
        return make(year, n) if year else None
    a = ctx.today
    current = (a.month - 1) // (12 // count) + 1
    return make(r.cyclic_year(n, current, a.year, None, ctx.future), n)


def _ago(m, ctx):
    n, unit = _count(m["n"]), m["unit"]
    if n is None:
        return None  # "a few years ago": which year is a guess
    day = r.shift(ctx.today, -n, unit)
    if unit == "day":
        return r.day_span(day)
    if unit == "week":
        return r.week_span(day)
    return r.month_span(day.year, day.month) if unit == "month" else r.year_span(day.year)


def _window(sign: int) -> Callable:
    """"the past two weeks" (sign -1) or "the coming months" (sign +1): a range from the anchor."""
    def handler(m, ctx):
        unit = m["unit"]
        if not (m["n"] or m["pl"] or m["w"] in ("past", "this past", "coming", "upcoming")):
            return None  # "the previous day", "the next day": relative to an event, not the anchor
        n = _count(m["n"]) if m["n"] else (None if m["pl"] else 1)
        other = r.shift(ctx.today, sign * (n or r.VAGUE_COUNTS[unit]), unit)
        return r.Span(min(ctx.anchor, other), max(ctx.anchor, other), "range")
    return handler


# ---- ranges and lists --------------------------------------------------------------------------

_RANGES = [(re.compile(r"between (?P<a>.+?) and (?P<b>.+)"), False),
           (re.compile(r"(?P<a>.+?)(?:-| to | until | till | through | thru )(?P<b>.+)"), False),
           (re.compile(r"(?P<a>.+?) and (?P<b>.+)"), True)]


def _ranged(s: str, ctx: ResolveState) -> r.Span | None:
    if ctx.depth >= _MAX_DEPTH:
        return None
    ctx.depth += 1
    try:
        for pattern, adjacent_only in _RANGES:
            if not (m := pattern.fullmatch(s)):
                continue
            a_text, b_text, used = m["a"], m["b"], ctx.used
            year = re.search(r" (\d{4})$", b_text)
            first = None
            if year and not re.search(r"\d{4}", a_text):  # "March to May 2022"
                first = span_of(f"{a_text} {year[1]}", ctx)
            first = first or span_of(a_text, ctx)
            second = span_of(b_text, ctx) or r.complete_from(b_text, first)
            first = first or r.complete_from(a_text, second)
            adjacent = first and second and first.end + _DAY == second.start
            if first and second and first.start <= second.end and (adjacent or not adjacent_only):
                return r.Span(first.start, second.end, "range")
            ctx.used = used
        return None
    finally:
        ctx.depth -= 1


# ---- the tables ---------------------------------------------------------------------------------

def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


_REL = r"(?:(?P<rel>this past|this coming|last|past|previous|next|coming|this) )?"
_BASE: list[tuple[re.Pattern, Callable]] = [
    (_rx(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"), _iso),
    (_rx(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"), _slash),
    (_rx(rf"(?:(?:{r.WD}) )?(?P<mon>{r.MON}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: (?P<y>\d{{4}}))?(?: (?:{r.WD}))?"),
     _month_day),
    (_rx(rf"(?:(?:{r.WD}) )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<mon>{r.MON})(?: (?P<y>\d{{4}}))?(?: (?:{r.WD}))?"),
     _month_day),
    (_rx(rf"(?P<hol>{r.HOL})(?: (?P<y>\d{{4}}))?"), _holiday),
    (_rx(rf"{_REL}(?P<hol>{r.MOVEABLE})(?: (?P<y>\d{{4}}))?"), _moveable_holiday),
    (_rx(rf"(?:earlier |later )?(?P<w>{r.alt(r.REL_DAYS)})"), _relative_day),
    (_rx(rf"{_REL}(?P<wd>{r.WD})(?: (?P<wrel>this|last|next|previous) week)?"), _weekday),
    (_rx(rf"{_REL}weekend"), _weekend),
    (_rx(rf"{_REL}(?P<mon>{r.MON})(?: (?P<rest>.+))?"), _month),
    (_rx(rf"(?:(?P<rel>{r.alt(r.RELATIVE)}) )?(?P<unit>week|month|quarter|year)"), _relative_unit),
    (_rx(r"(?P<rel>year-ago) (?P<unit>quarter)"), _relative_unit),
    (_rx(r"(?:year )?(?P<y>\d{4})"), _year),
    (_rx(r"'?(?P<d>\d0|\d{3}0)s"), _decade),
    (_rx(rf"{_REL}(?P<season>{r.SEASON})(?: (?P<rest>.+))?"), _season),
    (_rx(rf"(?P<ord>{r.ORD}) (?P<unit>quarter|half)(?: (?P<rest>.+))?(?P<qh>)(?P<n>)"), _ordinal_period),
    (_rx(rf"(?P<rest>.+) (?P<ord>{r.ORD}) (?P<unit>quarter|half)(?P<qh>)(?P<n>)"), _ordinal_period),  # this year's third quarter
    (_rx(r"(?P<qh>q|h)(?P<n>[1-4])(?: (?P<rest>.+))?(?P<ord>)(?P<unit>)"), _ordinal_period),
    (_rx(rf"(?P<n>{r.NUM}) (?P<unit>day|week|month|year|decade)s? ago"), _ago),
    (_rx(rf"(?P<w>this past|past|last|recent|previous)(?: (?P<n>{r.NUM}))? (?P<unit>day|week|month|year|decade)"
         r"(?P<pl>s)?"), _window(-1)),
    (_rx(rf"(?P<w>coming|next|upcoming)(?: (?P<n>{r.NUM}))? (?P<unit>day|week|month|year|decade)(?P<pl>s)?"),
     _window(+1)),
]
_COMPOSED: list[tuple[re.Pattern, Callable]] = [
    (pattern, functools.partial(handler, base=_base)) for pattern, handler in COMPOSED_RULES]
