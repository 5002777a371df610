"""Which day a figure is told for, and which of a sentence's listed figures answers another source's:
DW (Nik Martin, "Why China's Temu and Shein are Europe's new trade threat", 6 May 2025) and
TheJournal.ie (Diarmuid Pepper, 21 May 2025), both of dev corpus eu-small-parcel-fee-2025, verbatim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

DW = ("Goods bought from Temu and Shein, who handled 30% of daily US low-value packages last year between them, "
      "will now be subject to a 30% tariff or flat fees of up to $50, plus the 145% tariff on imports from China "
      "levied by Trump last month.")
JOURNAL = ("The United States ended tariff exemptions earlier this month for goods shipped from China worth less "
           "than $800, which are to face a levy of 54%.")
DAYS = [dt.date(2025, 5, 6), dt.date(2025, 5, 21)]


def test_a_levy_and_a_tariff_on_the_same_goods_at_different_rates_are_a_number_conflict(nlp):
    # "last year" dates the relative clause (when Temu and Shein handled the packages), not the tariff told
    [conflict] = conflicts_of_kind(nlp, [DW, JOURNAL], DAYS, "number")
    assert conflict.about == "Size of the tariff: 30% (S1) or 54% (S2)"
    assert [claim.citations[0].source for claim in conflict.claims] == ["S1", "S2"]


def test_the_other_tariff_the_sentence_lists_is_not_a_side(nlp):
    # "plus the 145% tariff on imports from China": another tariff, listed beside the 30% one
    [conflict] = conflicts_of_kind(nlp, [DW, JOURNAL], DAYS, "number")
    assert "145%" not in conflict.about
    assert not any(claim.text.startswith("145%") for claim in conflict.claims)

