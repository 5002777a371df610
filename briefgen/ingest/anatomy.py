"""The anatomy of an article text: what each line is — headline, byline, dateline, caption,
credit, link, navigation chrome, boilerplate, dataset markup, or body.

Extractors read body lines only (the headline may name actors); ``brief.json`` records per source
how many lines of each other kind were set aside. Every rule is about the shape and position of a
line, never about one story's or outlet's words.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from briefgen.ingest.header import FRONT_MATTER, is_header_line

BODY, HEADLINE = "body", "headline"
#: The kinds of line that are set aside, in the order ``brief.json`` lists them.
SET_ASIDE = ("metadata", "byline", "dateline", "caption", "credit", "link", "chrome", "boilerplate", "markup")

#: "By" (any case) and a capitalised name: "By Jane Doe", "BY JANE DOE", not "By contrast, …",
#: "By doing so, …" or "By Monday, …" (a sentence of the story that opens with "by").
BYLINE = re.compile(r"^\s*(?i:by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                    r"|April|May|June|July|August|September|October|November|December)\b)[A-Z]")
MAX_BYLINE_CHARS = 160
MAX_FURNITURE_WORDS = 40  # longer lines are paragraphs of story, never furniture as a whole
CREDIT = re.compile(
    r"\b(?:additional reporting|reporting|editing|writing|compiled|produced|translated) by\b"
    r"|\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b|©|\bcopyright\b|\ball rights reserved\b",
    re.IGNORECASE,
)
#: A wire's sign-off ("Reporting by Olena Harmash; Editing by Daniel Flynn"): the story ends there, and
#: what follows on a saved page is its related links and other stories' teasers.
SIGN_OFF = re.compile(r"\breporting by\b.*\bediting by\b", re.IGNORECASE)
TEASER = re.compile(
    r"^\s*(?:read more|related(?: stories| articles| coverage| content| topics)?\s*(?::|$)|see also|"
    r"watch|listen|advertisement|share this|follow us|sign up|subscribe|click here|keep reading|"
    r"scroll down|continue reading|story continues|recommended|most (?:read|popular))\b",
    re.IGNORECASE,
)
# Page navigation: '<< Previous | Next >>', 'Print version', 'Back to index', 'Skip to content'.
NAVIGATION = re.compile(
    r"<<|>>|^\s*(?:print(?:er[- ]friendly)? version|back to (?:index|top|home)|skip to|home\s*[|>»]|"
    r"(?:previous|next) (?:page|article|story)|log ?in\b|sign ?in\b|menu\b|search\b|cookies?\b)",
    re.IGNORECASE,
)
# Disclaimers, legal stamps, subscription boxes: stamps and notices by their standard wording, site
# notices only at the start of a line (a story may well be about a privacy policy).
BOILERPLATE = re.compile(
    r"^\s*case \d+:\d+-[a-z]{2,4}-\d+|\bpage \d+ of \d+\s*$|\bdocument \d+\s+filed\b|"
    r"may not be (?:published|reproduced|broadcast|rewritten|redistributed)|"
    r"^\s*(?:terms of (?:use|service)|privacy (?:policy|notice)|cookie (?:policy|settings))\b|"
    r"\b(?:this|our) (?:web)?site uses cookies\b|\bby using this (?:web)?site\b|"
    r"\bnewsletter\b.*\b(?:sign up|subscribe|inbox|delivered)\b|\b(?:sign up|subscribe)\b.*\bnewsletter\b",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
READ_MORE = re.compile(r"(?:read more|read the full story|full story)\s*[.»›>]*\s*$", re.IGNORECASE)
MARKUP = re.compile(r"^\s*@(?:highlight|summary)\b", re.IGNORECASE)
# Photo captions: a position marker, a leading picture label, or a trailing picture credit.
POSITION = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|inset|front|back|pictured|file photo|"
    r"(?:second |far )(?:left|right)|l-r|l to r|from left)\)|\b(?:L-R|L to R|left to right)\b|"
    r"\bpictured\b",
    re.IGNORECASE,
)
#: A picture gallery's position marker opening a caption ("Item 1 of 5 Ukrainian prisoners of war …",
#: "[1/5] …"): a caption however long.
GALLERY = re.compile(r"^\s*(?:item \d+ of \d+\b|\*{0,2}\[\d+/\d+\]\*{0,2}\s)", re.IGNORECASE)
PICTURE_LABEL = re.compile(r"^\s*(?:photo(?:graph)?|picture|image|caption|credit|video|gallery)s?\s*:", re.IGNORECASE)
PICTURE_CREDIT = re.compile(
    r"(?:\((?:[^()\n]{0,40}/)?(?:getty images?|reuters|ap|afp|epa|pa|file|photo[^()\n]{0,30})\)|"
    r"(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^.\n]{2,60}|/\s*(?:getty images?|afp|reuters|ap))\s*\.?\s*$",
    re.IGNORECASE,
)
#: A caption's own words for its picture ("… on Feb. 5, 2026, in this screengrab from a handout video",
#: "… in this file photo"): no report says "in this photo" of its own text.
IN_THIS_PICTURE = re.compile(
    r"\bin this (?:(?:undated|handout|file|aerial|satellite|still|social media|video|image)\s+)*"
    r"(?:photo(?:graph)?|picture|image|screen ?grab|screenshot|video grab|frame grab|still|handout|file photo)\b",
    re.IGNORECASE)
LABEL = re.compile(r"^\s*[A-Z][^\s:]*(?:\s+[^\s:]+){0,4}:\s+\S")
LINK_SYNTAX = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|(?:https?://|www\.)\S+", re.IGNORECASE)
MD_HEADING = re.compile(r"^\s{0,3}#{2,6}\s")
WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Line:
    """One line of a source text: its span (line break excluded) and its kind."""

    start: int
    end: int
    kind: str


def classify_lines(text: str, title: str | None = None) -> list[Line]:
    """Every non-blank line of ``text`` with its kind; ``title`` is the headline the text gives."""
    front = FRONT_MATTER.match(text)
    front_end = front.end() if front else 0
    lines, offset, seen_body, after_markup, signed_off = [], 0, False, False, False
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw.rstrip("\r"))
        offset += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        if start < front_end:
            kind = "metadata"
        elif after_markup:
            kind, after_markup = "markup", False
        else:
            kind = line_kind(line, title, seen_body)
            after_markup = kind == "markup" and len(WORDS.findall(line)) <= 1
        if kind == BODY and signed_off:
            kind = "chrome"  # after "Reporting by …; Editing by …" ("Japan's Takaichi aims for blizzard of votes …")
        if kind == BODY and _is_teaser_of_later_text(line, text, offset):
            kind = "chrome"  # a cut-off teaser of the article that follows ('… the first two sentences…')
            _lead_of_teaser(lines, text, start, offset)
        seen_body = seen_body or kind == BODY
        signed_off = signed_off or (seen_body and kind == "credit" and bool(SIGN_OFF.search(line)))
        lines.append(Line(start, end, kind))
    return lines


def _is_teaser_of_later_text(line: str, text: str, after: int) -> bool:
    """A line cut off with an ellipsis whose last full words stand again later in the text; a short
    one ("Ireland's Data Protection Commission, the company's main...") when a later line begins
    with all its full words."""
    if not line.rstrip().endswith(("…", "...")):
        return False
    words = line.rstrip(" .…").split()
    if len(words) < MIN_TEASER_WORDS:
        return False
    if len(words) < 8:
        lead = " ".join(words[:-1]) + " "
        return any(" ".join(other.split()).startswith(lead) for other in text[after:].split("\n"))
    tail = " ".join(words[-7:-1])  # the last word may be cut
    return tail in " ".join(text[after:].split())


MIN_TEASER_WORDS = 4  # "Ireland's Data Protection Commission, the company's main...": fewer is too common


def _lead_of_teaser(lines: list[Line], text: str, teaser_start: int, after: int) -> None:
    """The full lines just above a cut-off teaser, in its block, that the article repeats word for
    word further on: the teaser's lead ("TikTok owner ByteDance Ltd. was fined €530 million …" shown
    twice in a page dump). Only the first copy is set aside, so each sentence is cited once."""
    later = " ".join(text[after:].split())
    below = teaser_start
    for n in range(len(lines) - 1, -1, -1):
        line = lines[n]
        if line.kind != BODY or text[line.end : below].count("\n") > 1:
            break  # another kind of line, or a blank line: the block of the teaser ends
        words = " ".join(text[line.start : line.end].split())
        if len(words.split()) < MIN_TEASER_WORDS or words not in later:
            break
        lines[n] = Line(line.start, line.end, "chrome")
        below = line.start


def line_kind(line: str, title: str | None = None, seen_body: bool = True) -> str:
    """The kind of one stripped line (or sentence); ``seen_body`` says whether the story has begun.

    Rules that look inside a line apply only to lines of at most ``MAX_FURNITURE_WORDS`` words: a
    dump that puts a whole article on one line is story, whatever furniture is caught in it (its
    sentences are judged one by one, see :func:`sentence_kind`).
    """
    line = line.strip("*_ \t")  # Markdown emphasis around a whole line ('*By Helen Reid*')
    short = len(line.split()) <= MAX_FURNITURE_WORDS
    if MARKUP.match(line):
        return "markup"
    if title and _same_text(line, title):
        return HEADLINE
    if is_header_line(line):
        return "byline" if BYLINE.match(line) else "dateline"
    if BYLINE.match(line) and len(line) <= MAX_BYLINE_CHARS and not line.rstrip().endswith((".", "?", "!")):
        return "byline"
    if is_link_line(line):
        return "link"
    if TEASER.match(line) or (NAVIGATION.search(line) and len(line.split()) <= 8) or _is_menu(line):
        return "chrome"
    if short and READ_MORE.search(line):
        return "chrome"  # a related story's headline and its link: 'Kirill Dmitriev: … planRead more'
    if short and COPYRIGHT.search(line):
        return "boilerplate"
    if short and CREDIT.search(line):
        return "credit"
    if short and BOILERPLATE.search(line):
        return "boilerplate"
    if short and (is_caption(line) or GALLERY.match(line)):
        return "caption"
    if MD_HEADING.match(line):
        return HEADLINE
    return BODY


def sentence_kind(sentence: str) -> str:
    """The kind of a sentence inside a body line: a caption, credit or chrome caught in a long
    line reads as one sentence of its own ('… Image: Ben Montgomery/Getty Images')."""
    kind = line_kind(sentence.strip())
    return BODY if kind == HEADLINE else kind


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().strip("#* ").split()) == " ".join(b.lower().split())


def is_link_line(line: str) -> bool:
    """A line that is only links or addresses (and the bullets or separators between them)."""
    if not LINK_SYNTAX.search(line):
        return False
    rest = LINK_SYNTAX.sub(" ", line)
    return len(WORDS.findall(rest)) <= 1


def _is_menu(line: str) -> bool:
    """Navigation: several short items separated by bars or bullets, no sentence among them."""
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", line) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not line.endswith(".")


def is_caption(line: str) -> bool:
    """A photo caption: a picture label ('Photo: …'), a trailing picture credit, "in this photo",
    or a 'Label: …' line that places people in the picture ('Same side: John Kerry (left) meets …')."""
    if PICTURE_LABEL.match(line) or PICTURE_CREDIT.search(line) or IN_THIS_PICTURE.search(line):
        return True
    return bool(LABEL.match(line) and POSITION.search(line))


def set_aside_counts(lines: list[Line]) -> dict[str, int]:
    """How many lines of each set-aside kind there are (kinds with none left out)."""
    counts = Counter(line.kind for line in lines)
    return {kind: counts[kind] for kind in SET_ASIDE if counts[kind]}


def kind_at(lines: list[Line], starts: list[int], offset: int) -> str:
    """The kind of the line holding ``offset`` (``starts``: the lines' start offsets); body between lines."""
    index = bisect_right(starts, offset) - 1
    if index >= 0 and lines[index].start <= offset <= lines[index].end:
        return lines[index].kind
    return BODY
