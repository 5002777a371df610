"""Sources telling one offer — the same sum or rate, days apart — made by different parties (dev corpus
brazil-seamen-strike-1987: Reuters, 5 and 9 March 1987; 19 March and 7 April 1987)."""
from __future__ import annotations

import datetime as dt

from support import make_documents, run_sections

import briefgen.sections.asks_offers.extractor  # noqa: F401  (registers the extractors)
import briefgen.sections.conflicts.extractor  # noqa: F401

PETROBRAS = ("The strikers, who are seeking a 275 pct pay increase, have rejected offers of a 100 pct raise from the "
             "state oil company Petrobras and an 80 pct increase from the National Union of Maritime Navigation "
             "Companies (Syndarma).")
SHIPOWNERS = ("Union leaders said they would not return to work unless they got a 275 pct pay rise. Shipowners have "
              "offered a 100 per cent raise, which the seamen rejected.")
SYNDARMA = ("The association grouping private shipowners, Syndarma, has also offered 120 pct but talks have so far "
            "been deadlocked over payment for overtime.")
LLOYD = ("The spokesman said the seamen had signed an agreement with the state-owned Lloyd Brasileiro company on "
         "Saturday for a 120 pct salary rise.")


def attributions(nlp, texts, days):
    documents = make_documents(nlp, texts, days)
    items = run_sections(documents, "actors", "asks_offers", "timeline", "conflicts").items["conflicts"]
    return [(c.about, [claim.citations[0].source for claim in c.claims]) for c in items if c.kind == "attribution"]


def test_one_raise_offered_by_two_different_parties(nlp):
    assert attributions(nlp, [PETROBRAS, SHIPOWNERS], [dt.date(1987, 3, 5), dt.date(1987, 3, 9)]) == [
        ("Who offered the 100 pct raise: Petrobras (S1) or Shipowners (S2)", ["S1", "S2"])]


def test_an_offer_and_an_agreement_of_the_same_rate_weeks_apart_are_no_conflict(nlp):
    # Syndarma's 120 pct offer and the agreement signed with Lloyd Brasileiro for 120 pct are two deals
    assert attributions(nlp, [SYNDARMA, LLOYD], [dt.date(1987, 3, 19), dt.date(1987, 4, 7)]) == []



def test_a_party_named_by_a_group_noun_the_sources_write_in_lower_case_is_no_rival(nlp):
    # audit s20, conflicts-04: "Shipowners have offered a 100 per cent raise" does not dispute Petrobras's offer —
    # the sources write "shipowners" as a common noun (S6 "private shipowners"), a group Petrobras's fleet is in
    assert attributions(nlp, [PETROBRAS, SHIPOWNERS, SYNDARMA],
                        [dt.date(1987, 3, 5), dt.date(1987, 3, 9), dt.date(1987, 3, 19)]) == []
