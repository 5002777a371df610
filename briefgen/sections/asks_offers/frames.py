"""All frames of one sentence in the asks-and-offers section: each trigger read by the reader of
its kind — a verb or adjective frame (:mod:`.verbs`), a noun whose party is named (:mod:`.nouns`),
a modal frame of reported speech (:mod:`.modals`). Nothing here knows a story's names or goods.
"""
from __future__ import annotations

from briefgen.sections.asks_offers.adjectives import read_adjective
from briefgen.sections.asks_offers.frame import Frame
from briefgen.sections.asks_offers.modals import read_modal, read_necessity, read_subjunctive
from briefgen.sections.asks_offers.nouns import conjoined_frames, read_noun
from briefgen.sections.asks_offers.triggers import adjective_trigger, noun_trigger, verb_trigger
from briefgen.sections.asks_offers.verbs import read_verb
from briefgen.sections.asks_offers.walkouts import as_threat


def frames_of(tokens) -> list[Frame]:
    """Every frame the tokens of one sentence hold, outermost triggers first. A word the tagger
    calls a verb but the parse uses as a noun ("with Washington's calls for") is read as a noun."""
    found: list[Frame] = []
    for token in sorted(tokens, key=lambda t: (len(list(t.ancestors)), t.i)):
        frame = read_subjunctive(token)
        verb = verb_trigger(token)
        if frame is None and verb is not None:
            frame = read_verb(token, *verb)
        if frame is None and (kind := adjective_trigger(token)) is not None:
            frame = read_adjective(token, kind)
        if frame is None and (kind := noun_trigger(token)) is not None:
            frame = read_noun(token, kind)
            found.extend(conjoined_frames(frame) if frame is not None else [])
        if frame is None and token.pos_ == "ADJ":
            frame = read_necessity(token)
        if frame is None and verb is None and token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            frame = read_modal(token)
        if frame is not None:
            found.append(as_threat(frame))
    return found
