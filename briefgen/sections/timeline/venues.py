"""Places a row happens in are not its actors: "34 over the Krasnodar region", "in Russian attacks in the
town of Druzhkivka" name where, not who (timeline audit s36, rows 15, 19 and 20 listed a region, a town
and two villages as parties). A town, region or site named only as the object of a preposition of
place is left out of a row's actors; a country, or a capital standing for it ("A new round of peace
talks began in Abu Dhabi on Wednesday": the United Arab Emirates, the host), stays, as does any place
the row also names otherwise.
"""
from __future__ import annotations

from spacy.tokens import Span

from briefgen import gazetteer
from briefgen.nlp.labels import PLACE_LABELS

#: Prepositions that name where something happens.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "over", "outside", "inside", "across", "around", "into", "onto"})
#: Nouns of a kind of place, named "of" a town ("the town of Druzhkivka", "the settlements of …").
PLACE_NOUNS = frozenset({"city", "town", "village", "settlement", "region", "province", "district", "area",
                         "port", "oblast", "county", "state"})


def _is_venue(ent: Span) -> bool:
    """A name that is no country and is named as where: a place "over the Krasnodar region", "in the town of
    Druzhkivka", "the settlements of Staroukrainka and Stepanivka" (which the recogniser may take for
    organisations: the kind of place around them says what they are), or a place entity in a phrase of
    place ("in Kherson")."""
    if gazetteer.country_of(ent.text) or gazetteer.capital_of(ent.text):
        return False
    node = ent.root
    if node.dep_ == "compound" and node.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the Krasnodar region"
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # (the second of two settlements)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return ent.label_ in PLACE_LABELS and node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPS


def row_actors(span: Span, index) -> list[str]:
    """The actors a row's line names, without the towns and sites it names only as where."""
    if index is None:
        return []
    venues, others = set(), set()
    for ent in span.ents:
        (venues if _is_venue(ent) else others).add(index.resolve(ent.text))
    venues = {v for v in venues if index.kinds.get(v) != "person"}  # a person the recogniser took for a place
    return [name for name in index.named_in(span) if name not in venues or name in others]
