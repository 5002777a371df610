"""The asks-and-offers section: who asks, demands, offers, pledges, refuses or threatens what, of
or to whom, each told in the source's own clause.

Triggers (verbs, adjective frames, nouns with a named party, modal frames of reported speech)
are read on the dependency parse (:mod:`.frames`); parties and counterparties resolve to the
actors of the actors section through its ``ActorIndex``, pronouns and descriptions to the actor
they stand for, or the item is dropped (:mod:`.resolve`). The line is the clause cut verbatim
from the sentence (:mod:`.clause`). The same ask found in several sources becomes one item citing
all of them (:mod:`.merge`).
"""
from __future__ import annotations

from briefgen.model.items import AskOffer
from briefgen.sections.asks_offers.exchange import infer_counterparties
from briefgen.sections.asks_offers.merge import merge, source_key
from briefgen.sections.asks_offers.record import Record
from briefgen.sections.asks_offers.records import records_of
from briefgen.sections.asks_offers.resolve import Resolver
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences


def extract_asks_offers(context: Context, options) -> list[AskOffer]:
    """Every ask and offer of the story sentences, merged across sources, best supported first."""
    resolver = Resolver(context.actor_index)
    if resolver.index is None:
        context.warnings.append("asks_offers: no actor index (the actors section did not run); section left empty")
        return []
    records: list[Record] = []
    for document in context.documents:
        own: list[Record] = []
        for sentence in story_sentences(document):
            own.extend(records_of(document, sentence, resolver, own))
        records.extend(own)
    infer_counterparties(records, resolver)
    items = merge(records)
    items.sort(key=lambda it: (-it.support, source_key(it.citations[0].source), it.citations[0].sentence,
                               it.party, it.kind, it.text))
    return items[: options.max_items]
