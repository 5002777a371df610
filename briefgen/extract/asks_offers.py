"""The asks-and-offers section: who asks, demands, offers, pledges or refuses what, of or to whom.

Trigger verbs come from the ``ask_triggers`` lexicon and are read on the dependency parse
(:mod:`.asks_syntax`). Parties and counterparties resolve to the actors of the actors section through
its ``ActorIndex`` (:mod:`.asks_resolve`); a pronoun resolves to the subject of the clause or
sentence before it (cited too), or the item is dropped. A collective party that is no actor ("the
West", "six world powers") is kept as written when it is the explicit subject. An ask stated inside
a report or allegation ("officials said", "the powers suspect") keeps its speaker in the line and
its status (:mod:`.asks_hedges`). The same ask found in several sources becomes one item citing all
of them, worded only as all of them say it (:mod:`.asks_merge`).
"""
from __future__ import annotations

from briefgen.model.items import AskOffer
from briefgen.extract import Context, register
from briefgen.extract.asks_counterparties import infer_counterparties, origin_counterparty, partner
from briefgen.extract.asks_hedges import hedge_status
from briefgen.extract.asks_merge import line_of, merge, norm, plain_line, same_items, source_order
from briefgen.extract.asks_records import Record, head_key, is_question, paragraph_of, records_of, records_of_frame
from briefgen.extract.asks_resolve import (
    ACTOR_LABELS,
    FIRST_PERSON,
    LOOKBACK,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    Antecedent,
    Resolver,
    collective,
)
from briefgen.extract.furniture import story_sentences

__all__ = [
    "ACTOR_LABELS", "DEFAULT_MAX_ITEMS", "FIRST_PERSON", "LOOKBACK", "PERSON_PRONOUNS", "THING_PRONOUNS",
    "Antecedent", "AsksOffersExtractor", "Record", "Resolver", "collective", "head_key", "hedge_status",
    "infer_counterparties", "is_question", "line_of", "merge", "norm", "origin_counterparty", "paragraph_of",
    "partner", "plain_line", "records_of", "records_of_frame", "same_items", "source_order",
]

DEFAULT_MAX_ITEMS = 40


@register
class AsksOffersExtractor:
    """Asks, demands, offers, pledges and refusals, best supported first."""

    name = "asks_offers"

    def extract(self, context: Context) -> list[AskOffer]:
        """Every ask and offer of the story sentences, merged across sources, best supported first."""
        resolver = Resolver(context.resources.get("actor_index"))
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
                                   source_order(it.citations[0].source), it.citations[0].sentence))
        return items[: context.options.get("max_items", DEFAULT_MAX_ITEMS)]
