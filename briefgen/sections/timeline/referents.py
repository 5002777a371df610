"""A row that points back: its line names what it is about only as "that deadline", "this" or "do just
that", whose referent the sentence before tells ("… after failing to find a U.S. buyer by the January 19 th
set by Congress in a law passed last year. President Trump has twice extended that deadline however, most
recently on April 4 …"). Such a row starts at that sentence, so that it reads alone; both stay verbatim.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.ingest.anatomy import BODY
from briefgen.nlp.document import Document
from briefgen.sections.timeline.events import SAYING

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj")
TIMES = ("DATE", "TIME")


#: Prepositions of time: "before that" dates, it stands for no thing told before.
TIME_PREPS = frozenset({"before", "after", "since", "until", "till", "by"})
#: The longest sentence before that a row may lean on, in tokens: a row stays a line.
MAX_LEANED_TOKENS = 40


def _points_back(token: Token) -> bool:
    """A demonstrative standing for something told before: a determiner of a bare noun ("that deadline",
    not "this week" or "that part of the deal") or a pronoun argument ("this was due to an issue", "would
    do just that"; not the relative "that", nor "before that")."""
    if token.lower_ not in DEMONSTRATIVES or token.ent_type_ in TIMES or token.tag_ != "DT":
        return False
    if token.dep_ == "det":
        noun = token.head
        return noun.pos_ == "NOUN" and noun.ent_type_ not in TIMES and not any(
            c.dep_ in ("prep", "acl", "relcl", "appos") for c in noun.children)
    if token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS:
        return False
    defining = ("prep", "relcl") if token.lower_ in ("those", "these") else ("prep", "acl", "relcl")
    return token.pos_ == "PRON" and token.dep_ in ARGUMENTS and not any(c.dep_ in defining for c in token.children)
    # ("Of those freed, 139 had been held since 2022": the freed told before; "those who …" say whom they mean)


def _told_first(token: Token, span: Span) -> bool:
    """No act of the line comes before the demonstrative's own (a saying may): in "Wine said he has been
    undercover since police raided his home …, though the government denies this", "this" is the line's own."""
    own = token.head if token.dep_ == "det" else token
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    return not any(t.pos_ == "VERB" and t.i < own.i and t.lemma_.lower() not in SAYING and t.i != own.i
                   for t in span if t.i < token.i)


def leaning_start(document: Document, sentence, span: Span, leaned) -> tuple[int | None, object | None]:
    """Where the sentence the row leans on starts, and that sentence: the story sentence just before, when
    the line points back and that sentence is short and in the same paragraph of the body; else (None,
    the sentence it already leaned on)."""
    if sentence.index == 0 or not any(_points_back(t) and _told_first(t, span) for t in span):
        return None, leaned
    before = document.sentences[sentence.index - 1]
    if document.part_of(before) != BODY or len(before.span) > MAX_LEANED_TOKENS \
            or "\n\n" in document.text[before.span.end_char:sentence.span.start_char]:
        return None, leaned  # not across a paragraph, a caption or a heading
    return before.span.start, before
