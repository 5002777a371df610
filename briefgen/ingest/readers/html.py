"""Saved web pages (``.html``, ``.htm``): the article's main text, without the page around it.

trafilatura finds the main text (navigation, comments, tables, link lists, footers and related-story
boxes left out; no links, no markup); htmldate, through trafilatura's metadata, finds the
publication date. Both are optional (the ``html`` extra) and imported only when a page is read.
The text is one paragraph per block of the page, whitespace normalised inside it, paragraphs
separated by a blank line; the same bytes always give the same text.
"""
from __future__ import annotations

import html
import re
from typing import Any

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import Reader, ReadText
from briefgen.ingest.readers.extras import import_extra, needs_extra

NEEDS_EXTRA = needs_extra("html")

# htmldate: the original (publication) date, not the last update; no opportunistic search of the
# free text; and a fixed upper bound instead of htmldate's default, the end of today, so that the
# date found never depends on the day briefgen runs.
LATEST_PLAUSIBLE_DATE = "2100-01-01"
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": LATEST_PLAUSIBLE_DATE}

EXTRACT_OPTIONS: dict[str, Any] = {
    "output_format": "python",
    "favor_precision": True,  # leaves out the "Our Standards" / "Editing by" lines at an article's foot
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,  # trafilatura's duplicate cache is global: output would depend on earlier files
}

# Tags of trafilatura's output tree that hold blocks rather than text.
CONTAINERS = frozenset({"body", "doc", "main", "div", "list", "quote", "table", "row"})
BLOCKS = frozenset({"p", "head", "item", "quote", "code", "cell", "list", "table", "row", "div"})
DROPPED = frozenset({"graphic", "comments"})

INVISIBLE = str.maketrans("", "", "\u00ad\u200b\ufeff")  # soft hyphen, zero-width space, BOM
MAX_CHROME_CHARS = 200
MIN_ARTICLE_WORDS = 10  # fewer words than this: a page without an article (a menu, a bare heading)

