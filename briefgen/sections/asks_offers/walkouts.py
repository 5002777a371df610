"""Walking away as a threat: a party that says it would quit, resign or abandon its post if
another acts ("the seamen would abandon the vessels if the marines take over the ships"), or
rather than give in ("would offer their collective resignation rather than end their strike on
management's terms"), threatens; it neither pledges nor offers. The walk-out words are the
``ask_walkout_words`` lexicon."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.sections.asks_offers.frame import Frame, is_actorish


def _rather_than(verb: Token) -> bool:
    """ "… rather than end their strike": an alternative refused."""
    return any(c.lower_ == "than" and c.i > 0 and verb.doc[c.i - 1].lower_ == "rather" for c in verb.children)


def _walkout_act(frame: Frame) -> bool:
    words = load_lexicon("ask_walkout_words")
    verb = frame.trigger
    if verb.lemma_.lower() in words:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)


def as_threat(frame: Frame) -> Frame:
    """The frame as a threat when it promises walking away on a condition or instead of giving in,
    aimed at the one whose act the condition names; otherwise the frame unchanged."""
    if frame.kind not in ("pledge", "offer") or not _walkout_act(frame):
        return frame
    if frame.condition is None and not _rather_than(frame.trigger):
        return frame
    aimed = frame.counterparty
    if aimed is None and frame.condition is not None:
        aimed = next((c for c in frame.condition.children if c.dep_ == "nsubj" and is_actorish(c)), None)
    return replace(frame, kind="threat", counterparty=aimed)
