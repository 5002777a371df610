"""The spaCy entity-label sets every section shares, defined once."""
from __future__ import annotations

import re

#: Entities that can be actors of a story: people, organisations, countries and cities, groups.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Entities that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entities that can be a party to an ask, offer or measure: actors and places standing for them.
PARTY_LABELS = ACTOR_LABELS | PLACE_LABELS
#: Names of any kind, for comparing which names two texts share.
NAME_LABELS = PARTY_LABELS | {"EVENT"}
#: Entities that state a figure: counts, rates, quantities and sums.
FIGURE_LABELS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY"})
#: A name that ends as a law's does ("Financial Services Act", "Bankruptcy Code", "Plaza Accord", "General Data
#: Protection Regulation (GDPR)", its acronym after it): the recogniser often tags it an organisation, but a law
#: is no party.
LAW_NAME = re.compile(r"\s(?:Act|Code|Treaty|Convention|Accord|Directive|Charter|Regulation)(?:\s*\([A-Z]{2,}\))?$")


def is_law_name(text: str) -> bool:
    return bool(LAW_NAME.search(text.strip()))
