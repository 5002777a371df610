"""The publication date a source's own text states, and nothing else.

``published`` must be a date the article states (front matter, a ``date …`` prefix, a date line,
a wire or ISO time stamp, or a byline in the header; a full date named with its own weekday between
page furniture). Dates from the story body are events, not the publication date, so
they are never used — with one exception: a weekday dateline without a year ("Tuesday, September 5")
or a wire dateline ("TOKYO, March 13 -", "March 20 (Bloomberg) --") names the day of writing; its
year comes from a full date above it in the header or from the dates the other sources state
(:mod:`.datelines`). Without such dates it stays unresolved: no wall clock.
"""
from __future__ import annotations

import datetime as dt
import re

from briefgen.dates.calendar import WEEKDAYS
from briefgen.dates.datelines import find_weekday_dates, resolve_weekday_date, with_yearless_dateline
from briefgen.dates.parse import (
    DATE_PATTERNS,
    WEEKDAY_NAMES,
    find_dates,
    parse_date,
    safe_date,
    strip_date_words,
)
from briefgen.ingest.header import BYLINE, DATE_PREFIX, FRONT_MATTER, header_lines
from briefgen.model.source import Source

MAX_DATE_LINE = 200


MAX_ISO_LINE_WORDS = 4






FRONT_MATTER_DATE = re.compile(
    r"^(?P<key>date|published|pubdate|published_at|date_published)[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{WEEKDAY_NAMES})\.?,?\s*$", re.IGNORECASE)
TIME_AFTER = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?\b",
                        re.IGNORECASE)
UPDATE_KEYS = {"last updated", "updated", "last modified", "modified"}
# Words that put a date inside a sentence ("On Friday, December 3, 2004, police…"), not on a page.
LEAD_INS = {"on", "since", "until", "till", "by", "from", "before", "after", "between", "through", "to",
            "of", "at", "in", "for", "and", "or", "than", "as", "that", "last", "next", "this", "each", "every"}


def find_published(text: str) -> tuple[dt.date | None, str | None]:
    """The publication date stated in the header area of ``text`` and how it was found.

    Looks only at front matter and the first few short lines, so a date in the story body (an
    event) is never taken for the publication date.
    """
    front = FRONT_MATTER.match(text)
    if front:
        found = _front_matter_date(front.group("body"))
        if found:
            return found
        text = text[front.end():]
    prefix = DATE_PREFIX.match(text)
    if prefix:
        date = safe_date(*map(int, prefix.group("iso").split("-")))
        if date:
            return date, f"'date {prefix.group('iso')}' prefix"
    return _header_line_date(header_lines(text))


def _front_matter_date(body: str) -> tuple[dt.date, str] | None:
    for match in FRONT_MATTER_DATE.finditer(body):
        parsed = parse_date(match.group("value"))
        if parsed:
            return parsed[0], f"front matter '{match.group('key')}'"
    return None


def _header_line_date(lines: list[str]) -> tuple[dt.date | None, str | None]:
    """Best date among header lines: a date line or 'Published' byline, then 'Updated', then ISO.

    A short line of '|'-separated parts that date more than one thing ('PUBLISHED: 16:38 EST,
    9 November 2013 | UPDATED: 08:12 EST, 10 November 2013') is read part by part.
    """
    ranked: list[tuple[int, int, int, dt.date, str]] = []
    for index, line in enumerate(lines):
        for part, segment in enumerate(_segments(line)):
            found = _segment_date(segment)
            if found:
                ranked.append((found[0], index, part, found[1], found[2]))
    if not ranked:
        return None, None
    *_, date, how = min(ranked, key=lambda r: r[:3])
    return date, how


def _segments(line: str) -> list[str]:
    parts = [part.strip() for part in line.split("|")] if len(line) <= MAX_DATE_LINE else []
    if sum(1 for part in parts if parse_date(part)) > 1:
        return [part for part in parts if part]
    return [line]


