"""A commitment said broken beside a saying that it was kept: the Guardian, 4 February 2026 (its
headline, standfirst, first two sentences and a later one), and France 24 of the same day (dev
corpus ukraine-peace-talks-abu-dhabi-2026, S3 and S4), verbatim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

HEADLINE = "Ukraine and Russia hold ‘productive’ first day of US-led peace talks in Abu Dhabi"
ACCUSED = ("Major obstacles to viable deal remain after Volodymyr Zelenskyy accuses Moscow of violating energy "
           "truce")
KEPT = ("Trump said later on Tuesday that Vladimir Putin had “kept his word” on the ceasefire, adding that Russia’s "
        "pause in attacks was meant to last only until Sunday.")
ABUSING = ("Russian President Vladimir Putin is abusing the ceasefire talks to attack civilian infrastructure in "
           "Ukraine, a spokesperson of the European Commission said.")
LEAD = ("Ukrainian and Russian negotiators have held a “productive” first round of US-led peace talks in Abu Dhabi, as "
        "Washington seeks a pathway to end the nearly four-year war in Ukraine. The two-day trilateral talks that are "
        "due to continue on Thursday come after Volodymyr Zelenskyy accused Moscow of exploiting a US-backed energy "
        "truce last week to stockpile weapons before launching a record number of ballistic missile attacks at "
        "Ukraine on Tuesday.")
GUARDIAN = f"{HEADLINE}\n{ACCUSED}\n{LEAD}"
FRANCE24 = f"Roughly 55,000 Ukrainian soldiers killed since start of war, Zelensky says - France 24\n{ABUSING}"
DAYS = [dt.date(2026, 2, 4)] * 3


def breaches(nlp, texts):
    return [c for c in conflicts_of_kind(nlp, texts, DAYS, "denial") if c.about.startswith("Whether")]


def test_a_truce_said_violated_and_said_kept_by_the_accused_s_leader_is_a_dispute(nlp):
    # Moscow is Russia, and Putin is Russia's (France 24: "Russian President Vladimir Putin"): the one accused is
    # the one said to have kept his word
    [conflict] = breaches(nlp, [GUARDIAN, f"{HEADLINE}\n{KEPT}", FRANCE24])
    assert conflict.about.startswith("Whether Russia broke the energy truce: ")
    assert conflict.about.endswith("says Vladimir Putin kept it (S2)")
    assert [c.citations[0].quote for c in conflict.claims] == [ACCUSED, KEPT]


def test_another_charge_about_the_truce_is_no_defence(nlp):
    assert breaches(nlp, [GUARDIAN, FRANCE24]) == []
