"""Counterparties an exchange states across sentences: "Putin wants shells from North Korea. In
return, Kim wants technology" (asked of Putin), "Kim wants Moscow to provide X. North Korea also
wants food aid" (asked of Moscow too).

Only the sentence just before, in the same paragraph and source, is read, and its sentence is
cited too; anything further is a guess the brief does not make.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import paragraph_start
from briefgen.sections.asks_offers.record import Record
from briefgen.sections.asks_offers.resolve import Resolver
from briefgen.sections.asks_offers.triggers import noun_trigger

ASKING = ("ask", "demand")


def same_paragraph(before: Record, record: Record) -> bool:
    """The two records' sentences follow each other in one paragraph (``nlp.document.paragraph_start``)."""
    if before.document is not record.document or record.sentence.index - before.sentence.index != 1:
        return False
    return paragraph_start(record.document, record.sentence) <= before.sentence.start


def says_also(record: Record) -> bool:
    """The record's clause adds to what was asked before ("also wants", "as well")."""
    words = record.text.lower().split()
    return "also" in words or "too" in words


def infer_counterparties(records: list[Record], resolver: Resolver) -> None:
    """Fill the counterparty of an ask that names none from the ask just before it: the same
    party's counterparty after "also"; the asker of the sentence before when that one asked it of
    this party (the other side of the exchange)."""
    for i, record in enumerate(records):
        if record.counterparty is not None or record.kind not in ASKING:
            continue
        for before in reversed(records[:i]):
            if not same_paragraph(before, record) or before.kind not in ASKING:
                continue
            found = None
            if resolver.side(before.party) == resolver.side(record.party) and before.counterparty \
                    and says_also(record):
                found = before.counterparty
            elif before.counterparty and resolver.side(before.counterparty) == resolver.side(record.party):
                found = before.party
            if found and found != record.party:
                record.counterparty = found
                record.citations = sorted({(c.source, c.sentence): c for c in before.citations + record.citations}
                                          .values(), key=lambda c: c.sentence)
                break


def own_offer_before(items: list[Token], party: str, earlier: list[Record]) -> Record | None:
    """The party's own offer told before in the same source, when what it now says is about "its
    offer" ("willing to negotiate all points of its offer, including price", after "The partnership
    has earlier offered 100 dlrs per share for GenCorp"): whom that offer was made to is whom this
    is addressed to."""
    about_own = any(noun_trigger(t) == "offer" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
                    for item in items for t in item.subtree)
    if not about_own:
        return None
    return next((r for r in reversed(earlier) if r.kind == "offer" and r.party == party and r.counterparty), None)
