"""PDF articles (``.pdf``): the text of each page, without running headers, footers and page numbers.

pypdf (the ``pdf`` extra, imported only when a PDF is read) gives each line with its position and
font size. Lines repeated at the top or bottom of most pages and bare page numbers are dropped;
lines are joined into paragraphs where the layout shows them (a wider gap between lines, a first
line indented, a change of font size), words hyphenated across a line end are joined, and a
paragraph broken by a page break is joined again. Paragraphs are separated by a blank line.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import Reader, ReadText
from briefgen.ingest.readers.extras import import_extra, needs_extra
from briefgen.ingest.titles import find_title, is_real_title

NEEDS_EXTRA = needs_extra("pdf")

EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running header or footer
RUNNING_SHARE = 0.6  # a header or footer is on at least this share of the pages (and on two or more)
PARAGRAPH_GAP = 1.3  # a gap between lines this many times the usual line spacing ends a paragraph
INDENT = 0.6  # a first line indented by this many font sizes starts a paragraph
SIZE_CHANGE = 0.1  # a change of font size by this share (a heading) starts a paragraph
MIN_LETTERS = 20  # fewer letters than this in the whole file: no text layer

HYPHENS = "-\u2010\u00ad"  # hyphen-minus, hyphen, soft hyphen
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:\"”’)\]]$")
WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")


@dataclass
class Line:
    """One line of a page: its text, where it starts (``x``, baseline ``y``) and its font size."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None


def _position(cm, tm) -> tuple[float, float, float]:
    """x, y of the text matrix in page space, and the vertical scale (to size the font)."""
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    scale = ((tm[2] * cm[0] + tm[3] * cm[2]) ** 2 + (tm[2] * cm[1] + tm[3] * cm[3]) ** 2) ** 0.5
    return x, y, scale


def page_lines(page) -> list[Line]:
    """The non-blank lines of a pypdf page in reading order, each with its position and font size."""
    lines = [Line("")]

    def visit(text, cm, tm, font_dict, font_size):
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append(Line(""))
            line = lines[-1]
            if piece.strip() and line.y is None and cm is not None and tm is not None:
                line.x, line.y, scale = _position(cm, tm)
                line.size = (font_size or 0) * (scale or 1)
            line.text += piece

    page.extract_text(visitor_text=visit)
    return [line for line in lines if line.text.strip()]


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _edges(lines: list[Line]) -> set[int]:
    """Indexes of the top and bottom lines of a page, by position (else by order)."""
    if not lines:
        return set()
    if all(line.y is not None for line in lines):
        order = sorted(range(len(lines)), key=lambda i: -lines[i].y)
    else:
        order = list(range(len(lines)))
    return set(order[:EDGE_LINES] + order[-EDGE_LINES:])


