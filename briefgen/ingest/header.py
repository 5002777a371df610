"""The header of an article text: front matter, a ``date …`` prefix, bylines and date lines.

These lines are metadata, not story: they give the title and publication date, never events.
"""
from __future__ import annotations

import re

from briefgen.dates.parse import parse_date, strip_date_words

HEADER_CHARS = 300


HEADER_LINES = 6


DATE_PREFIX = re.compile(r"\A\s*date\s*:?\s+(?P<iso>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


BYLINE = re.compile(
    r"^(?P<key>first published|published|posted|last updated|updated|last modified|modified|dated|date|by)\b",
    re.IGNORECASE,
)


def is_header_line(line: str) -> bool:
    """A byline or date line ('Published: Sat 15 Jun 2024 09:12 BST', 'Sep 05, 2023'): page
    furniture that is neither a title nor a sentence of the story."""
    line = line.strip()
    if not line or len(line) > 120:
        return False
    if BYLINE.match(line) and (":" in line[:25] or parse_date(line)):
        return True
    parsed = parse_date(line)
    return bool(parsed) and len(strip_date_words(line.replace(parsed[1], " ", 1))) < 12


def header_lines(text: str) -> list[str]:
    """Non-blank lines that start within the first HEADER_CHARS characters (at most HEADER_LINES)."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        if offset >= HEADER_CHARS or len(lines) >= HEADER_LINES:
            break
        if line.strip():
            lines.append(line.strip())
        offset += len(line)
    return lines