# Whole paragraphs that are page furniture, not the story: pointers to other stories, share and
# subscribe prompts, cookie notices, advertising labels, copyright lines, picture credits.
CHROME = re.compile(
    r"""^(?:
        (?:read|see)\s+(?:more|also)\b | also\s+read\b | more\s+on\s+this\b |
        (?:related|recommended|more)(?:\s+(?:stories|articles|content|coverage|news|links|reading|videos|topics))?
            \s*(?::|$) |
        most\s+(?:read|popular)\s*:?$ |
        advertisement\s*$ | sponsored(?:\s+content)?\s*:?$ | story\s+continues\s+below |
        share\s+(?:this|on|via)\b | follow\s+us\b | subscribe\b | sign\s+up\b |
        (?:we|this\s+(?:web\s*)?site)\s+uses?\s+cookies |
        cookies?\s+(?:policy|settings|preferences|consent|notice) |
        © | copyright\s*(?:©|\(c\)|\d{4}) | all\s+rights\s+reserved |
        \(?(?:photo(?:graph)?|image|picture|video|credit)s?(?:\s+credit)?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE_PIPE = " | "
TITLE_DASHES = (" - ", " – ", " — ")
MAX_SITE_WORDS = 4


def _field(document: Any, name: str) -> Any:
    """A field of trafilatura's result: a ``Document`` (2.x) or a dict (1.x)."""
    return document.get(name) if isinstance(document, dict) else getattr(document, name, None)


def normalize_space(text: str) -> str:
    """``text`` with entities decoded, invisible characters removed and whitespace runs as one space."""
    return " ".join(html.unescape(text).translate(INVISIBLE).split())


def is_chrome(paragraph: str) -> bool:
    """Whether a paragraph is page furniture (a "Read more:" pointer, a share prompt, a copyright
    line, a picture credit, a bare web address) rather than part of the story."""
    if URL_ONLY.match(paragraph):
        return True
    return len(paragraph) <= MAX_CHROME_CHARS and bool(CHROME.match(paragraph))


def _flatten(element) -> str:
    """The text of one block, a line break (``lb``) or nested block as a newline."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in DROPPED:
            pass
        elif child.tag == "lb":
            parts.append("\n")
        elif child.tag in BLOCKS:
            parts.append("\n" + _flatten(child) + "\n")
        else:
            parts.append(_flatten(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(element) -> list[str]:
    """The paragraphs of trafilatura's output tree, in document order."""
    found: list[str] = []
    if element.text and element.text.strip():
        found.append(element.text)
    for child in element:
        if child.tag in DROPPED:
            pass
        elif child.tag in CONTAINERS and any(grand.tag in BLOCKS for grand in child):
            found.extend(_blocks(child))
        else:
            found.extend(_flatten(child).split("\n"))
        if child.tail and child.tail.strip():
            found.append(child.tail)
    return found


def paragraphs_of(body) -> list[str]:
    """The story's paragraphs from trafilatura's output tree: normalised, chrome left out."""
    paragraphs = (normalize_space(block) for block in _blocks(body))
    return [p for p in paragraphs if p and not is_chrome(p)]


def _extract(data: bytes | str, with_metadata: bool):
    trafilatura = import_extra("trafilatura", "html")
    document = trafilatura.bare_extraction(
        data, with_metadata=with_metadata, date_extraction_params=dict(DATE_PARAMS), **EXTRACT_OPTIONS)
    body = _field(document, "body") if document is not None else None
    paragraphs = paragraphs_of(body) if body is not None else []
    if sum(len(p.split()) for p in paragraphs) < MIN_ARTICLE_WORDS:
        raise Skip("no article text found in the page")
    return "\n\n".join(paragraphs), document


def article_text(data: bytes | str) -> str:
    """The main text of a web page, paragraphs separated by a blank line; raises
    :class:`~briefgen.ingest.files.Skip` when the page has none or the ``html`` extra is missing."""
    return _extract(data, with_metadata=False)[0]


def clean_title(title: str | None, sitename: str | None = None) -> str | None:
    """A page title without the site name and date that pages append ("Story | DW | 19.01.2020")."""
    if not title:
        return None
    title = normalize_space(title)
    parts = title.split(TITLE_PIPE)
    # a short last part after a longer title: the site name, a section, a date
    while len(parts) > 1 and len(parts[-1].split()) <= MAX_SITE_WORDS and _words(parts[:-1]) >= 3:
        parts.pop()
    title = TITLE_PIPE.join(parts)
    site = _letters(sitename or "")
    for dash in TITLE_DASHES:
        head, sep, tail = title.rpartition(dash)
        if sep and head and site and _letters(tail) and (_letters(tail) in site or site in _letters(tail)):
            title = head
            break
    return title.strip() or None


def _words(parts: list[str]) -> int:
    return sum(len(part.split()) for part in parts)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower().removeprefix("www."))


def _metadata(document: Any) -> dict[str, Any]:
    date = _field(document, "date")
    authors = _field(document, "author") or ""
    return {
        "title": clean_title(_field(document, "title"), _field(document, "sitename")),
        "published": date if isinstance(date, str) and ISO_DATE.match(date) else None,
        "authors": [name.strip() for name in authors.split(";") if name.strip()],
        "url": _field(document, "url") or None,
    }


def page_metadata(data: bytes | str) -> dict[str, Any]:
    """What a saved page states about itself: ``title``, ``published`` (an ISO date, or None when
    the page states none; never today's date), ``authors`` (a list) and ``url`` (or None)."""
    trafilatura = import_extra("trafilatura", "html")
    document = trafilatura.extract_metadata(data, date_config=dict(DATE_PARAMS))
    return _metadata(document)


class HtmlReader(Reader):
    """Saved news pages: the main text of the article, the page's own title."""

    name = "html"
    suffixes = (".html", ".htm")

    def read(self, data: bytes) -> ReadText:
        if not data.strip():
            raise Skip("empty page")
        text, document = _extract(data, with_metadata=True)
        return ReadText.from_metadata(text, _metadata(document), "page metadata (htmldate)")
