"""Figures an independent reviewer judged no dispute (conflicts audit s36), that the number rules must
leave alone. Real sentences, verbatim: DW (6 May 2025) and TheJournal.ie (21 May 2025) of dev corpus
eu-small-parcel-fee-2025; Reuters, "U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN" (20 October
1987) of dev corpus us-japan-chip-tariffs-1987, its wire line breaks undone."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

DW = ("Goods bought from Temu and Shein, who handled 30% of daily US low-value packages last year between them, "
      "will now be subject to a 30% tariff or flat fees of up to $50, plus the 145% tariff on imports from China "
      "levied by Trump last month.")
JOURNAL = ("The United States ended tariff exemptions earlier this month for goods shipped from China worth less "
           "than $800, which are to face a levy of 54%.")
LEAD = ("The United States may lift an additional 84 mln dlrs in trade sanctions against Japan later this month, "
        "Reagan Administration officials said.")
LIKELY = "They said it was likely the 51 mln dlrs in sanctions would be lifted by the end of the month."


def test_a_tariff_and_a_later_levy_are_no_disputed_rate(nlp):
    # item 06: the US rate was revised between the two articles ("revised down to 54% from 120%", BBC), and the 30%
    # is one part beside a 145% tariff
    assert conflicts_of_kind(nlp, [DW, JOURNAL], [dt.date(2025, 5, 6), dt.date(2025, 5, 21)], "number") == []


def test_one_story_s_slip_between_two_sums_is_no_dispute(nlp):
    # item 34: the 51 mln dlrs were lifted in June; "the 51 mln" of the later sentence is the story's slip
    assert conflicts_of_kind(nlp, [f"{LEAD} {LIKELY}"], [dt.date(1987, 10, 20)], "number") == []
