"""The text as a reader reads it, of exactly the source's length, so every offset into it is an
offset into the source: this is what spaCy parses, while citations quote the source itself.

Each change keeps the length: a soft line break (hard-wrapped text) becomes a space; an HTML
entity becomes its character, padded with spaces before it (``&lt;GY>`` reads ``   <GY>``); a
Markdown link keeps its anchor text and loses its brackets and URL (``[energy production](https://…)``
reads `` energy production ``…); an image and a bare URL become spaces; the angle brackets wire copy
puts around company names become spaces (``<Lear Siegler Inc>``), ticker codes (``<GY>``) and wire
datelines opening a line (``AKRON, Ohio, April 3 -``) and sign-offs closing a paragraph
(``…._—Christina Lu_``) blank; a function word that Reuters-21578 capitalises after "U.S." or
"U.K." reads in lower case (``the U.K. Would set back`` reads ``the U.K. would set back``).
"""
from __future__ import annotations

import html
import re

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.dates.parse import MONTH_NAMES
from briefgen.ingest.wrapping import soft_breaks

ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"\[(?P<anchor>[^\]\n]*)\]\((?P<url>[^)\s]*(?:\s+\"[^\"\n]*\")?)\)")
# Inline HTML left in a text file (an embedded tweet: '<blockquote class="twitter-tweet"><p>My apologies to
# Chiellini: <a href="…">pic.twitter.com/…</a></p>'): markup, read as the words between the tags.
HTML_TAG = re.compile(r"</?(?:a|p|br|span|div|em|strong|b|i|u|blockquote|img|figure|figcaption|script|iframe|ul|ol|li"
                      r"|h[1-6])(?:\s[^<>]{0,2000}?)?/?>", re.IGNORECASE)
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
SPACE = re.compile(r"\s")
# Wire copy brackets company names and tickers ('<Lear Siegler Inc>', '<GY>'): a name, not markup.
BRACKETED_NAME = re.compile(r"<([A-Z][^<>\n=\"/]{0,60})>")
TICKER = re.compile(r"<[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?>")  # '<GY>', '<TSBA.T>': a code, not a name
# A wire dateline opening a line ('AKRON, Ohio, April 3 - ', 'VIENNA, July 7 (Reuters) -', 'GAZA CITY,
# Gaza Strip —'): where and when
# the story was filed, not part of its first sentence, which a parser would take for its subject.
# Wires also write the place in title case when a date follows it ('Ottawa, April 21 - ', 'Toronto,
# Ont., April 21 -'): read alone, "Toronto" would be the subject of "denied reports …". Agency copy
# brackets the country ('Washington, DC [US], September 5 : ', 'New Delhi [India], May 3 (ANI): ').
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[^—–\n(]{1,40}?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–]|--?)(?:[ \t]|$)"
    rf"|^[ \t]*[A-Z][a-z]+(?:[ .'’-][A-Z][a-z]+){{0,2}}(?:,[ \t]*[A-Z][A-Za-z.]+)?,[ \t]*(?i:{MONTH_NAMES})\.?[ \t]+"
    r"\d{1,2}[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–]|--?)(?:[ \t]|$)"
    rf"|^[ \t]*(?:[A-Z][\w.'’-]*(?:,?[ \t]+[A-Z][\w.'’-]*){{0,3}}[ \t]+)?\[[A-Z][\w .'’-]{{1,30}}\],[ \t]*"
    rf"(?i:{MONTH_NAMES})\.?[ \t]+\d{{1,2}}[ \t]*(?:\([^)\n]{{1,30}}\)[ \t]*)?(?:[:—–]|--?)(?:[ \t]|$)",
    re.MULTILINE,
)

# A sign-off closing a paragraph ('… on the board._—Christina Lu_', '… he said. —Jane Doe'): who
# wrote the item, not part of its last sentence.
SIGNOFF = re.compile(r"(?<=[.!?”\"])_?[ \t]?[—–][ \t]?[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,3}_?[ \t]*$", re.MULTILINE)


# Reuters-21578 capitalises the word after an initialism as if a sentence began ('sanctions against Japanese
# financial institutions operating in the U.K. Would set back …'): read so, "Would" is a name, no modal.
# Only a function word (or a verb of saying) before a lowercase word, with no comma soon after, is such a
# capital: "U.S. In a statement, the ministry said" opens a sentence, "U.S. Steel" is a name.
AFTER_INITIALISM = re.compile(r"(?<=\b(?:[A-Z]\.){2} )([A-Z][a-z]+)(?= [a-z])")
RUN_ON_WORDS = 5  # no comma within this many words after it: "U.S. In a statement, …" opens a sentence
#: ("May" stays: "the U.S. May trade figures" is a month.)
WIRE_CAPITALS = frozenset(STOP_WORDS - {"may"} | {"said", "says", "agreed", "announced", "asked", "denied"})


def _wire_capital(match: re.Match) -> str:
    word = match.group(1)
    after = match.string[match.end():].split("\n", 1)[0].split()[:RUN_ON_WORDS]
    if word.lower() not in WIRE_CAPITALS or any("," in w for w in after):
        return word
    return word[0].lower() + word[1:]


def reading_text(text: str) -> str:
    """``text`` as a reader reads it, character for character the same length."""
    chars = list(text)
    for offset in soft_breaks(text):
        chars[offset] = " "
        if offset and chars[offset - 1] == "\r":
            chars[offset - 1] = " "
    out = "".join(chars)
    out = IMAGE.sub(lambda m: _blank(m.group(0)), out)
    out = LINK.sub(_anchor_only, out)
    out = HTML_TAG.sub(lambda m: _blank(m.group(0)), out)
    out = URL.sub(lambda m: _blank(m.group(0)), out)
    out = ENTITY.sub(_decoded, out)
    out = TICKER.sub(lambda m: _blank(m.group(0)), out)
    out = DATELINE.sub(lambda m: _blank(m.group(0)), out)
    out = SIGNOFF.sub(lambda m: _blank(m.group(0)), out)
    out = AFTER_INITIALISM.sub(_wire_capital, out)
    return BRACKETED_NAME.sub(lambda m: " " + m.group(1) + " ", out)


def _blank(span: str) -> str:
    """Spaces for every character (line breaks kept, so lines stay lines)."""
    return "".join(ch if ch == "\n" else " " for ch in span)


def _anchor_only(match: re.Match) -> str:
    anchor = match.group("anchor")
    return " " + anchor + _blank(match.group(0)[len(anchor) + 1:])


def _decoded(match: re.Match) -> str:
    """The entity's character, right-aligned in the entity's width; unknown entities unchanged."""
    entity = match.group(0)
    char = html.unescape(entity)
    if char == entity or len(char) > len(entity):
        return entity
    char = " " if SPACE.fullmatch(char) or char == "\u00a0" else char
    return " " * (len(entity) - len(char)) + char
