"""An incident charged as faked against a claim that it happened is a dispute; a claim about something
else answers no charge."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

# dev corpus kenteris-thanou-doping-case-2004-05 (BBC News dataset, 2004-05, undated): "Greek sprinters suspended by
# IAAF" (S2 ¶9) and "Greek duo cleared in doping case" (S5 ¶8)
CHARGED = ("Greek prosecutors have also charged them with faking a midnight motorcycle crash which led to them "
           "spending four days in hospital.")
CLAIMED = "The pair then spent four days in a hospital, claiming they had been injured in a motorcycle crash."
# DW, 6 May 2025 (dev corpus eu-small-parcel-fee-2025, S2): a claim of another matter
OTHER = "Fraudsters claimed the goods were headed for other EU states to avoid tax and customs duties."
DAYS = [dt.date(2004, 12, 21), dt.date(2005, 3, 18)]


def faked(nlp, texts):
    return [c for c in conflicts_of_kind(nlp, texts, DAYS, "denial") if "was faked" in c.about]


def test_a_crash_charged_as_faked_and_claimed_as_real_is_a_dispute(nlp):
    [conflict] = faked(nlp, [CHARGED, CLAIMED])
    assert conflict.about == "Whether the motorcycle crash was faked: charged as faked (S1); claimed as real (S2)"
    assert [c.citations[0].quote for c in conflict.claims] == [CHARGED, CLAIMED]


def test_a_claim_of_another_matter_answers_no_charge(nlp):
    assert faked(nlp, [CHARGED, OTHER]) == []
