"""The title a text gives itself: front matter ``title:``, a ``# heading`` or a headline."""
from __future__ import annotations

import re

from briefgen.dates.parse import parse_date
from briefgen.ingest.header import FRONT_MATTER, is_header_line

MAX_TITLE_CHARS = 200


MAX_PERIOD_TITLE_WORDS = 12




FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


def find_title(text: str) -> str | None:
    """The title the text gives itself: front matter ``title:``, a ``# heading`` or a headline.

    A headline is a short first line standing alone (not a date, not a paragraph). None when the
    text starts straight into the story, so a sentence is never mistaken for a title.
    """
    front = FRONT_MATTER.match(text)
    if front:
        match = FRONT_MATTER_TITLE.search(front.group("body"))
        if match and match.group("value").strip("'\" "):
            return match.group("value").strip().strip("'\"").strip()
        text = text[front.end():]
    lines = text.lstrip().splitlines(keepends=True)
    while len(lines) > 1 and (is_header_line(lines[0]) or not lines[0].strip()):
        lines = lines[1:]  # a byline or date line above the headline
    if len(lines) < 2 or not lines[0].rstrip("\r\n").strip():
        return None
    first = lines[0].strip()
    heading = re.match(r"#{1,6}\s+(.+?)\s*#*\s*$", first)
    if heading:
        return heading.group(1).strip() or None
    return first if _looks_like_headline(first) else None


def _looks_like_headline(line: str) -> bool:
    if len(line) >= MAX_TITLE_CHARS or line.lower().startswith("date "):
        return False
    if SENTENCE_BREAK.search(line):
        return False
    if line.endswith(".") and len(line.split()) > MAX_PERIOD_TITLE_WORDS:
        return False
    parsed = parse_date(line)
    return not (parsed and len(line.replace(parsed[1], "").strip(" ,.|-")) < 12)


# A document's stored title that is really a file or template name.
NOT_A_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s*-\s*.*|untitled.*|document\s*\d*|title|slide\s*\d+|presentation\s*\d*)$"
    r"|\.(?:docx?|pdf|rtf|odt|txt|indd|qxd|qxp|pages|wpd|tex|dvi|ps|html?|xlsx?|pptx?)$"
    r"|^[^\s]*[\\/][^\s]*$",
    re.IGNORECASE,
)


def is_real_title(title: str | None) -> bool:
    """Whether a document's stored title is a title, not a file name ("Microsoft Word - x.doc")."""
    title = " ".join((title or "").split())
    return bool(title) and any(c.isalpha() for c in title) and not NOT_A_TITLE.search(title)
