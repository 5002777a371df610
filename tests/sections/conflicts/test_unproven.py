"""A claim said to be unproven is denied: "… said it had not been proven that the athletes refused to take the
test in Athens. 'The charge cannot be substantiated,' he said." (dev corpus kenteris-thanou-doping-case-2004-05,
S5, BBC Sport, 18 March 2005). The pronoun denier is the named subject of the sentence before; alone, it names no one."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)

DAY = dt.date(2005, 3, 18)
PANAGOPOULOS = ("The head of that tribunal, Kostas Panagopoulos, said it had not been proven that the athletes refused "
                "to take the test in Athens.")
CHARGE = "\"The charge cannot be substantiated,\" he said."


def test_a_claim_called_unproven_is_a_denial_by_the_speaker(nlp):
    [denial] = conflicts_of_kind(nlp, [f"{PANAGOPOULOS} {CHARGE}"], [DAY], "denial")
    assert denial.about == "Kostas Panagopoulos calls unproven: the athletes refused to take the test in Athens"
    assert [claim.text for claim in denial.claims] == [PANAGOPOULOS, CHARGE]  # his two sentences, one denial


def test_an_unnamed_he_denies_nothing_a_reader_can_use(nlp):
    assert conflicts_of_kind(nlp, [CHARGE], [DAY], "denial") == []
