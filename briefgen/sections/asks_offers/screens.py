"""What the asks-and-offers section does not read as an ask or offer: a question (headlines and
link lines are :func:`briefgen.sections.story.is_headline`), and a trigger under someone's fear, doubt, criticism or hope ("worried that …",
"criticised the offer", "hopes that X will be willing to …").
"""
from __future__ import annotations

from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Sentence
from briefgen.sections.asks_offers.frame import Frame

#: How far up the parse a fear, doubt or criticism may govern a trigger.
BLOCKER_DEPTH = 4


def is_question(sentence: Sentence) -> bool:
    """The sentence asks a question (it ends with "?", quotes and brackets aside)."""
    return sentence.text.rstrip(" \"'”’)").endswith("?")


def is_background(frame: Frame) -> bool:
    """The trigger tells, in the pluperfect, the reason for something else ("Lawyers claimed the
    auction was illegal because Yukos had filed for bankruptcy"): an argument's premise, not an ask
    the sentence states."""
    head = frame.head
    reason = head.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "since") for m in head.children)
    return reason and any(a.dep_ == "aux" and a.lower_ == "had" for a in head.children)


def is_blocked(frame: Frame) -> bool:
    """The trigger is someone's fear, doubt or criticism ("worried that …", "criticised the offer"),
    or the background of an argument (``is_background``)."""
    if is_background(frame):
        return True
    blockers = load_lexicon("ask_blockers")
    token = frame.head
    for _ in range(BLOCKER_DEPTH):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in blockers or token.lower_ in blockers:
            return True
    return False
