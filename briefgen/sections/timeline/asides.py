"""Dates that tell no event of the story, or another party's past: a picture's caption, told in the
present about a past day, and a date in an apposition or relative clause on a named party
("Kenteris, the 2000 Olympic 200m champion"), kept apart as background.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.model.date import Date
from briefgen.nlp.labels import ACTOR_LABELS, PLACE_LABELS


def is_caption_telling(head: Token, date: Date | None, anchor: dt.date | None) -> bool:
    """A past date told in the present of a picture ("People walk past a heavily damaged building …
    on Nov. 10, 2025", "Zelensky talking with officers … on October 14, 2019"): news tells the past
    in past tenses; a statement ("says") is not a caption."""
    if date is None or anchor is None or date.end >= anchor or not date.text:
        return False
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in load_lexicon("ask_speech_verbs"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP", "VB") and not auxes:  # ("… Al Thani participate in the signing ceremony …
        return verb.dep_ == "ROOT"  # on Jan. 22", a plural present the parser tags as a base form)
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and auxes and all(a.lower_ in ("is", "are") for a in auxes):
        return True  # "Containers are storaged in the Port of Rotterdam … April 25, 2025": a file photo's caption
    return verb.tag_ == "VBG" and not auxes and verb.dep_ == "ROOT"


def background_span(date: Span, index) -> tuple[int, int] | None:
    """Bounds of "Name, apposition" when the date lies in an apposition or a relative clause on a
    named party ("Kenteris, the 2000 Olympic 200m champion, and Thanou … also face a criminal
    hearing", "Kenteris, who won Olympic 200m gold at the 2000 Olympics"): a date of that party's
    past, not of the sentence's event (the caller keeps it as background only when it lies well
    before the report); (-1, -1) when the apposition says nothing but a place or a name with its
    date ("Paris, France, April 29, 2025"), which is no event; None otherwise."""
    node = date.root
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ in ("appos", "relcl") and node.head.pos_ == "PROPN" and (
                node.head.ent_type_ in ACTOR_LABELS or (index is not None and index.resolve(node.head.text))):
            name = node.head
            if name.ent_type_ in PLACE_LABELS:
                return -1, -1  # "Paris, France, April 29, 2025": a caption's place and date stamp, no event
            start = min(t.i for t in name.subtree if t.dep_ in ("compound", "det", "poss", "amod") or t.i == name.i)
            end = node.right_edge.i + 1
            while end > start and (date.doc[end - 1].is_punct or date.doc[end - 1].is_space):
                end -= 1
            said = [t for t in date.doc[name.i + 1 : end] if t.pos_ in ("NOUN", "VERB") and t.i not in range(date.start, date.end)]
            return (start, end) if said else (-1, -1)  # "Black Panther_ (2019": a name and a year say nothing
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("relcl",):
            return None  # the date belongs to a clause of its own
        node = node.head
    return None