def _segment_date(line: str) -> tuple[int, dt.date, str] | None:
    """(rank, date, how) of one header line or part of one; lower ranks are better evidence."""
    parsed = parse_date(line[:MAX_DATE_LINE])
    if not parsed:
        return None
    date, wording = parsed
    short = len(line) <= MAX_DATE_LINE
    rest = strip_date_words(line.replace(wording, " ", 1)) if short else ""
    if short and not rest:
        return 0, date, f"date line '{line}'"
    if _opens_line(line, wording):
        return 1, date, f"date opening the line '{wording}'"
    byline = BYLINE.match(rest) if short else None
    if byline:
        return (1 if byline.group("key").lower() in UPDATE_KEYS else 0), date, f"byline '{line}'"
    if short and DATE_PATTERNS[0].search(wording) and len(rest.split()) <= MAX_ISO_LINE_WORDS:
        return 2, date, "ISO date in header"
    stamp = _dated_with_its_weekday(line[:MAX_DATE_LINE])
    if stamp:
        return 1, stamp[0], f"dated header '{stamp[1]}'"
    return None


def _dated_with_its_weekday(head: str) -> tuple[dt.date, str] | None:
    """'Paul Roberts, IDG News Service Friday, December 03, 2004 Lycos Europe is…': a full date
    named with its own weekday, standing between page furniture the way papers date a page.

    Refused inside a sentence: after a lower-case word or a preposition ('said on Friday, …',
    'On Friday, …'), before a lower-case continuation, or with a weekday that is not the date's.
    """
    for date, wording, start in find_dates(head):
        match = WEEKDAY_BEFORE.search(head[:start])
        if not match or WEEKDAYS[match.group("weekday").lower()] != date.weekday():
            continue
        before = head[:match.start()].split()
        if before and (before[-1][0].islower() or before[-1].lower().strip(",;:") in LEAD_INS):
            continue
        if re.match(r"\s*,?\s*[a-z]", head[start + len(wording):]):
            continue
        return date, head[match.start():start + len(wording)].strip()
    return None


def _opens_line(line: str, wording: str) -> bool:
    """'September 5, 2023 / 8:00 AM / Updated…', 'September 5, 2023 — Officials said…', or a
    timestamp opening the line ('26.11.2004 16:43 << Previous | Next >> …')."""
    start = line.find(wording)
    if start < 0 or line[:start].strip(" ([") != "":
        return False
    after = line[start + len(wording):].lstrip()
    if TIME_AFTER.match(after):
        return True
    return bool(after) and after[0] in "/|—–-·"


def date_sources(pairs: list[tuple[Source, str]]) -> tuple[list[Source], list[str]]:
    """Fill ``published``/``published_found_by`` of every source; warn about undated ones.

    Two passes: dates stated in headers first, then weekday datelines resolved against those.
    A source with several different weekday dates is left undated: which one is the dateline is
    unknowable.
    """
    dated = [_with_header_date(source, text) for source, text in pairs]
    known = sorted({s.published for s in dated if s.published})
    result, warnings = [], []
    for source, (_, text) in zip(dated, pairs):
        if source.published is not None:
            source = _dateline_day(source, text)
        if source.published is None:
            source = _with_weekday_date(source, text, known)
        if source.published is None:
            source = with_yearless_dateline(source, text, known)
        if source.published is None:
            warnings.append(
                f"{source.id} ({source.path}): no publication date in the text; "
                "relative dates in it are resolved only against an estimate, if one can be made"
            )
        result.append(source)
    return result, warnings


def _with_header_date(source: Source, text: str) -> Source:
    """The date the text's header states; a date the file's metadata states (HTML, JSON, e-mail)
    is kept when the text states none."""
    date, how = find_published(text)
    if date is None and source.published is not None:
        return source
    return source.model_copy(update={"published": date, "published_found_by": how})


def _with_weekday_date(source: Source, text: str, known: list[dt.date]) -> Source:
    candidates = find_weekday_dates(text)
    if len(candidates) != 1:
        return source
    date = resolve_weekday_date(candidates[0], known)
    if date is None:
        return source
    how = f"weekday dateline '{candidates[0].text}' (year from the other sources' dates)"
    return source.model_copy(update={"published": date, "published_found_by": how})


def _dateline_day(source: Source, text: str) -> Source:
    """The day its wire dateline names, when that is the day before or after the header's date: the header
    is stamped in another time zone ("2-MAR-1987 23:35:49.00", US time, above "LONDON, March 3 - The failure
    of …", Reuters-21578 NEWID 875), and "yesterday" and "today" in the text are the dateline's."""
    local = with_yearless_dateline(source.model_copy(update={"published": None}), text, [source.published])
    if local.published is None or abs((local.published - source.published).days) != 1:
        return source
    return local.model_copy(update={"published_found_by": f"{local.published_found_by}, not the header's "
                                                          f"{source.published.isoformat()} (another time zone)"})
