"""Page furniture inside article text: bylines, credits, datelines, copyright and link teasers.

Names in these lines are reporters, agencies and places of filing, not actors of the story; dates in
them are not events. The rules are about the shape of a line, not about any outlet's name.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from briefgen.ingest.anatomy import BODY, BYLINE, CREDIT, HEADLINE, MAX_BYLINE_CHARS
from briefgen.ingest.header import FRONT_MATTER, is_header_line
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.reading import DATELINE  # the reading text blanks it; a sentence it opens still drops it

TEASER = re.compile(
    r"^\s*(?:read more|related|see also|watch|listen|advertisement|share this|follow us|sign up|subscribe)\b",
    re.IGNORECASE,
)
MD_HEADING = re.compile(r"^\s{0,3}#{2,6}\s")


def is_credit_line(text: str) -> bool:
    """A byline ('By Jane Doe and John Roe'), a credit, a copyright notice or a link teaser."""
    if BYLINE.match(text) and len(text) <= MAX_BYLINE_CHARS:
        return True
    return bool(CREDIT.search(text) or TEASER.match(text))


def is_heading(text: str) -> bool:
    """A Markdown heading in a .md source ('## Tools and allies'): a section label, not a sentence."""
    return bool(MD_HEADING.match(text))


def dateline_end(sentence: Sentence) -> int:
    """Character offset where a wire dateline opening the sentence ends (its start if there is none)."""
    match = DATELINE.match(sentence.text)
    return sentence.start + match.end() if match else sentence.start


#: Lines at most this long without a closing stop are headlines or links.
HEADLINE_WORDS = 15


def is_headline(sentence: Sentence) -> bool:
    """A short line without a closing stop ("India, Malaysia renew pledges to boost trade"), a
    line in capitals ("U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN"), or a teaser cut short
    with an ellipsis: a headline or a link, not a statement of this story."""
    text = sentence.text.rstrip()
    if text.endswith(("...", "…")):
        return True  # a teaser cut short ("is set to propose a 2 euro fee for packages ordered...")
    if sum(c.isalpha() for c in text) >= 12 and in_capitals(text):
        return True
    closed = text.rstrip("\"”’')")
    words = text.split()
    half = len(words) // 2
    if len(words) >= 8 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return True  # a headline printed twice on a teaser card ("EU Slaps $600M Fine … EU Slaps $600M Fine …")
    return len(words) <= HEADLINE_WORDS and not closed.endswith((".", "!", "?"))


def is_name_list(sentence: Sentence) -> bool:
    """A line with no verb that only names people ('Julian Borger and Saeed Kamali Dehghan in Vienna')."""
    tokens = [t for t in sentence.span if not (t.is_space or t.is_punct)]
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    others = [t for t in tokens if t.ent_type_ not in ("PERSON", "GPE", "ORG") and t.pos_ not in ("CCONJ", "ADP")]
    return bool(names) and not others


def in_furniture(span: Span, sentence: Sentence) -> bool:
    """The entity sits in page furniture: a credit line, a dateline or a verbless list of names."""
    if is_credit_line(sentence.text) or is_heading(sentence.text) or span.start_char < dateline_end(sentence):
        return True
    return span.label_ == "PERSON" and is_name_list(sentence)


def front_matter_end(document: Document) -> int:
    """Character offset where YAML front matter ends (0 without any): its lines are metadata."""
    match = FRONT_MATTER.match(document.text)
    return match.end() if match else 0


def in_front_matter(document: Document, sentence: Sentence) -> bool:
    """The sentence is a line of the file's front matter ('title: …', 'tags: […]')."""
    return sentence.start < front_matter_end(document)


def story_sentences(document: Document) -> list[Sentence]:
    """The sentences of the story itself — body lines only (the article's anatomy): no front
    matter, headline, bylines, date lines, captions, credits, links, chrome or teasers."""
    if document._story is None:  # read by every rule of every section: found once per document
        end = front_matter_end(document)
        document._story = [s for s in document.sentences
                           if s.start >= end and not is_header_line(s.text) and not is_credit_line(s.text)
                           and not is_heading(s.text) and document.part_of(s) == BODY]
    return list(document._story)


def names_actors(document: Document, sentence: Sentence) -> bool:
    """A sentence whose names may be actors: the story's, or a headline not written in capitals
    (an ALL-CAPS wire headline's names are misread: 'SALE OF AEROSPACE')."""
    part = document.part_of(sentence)
    if part == HEADLINE:
        return not in_capitals(sentence.text)
    return part == BODY


def is_title_case(text: str) -> bool:
    """Most of the text's words of four letters or more start with a capital ("World Cup Day 19:
    Luis Suarez Apologizes (Sort Of)"), as a headline is often written."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def in_capitals(text: str) -> bool:
    """Most of the text's letters are capitals: a wire headline ("SALE OF AEROSPACE")."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def headline_sentences(document: Document) -> list[Sentence]:
    """The document's headline lines (its anatomy's headline part): not story sentences, but the
    article's own short statement of who did what."""
    return [s for s in document.sentences if document.part_of(s) == HEADLINE]
