"""Unstated counterparties of the asks-and-offers section: whom an ask or offer is of or to when
its sentence does not say, from the items' nationality, the exchange stated just before it, or the
one actor the text pairs the party with.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import SUBJECTS, run_text
from briefgen.sections.asks_offers.resolve import LOOKBACK, Resolver

if TYPE_CHECKING:
    from briefgen.sections.asks_offers.frames import Frame
    from briefgen.sections.asks_offers.record import Record


def origin_counterparty(frame: Frame, resolver: Resolver, party: str) -> str | None:
    """For an ask with no counterparty: a nationality the items carry ("North Korean shells")."""
    for _, head in frame.items:
        names = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod") and t.text[:1].isupper()]
        for mod in names:
            run = [t for t in mod.subtree if t.text[:1].isupper() or t.is_punct]
            name = resolver.name(run_text(run)) or resolver.name(mod.text)
            if name and resolver.side(name) != resolver.side(party):
                return name
    return None


def infer_counterparties(records: list[Record], resolver: Resolver) -> None:
    """An ask with no counterparty takes the other side of the exchange stated just before it in
    the same paragraph (or after "in return"): "Y wants X. X also wants Z" -> Z is asked of Y."""
    cues = load_lexicon("ask_cues")
    for i, record in enumerate(records):
        if record.counterparty is not None:
            continue
        lowered = record.sentence.text.lower()
        cued = any(lowered.startswith(cue) or f" {cue}" in lowered for cue in cues)
        side = resolver.side(record.party)
        for previous in reversed(records[:i]):
            if previous.document is not record.document:
                continue
            gap = record.sentence.index - previous.sentence.index
            if gap > LOOKBACK or (previous.paragraph != record.paragraph and not cued):
                continue
            if previous.counterparty is None:
                continue
            if resolver.side(previous.counterparty) == side:
                record.counterparty = previous.party
                break
            if resolver.side(previous.party) == side and previous.kind == record.kind:
                record.counterparty = previous.counterparty
                break
        if record.counterparty is None and record.kind in ("ask", "offer"):
            record.counterparty = partner(record, resolver)


def partner(record: Record, resolver: Resolver) -> str | None:
    """The one actor the text pairs the party with ("talks between Russia and North Korea"), in this
    sentence or the few before it: the other side of an exchange whose counterparty goes unsaid."""
    side = resolver.side(record.party)
    document = record.document
    for index in range(record.sentence.index, max(-1, record.sentence.index - LOOKBACK - 2), -1):
        span = document.sentences[index].span
        for token in reversed(list(span)):
            if token.dep_ != "conj" or token.head.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.head.dep_ in SUBJECTS or token.head.dep_ == "pobj" and token.head.head.dep_ == "agent":
                continue  # "Iran and Russia want ...": one side, not the two sides of an exchange
            names = [resolver.phrase(token.head), resolver.phrase(token)]
            if None in names or names[0] == names[1]:
                continue
            sides = [resolver.side(n) for n in names]
            if side in sides and sides[0] != sides[1]:
                return names[1 - sides.index(side)]
    return None
