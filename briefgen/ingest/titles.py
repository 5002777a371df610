"""The title a text gives itself: front matter ``title:``, a ``# heading`` or a headline."""
from __future__ import annotations

import html
import re
from collections import Counter

from briefgen.dates.parse import parse_date
from briefgen.ingest.header import FRONT_MATTER, is_header_line

MAX_TITLE_CHARS = 200


MAX_PERIOD_TITLE_WORDS = 12




FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


# (not the stop of an initialism: "TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER" is one line of a headline)
SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


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


TICKER = re.compile(r"\s*<[A-Z0-9.]{1,8}>")  # wire ticker codes: 'GENCORP <GY>'
SITE_SEPARATORS = (" | ", " - ", " – ", " — ")
MAX_SITE_WORDS = 4
WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")


def readable_title(title: str | None, text: str = "") -> str | None:
    """A title a person would use: entities decoded, wire ticker codes and a trailing site or
    section name (' | PYMNTS.com', ' - ABC News', ' | Ukraine | The Guardian') removed, and an
    ALL-CAPS wire headline in sentence case with the casing the article itself uses for its
    names ('GENCORP REJECTS BID' -> 'GenCorp rejects bid'). None for a byline, date or markup."""
    if not title:
        return None
    title = " ".join(html.unescape(title).split())
    title = TICKER.sub("", title).strip(" ,")
    title = _without_site(title)
    if _is_all_caps(title):
        title = _sentence_case(title, text)
    if not title or is_header_line(title) or title.startswith(("<", "{", "[")) or not any(c.isalpha() for c in title):
        return None
    if re.fullmatch(r"(?i:by)(?:\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})?", title):
        return None  # a byline ('By', 'By Sunday Reporter and Ted Thornhill')
    return title


def _without_site(title: str) -> str:
    """The title without trailing segments that name the site or section: short, and every word
    capitalised or a domain ('Reuters', 'ABC News', 'PYMNTS.com', 'World news')."""
    while True:
        cut = max((title.rfind(sep), sep) for sep in SITE_SEPARATORS)
        at, sep = cut
        if at <= 0:
            return title
        tail = title[at + len(sep):].strip()
        head = title[:at].strip()
        words = tail.split()
        if not words or len(words) > MAX_SITE_WORDS or len(head.split()) < 3:
            return title
        if not all(w[0].isupper() or w[0].isdigit() or "." in w for w in words):
            return title
        title = head


def _is_all_caps(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _sentence_case(title: str, text: str) -> str:
    """Each word as the article writes it inside its sentences (names keep their capitals), else
    lower case; the first word capitalised."""
    usage: dict[str, Counter] = {}
    text = "\n".join(line for line in text.splitlines() if not _is_all_caps(line))  # the headline itself
    for match in WORD.finditer(text):
        word = match.group(0)
        before = text[max(0, match.start() - 2):match.start()]
        if before.strip() and before.strip()[-1] in ".!?\"“":
            continue  # a sentence-initial word says nothing of its own casing
        usage.setdefault(word.lower(), Counter())[word] += 1
    def cased(match: re.Match) -> str:
        word = match.group(0)
        seen = usage.get(word.lower())
        if not seen:
            base = re.sub(r"['’][sS]$", "", word)
            if base != word and usage.get(base.lower()):  # "CANADA'S": as the article writes "Canada"
                return cased_as(base, usage[base.lower()]) + word[len(base):].lower()
            if match.start() > 0 and title[match.start() - 1] == "(" and len(word) <= 5:
                return word  # '(DMP)': a code in brackets stays as written
            return word.lower() if base.isalpha() else word  # 'U.S.', 'G7' stay as written
        return cased_as(word, seen)
    def cased_as(word: str, seen: Counter) -> str:
        if word.lower() in seen:
            return word.lower()  # a common word the article also writes in lower case
        return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    out = WORD.sub(cased, title)
    return out[:1].upper() + out[1:]
