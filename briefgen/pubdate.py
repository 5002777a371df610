"""The publication date a source's own text states, and nothing else.

``published`` must be a date the article states (front matter, a ``date …`` prefix, a date line or a
byline in the header). Dates from the story body are events, not the publication date, so they are
never used — with one exception: a weekday dateline without a year ("Tuesday, September 5") names
the day of writing in many wire styles; its year is the one in which that weekday falls on that date,
nearest to the dates the other sources state. Without other dates it stays unresolved: no wall clock.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.model.source import Source

HEADER_CHARS = 300
HEADER_LINES = 6
MAX_DATE_LINE = 200
MAX_ISO_LINE_WORDS = 4
WEEKDAY_MAX_DISTANCE_DAYS = 366

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\b\.?"
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY = rf"\b(?:{_WEEKDAY_NAMES})\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

DATE_PATTERNS = [
    re.compile(
        r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    ),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b"),
]
DATE_PREFIX = re.compile(r"\A\s*date\s*:?\s+(?P<iso>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_DATE = re.compile(
    r"^(?P<key>date|published|pubdate|published_at|date_published)[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
BYLINE = re.compile(
    r"^(?P<key>first published|published|posted|last updated|updated|last modified|modified|dated|date|by)\b",
    re.IGNORECASE,
)
UPDATE_KEYS = {"last updated", "updated", "last modified", "modified"}
TIME_OR_WEEKDAY = re.compile(
    rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?|\bat\b|{_WEEKDAY}", re.IGNORECASE
)
ZONE = re.compile(r"\b(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[A-Z]{1,4}T\b")
WEEKDAY_DATELINE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAMES})\.?,?\s+"
    rf"(?:{_MONTH}\s+{_DAY}|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})\b\.?)"
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


def is_header_line(line: str) -> bool:
    """A byline or date line ('Published: Sat 15 Jun 2024 09:12 BST', 'Sep 05, 2023'): page
    furniture that is neither a title nor a sentence of the story."""
    line = line.strip()
    if not line or len(line) > 120:
        return False
    if BYLINE.match(line) and (":" in line[:25] or parse_date(line)):
        return True
    parsed = parse_date(line)
    return bool(parsed) and len(_strip_date_words(line.replace(parsed[1], " ", 1))) < 12


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """The first complete, unambiguous calendar date in ``text`` and its wording, or None.

    Day/month order of all-numeric dates like 05/09/2023 is unknowable, so those are refused unless
    only one reading is a real date.
    """
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _date_from_match(match)
            if date is not None:
                return date, match.group(0)
    return None


def _date_from_match(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups:
        return _unambiguous_numeric(int(groups["a"]), int(groups["b"]), year)
    month = groups["month"]
    month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
    return _safe_date(year, month_number, int(groups["day"]))


def _unambiguous_numeric(first: int, second: int, year: int) -> dt.date | None:
    readings = {d for d in (_safe_date(year, second, first), _safe_date(year, first, second)) if d}
    return readings.pop() if len(readings) == 1 else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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
        date = _safe_date(*map(int, prefix.group("iso").split("-")))
        if date:
            return date, f"'date {prefix.group('iso')}' prefix"
    return _header_line_date(_header_lines(text))


def _front_matter_date(body: str) -> tuple[dt.date, str] | None:
    for match in FRONT_MATTER_DATE.finditer(body):
        parsed = parse_date(match.group("value"))
        if parsed:
            return parsed[0], f"front matter '{match.group('key')}'"
    return None


def _header_lines(text: str) -> list[str]:
    """Non-blank lines that start within the first HEADER_CHARS characters (at most HEADER_LINES)."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        if offset >= HEADER_CHARS or len(lines) >= HEADER_LINES:
            break
        if line.strip():
            lines.append(line.strip())
        offset += len(line)
    return lines


def _header_line_date(lines: list[str]) -> tuple[dt.date | None, str | None]:
    """Best date among header lines: a date line or 'Published' byline, then 'Updated', then ISO."""
    ranked: list[tuple[int, int, dt.date, str]] = []
    for index, line in enumerate(lines):
        parsed = parse_date(line[:MAX_DATE_LINE])
        if not parsed:
            continue
        date, wording = parsed
        if _opens_line(line, wording):
            ranked.append((1, index, date, f"date opening the line '{wording}'"))
            continue
        if len(line) > MAX_DATE_LINE:
            continue
        rest = _strip_date_words(line.replace(wording, " ", 1))
        byline = BYLINE.match(rest)
        if not rest:
            ranked.append((0, index, date, f"date line '{line}'"))
        elif byline:
            rank = 1 if byline.group("key").lower() in UPDATE_KEYS else 0
            ranked.append((rank, index, date, f"byline '{line}'"))
        elif DATE_PATTERNS[0].search(wording) and len(rest.split()) <= MAX_ISO_LINE_WORDS:
            ranked.append((2, index, date, "ISO date in header"))
    if not ranked:
        return None, None
    _, _, date, how = min(ranked, key=lambda r: (r[0], r[1]))
    return date, how


def _opens_line(line: str, wording: str) -> bool:
    """'September 5, 2023 / 8:00 AM / Updated…' or 'September 5, 2023 — Officials said…'."""
    start = line.find(wording)
    if start < 0 or line[:start].strip(" ([") != "":
        return False
    after = line[start + len(wording):].lstrip()
    return bool(after) and after[0] in "/|—–-·"


def _strip_date_words(rest: str) -> str:
    """What is left of a line once times, zones, weekdays and punctuation are removed."""
    rest = ZONE.sub(" ", TIME_OR_WEEKDAY.sub(" ", rest))
    return re.sub(r"[\s,|·•\-–—:()\[\]]+", " ", rest).strip()


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
        d for d in (_safe_date(year, candidate.month, candidate.day) for year in years)
        if d and d.weekday() == candidate.weekday
    ]
    if not matches:
        return None
    best = min(matches, key=lambda d: (_distance(d, known_dates), d))
    return best if _distance(best, known_dates) <= WEEKDAY_MAX_DISTANCE_DAYS else None


def _distance(date: dt.date, known_dates: Iterable[dt.date]) -> int:
    return min(abs((date - known).days) for known in known_dates)


def date_sources(pairs: list[tuple[Source, str]]) -> tuple[list[Source], list[str]]:
    """Fill ``published``/``published_found_by`` of every source; warn about undated ones.

    Two passes: dates stated in headers first, then weekday datelines resolved against those.
    A source with several different weekday dates is left undated: which one is the dateline is
    unknowable.
    """
    from briefgen.datelines import with_yearless_dateline  # it builds on this module's month table

    dated = [_with_header_date(source, text) for source, text in pairs]
    known = sorted({s.published for s in dated if s.published})
    result, warnings = [], []
    for source, (_, text) in zip(dated, pairs):
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
    date, how = find_published(text)
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
