"""The asks-and-offers section: who asks, demands, offers, pledges or refuses what, of or to whom.

Trigger verbs come from the ``ask_triggers`` lexicon and are read on the dependency parse
(:mod:`.frames`). Parties and counterparties resolve to the actors of the actors section through
its ``ActorIndex`` (:mod:`.resolve`); a pronoun resolves to the subject of the clause or
sentence before it (cited too), or the item is dropped. A collective party that is no actor ("the
West", "six world powers") is kept as written when it is the explicit subject. An ask stated inside
a report or allegation ("officials said", "the powers suspect") keeps its speaker in the line and
its status (:mod:`.hedges`). The same ask found in several sources becomes one item citing all
of them, worded only as all of them say it (:mod:`.merge`).
"""
from __future__ import annotations

from briefgen.model.items import AskOffer
from briefgen.sections.asks_offers.counterparties import infer_counterparties
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
        for sentence in story_sentences(document):
            records.extend(r for r in records_of(document, sentence, resolver)
                           if r.party != r.counterparty)  # an ask of oneself is a misparse
    infer_counterparties(records, resolver)
    items = merge(records)
    items.sort(key=lambda it: (-it.support, it.party, it.kind,
                               source_key(it.citations[0].source), it.citations[0].sentence))
    return items[: options.max_items]