def strip_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without their running headers and footers (lines repeated at the top or bottom of
    most pages, digits aside) and without bare page numbers."""
    edges = [_edges(lines) for lines in pages]
    seen = Counter(key for lines, edge in zip(pages, edges, strict=True)
                   for key in {_key(lines[i].text) for i in edge})
    needed = max(2, RUNNING_SHARE * len(pages))
    running = {key for key, count in seen.items() if count >= needed}
    kept = []
    for lines, edge in zip(pages, edges, strict=True):
        kept.append([line for i, line in enumerate(lines) if not (
            i in edge and (_key(line.text) in running or PAGE_NUMBER.match(line.text)))])
    return kept


def _line_unit(pages: list[list[Line]]) -> float | None:
    """The usual gap between consecutive lines, as a multiple of their font size."""
    ratios = []
    for lines in pages:
        for above, below in pairwise(lines):
            if None in (above.y, below.y) or not above.size or not below.size:
                continue
            if abs(above.size - below.size) <= SIZE_CHANGE * above.size and above.y > below.y:
                ratios.append((above.y - below.y) / above.size)
    return statistics.median(ratios) if ratios else None


def _starts_paragraph(lines: list[Line], i: int, unit: float | None) -> bool:
    """Whether ``lines[i]`` starts a new paragraph after ``lines[i - 1]``."""
    above, line = lines[i - 1], lines[i]
    if None in (above.y, line.y) or not above.size or not line.size:
        return False
    if abs(above.size - line.size) > SIZE_CHANGE * max(above.size, line.size):
        return True
    if unit and above.y > line.y and (above.y - line.y) / line.size > PARAGRAPH_GAP * unit:
        return True
    return _indented(lines, i)


def _indented(lines: list[Line], i: int) -> bool:
    """A first line: further right than the line before it and the line after it."""
    line, step = lines[i], INDENT * (lines[i].size or 0)
    before = lines[i - 1] if i else None
    after = lines[i + 1] if i + 1 < len(lines) else None
    if line.x is None or not step or (before is None and after is None):
        return False
    return all(other is None or (other.x is not None and line.x - other.x > step)
               for other in (before, after))


def join_lines(lines: list[str], vocabulary: set[str], marked_hyphenation: bool = False) -> str:
    """The lines of one paragraph as one line: a word hyphenated across a line end joined (its
    hyphen kept where the document writes the word with one), other lines joined by a space.

    ``marked_hyphenation``: the document breaks words with a hyphen character of its own (U+2010 or
    a soft hyphen), so a hyphen-minus at a line end belongs to a compound ("state-backed") and stays.
    """
    text = ""
    for line in lines:
        line = " ".join(line.split())
        if not text:
            text = line
            continue
        if text[-1] in HYPHENS and line:
            left = WORD.findall(text[-40:])
            right = WORD.match(line)
            if text[-2:-1] == " ":  # a dash standing alone, not a hyphen
                text += " " + line
            elif text[-1] == "\u00ad":
                text = text[:-1] + line
            elif left and right and text[-2:-1].islower() and line[0].islower():
                joined = (left[-1] + right.group()).lower()
                hyphenated = (left[-1] + "-" + right.group()).lower()
                keep = (marked_hyphenation and text[-1] == "-") or (
                    hyphenated in vocabulary and joined not in vocabulary)
                text = (text if keep else text[:-1]) + line
            else:
                text += line
        else:
            text += " " + line
    return text


def _vocabulary(pages: list[list[Line]]) -> set[str]:
    words = set()
    for lines in pages:
        for line in lines:
            body = line.text.rstrip().rstrip(HYPHENS)
            words.update(w.lower().replace("\u2010", "-") for w in WORD.findall(body))
    return words


def paragraphs_of(pages: list[list[Line]]) -> list[str]:
    """The paragraphs of the pages (running lines already removed), in order."""
    unit, vocabulary = _line_unit(pages), _vocabulary(pages)
    marked = any(line.text.rstrip()[-1:] in ("\u2010", "\u00ad") for lines in pages for line in lines)
    groups: list[list[str]] = []
    previous: list[Line] = []
    for lines in pages:
        for i, line in enumerate(lines):
            if i == 0:
                new = not groups or _page_break_ends(groups[-1], previous, lines)
            else:
                new = _starts_paragraph(lines, i, unit)
            if new:
                groups.append([])
            groups[-1].append(line.text)
        previous = lines or previous
    return [p for p in (join_lines(group, vocabulary, marked) for group in groups) if p]


def _page_break_ends(group: list[str], previous: list[Line], lines: list[Line]) -> bool:
    """Whether a page break also ends the paragraph: unless the last line stops mid-sentence and
    the next page's first line is not indented or in another font size."""
    last = group[-1].rstrip()
    if not last or SENTENCE_END.search(last):
        return True
    before, first = (previous[-1].size if previous else None), lines[0].size
    if before and first and abs(before - first) > SIZE_CHANGE * max(before, first):
        return True
    return _indented(lines, 0) if len(lines) > 1 else False


def open_pdf(data: bytes):
    """A pypdf reader of ``data``, decrypted when it opens without a password; Skip otherwise."""
    pypdf = import_extra("pypdf", "pdf")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except pypdf.errors.DependencyError as missing:
                raise Skip("encrypted PDF: opening it needs the 'cryptography' package") from missing
            if not opened:
                raise Skip("encrypted PDF: it needs a password")
        len(reader.pages)
    except Skip:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged file
        raise Skip(f"not a readable PDF ({type(error).__name__}: {error})") from error
    return reader


class PdfReader(Reader):
    """PDF articles with a text layer: the text as a person reads it, page furniture left out."""

    name = "pdf"
    suffixes = (".pdf",)

    def read(self, data: bytes) -> ReadText:
        reader = open_pdf(data)
        try:
            pages = [page_lines(page) for page in reader.pages]
            stored_title = (reader.metadata or {}).get("/Title")
        except Exception as error:  # a damaged content stream
            raise Skip(f"not a readable PDF ({type(error).__name__}: {error})") from error
        text = "\n\n".join(paragraphs_of(strip_running_lines(pages)))
        if sum(ch.isalpha() for ch in text) < MIN_LETTERS:  # page numbers and a running header at most
            raise Skip("no text layer (a scanned or image-only PDF?): nothing to read without OCR")
        empty = sum(1 for lines in pages if not lines)
        notes = [f"{empty} of {len(pages)} pages have no text (images only?)"] if empty else []
        title = " ".join(str(stored_title).split()) if is_real_title(str(stored_title or "")) else None
        return ReadText(text=text, title=title or find_title(text), notes=tuple(notes))
