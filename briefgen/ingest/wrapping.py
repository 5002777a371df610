"""Hard-wrapped text: wire dumps, PDF text and printouts break lines at a fixed width, inside
sentences. Such a line break is a space to a reader, not the end of a sentence.

A text is hard-wrapped when most of its lines end near one width without closing punctuation.
In such a text a line break is *soft* (a space) when the next line's first word would not have fitted
on the line — the break was forced by the width — unless a paragraph starts after it (a blank line,
an indented line) or either line is a header line or an ALL-CAPS headline. Texts whose paragraphs are single lines are not wrapped: every break there is hard.
"""
from __future__ import annotations

import re

from briefgen.ingest.header import is_header_line

MIN_LINES = 6  # fewer non-blank lines than this: too few to tell a width
MIN_WIDTH, MAX_WIDTH = 30, 140  # wrap widths seen in wire dumps, PDFs and printouts
NEAR_FULL = 0.7  # a line this share of the width or longer is "full"
MIN_FULL_SHARE = 0.5  # share of lines that must be full in a wrapped text
MIN_OPEN_SHARE = 0.4  # share of full lines that must end without closing punctuation
CLOSING = re.compile(r"[.!?:;\"'”’)\]]\s*$")


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is wrapped at, or None when its lines are paragraphs."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH or lengths[-1] > 1.3 * width:
        return None
    full = [line for line in lines if len(line) >= NEAR_FULL * width]
    if len(full) < MIN_FULL_SHARE * len(lines):
        return None
    open_ended = [line for line in full if not CLOSING.search(line)]
    return width if len(open_ended) >= MIN_OPEN_SHARE * len(full) else None


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks (``\\n``) of ``text`` that a reader reads as spaces."""
    width = wrap_width(text)
    if width is None:
        return []
    lines = text.split("\n")
    indent = _body_indent(lines)
    found, offset = [], 0
    for here, after in zip(lines, lines[1:]):
        offset += len(here)
        if _joins(here.rstrip("\r"), after.rstrip("\r"), width, indent):
            found.append(offset)
        offset += 1
    return found


def _body_indent(lines: list[str]) -> int:
    """The indentation of continuation lines (most lines): deeper lines start paragraphs."""
    depths = [len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()]
    return min(set(depths), key=lambda d: (-depths.count(d), d)) if depths else 0


#: Words a paragraph never ends on: a short line ending so runs on ("Texaco Canada Inc, 78 pct owned
#: by / Texaco Inc, …", a wire body whose dateline stood before its first line).
OPEN_ENDINGS = frozenset("by of the a an and or to in on for with at from that which who whose have has had is "
                         "are was were will would be been not its their his her".split())


def _unfinished(here: str, after: str) -> bool:
    """A short line that cannot end a paragraph: it ends on a comma or a function word, or the
    next line goes on in lower case, and neither is a headline."""
    words = here.split()
    if not words or here.strip().upper() == here.strip() or after.strip().upper() == after.strip():
        return False
    return here.rstrip().endswith(",") or words[-1].lower() in OPEN_ENDINGS or after.lstrip()[:1].islower()


def _joins(here: str, after: str, width: int, indent: int) -> bool:
    """The break between two lines is inside a paragraph."""
    if not here.strip() or not after.strip():
        return False
    if len(after) - len(after.lstrip(" \t")) > indent:
        return False  # an indented line starts a paragraph
    if len(here.rstrip()) + 1 + len(after.split()[0]) <= width and not _unfinished(here, after):
        return False  # the next word would have fitted: this line ends its paragraph (or is a heading)
    for line in (here.strip(), after.strip()):
        if is_header_line(line) or (line.upper() == line and any(c.isalpha() for c in line)):
            return False
    return True
