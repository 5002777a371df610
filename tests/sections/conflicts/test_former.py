"""A party's title or tie told as current by one source and as "former" by another told within
weeks of it (dev corpus eu-small-parcel-fee-2025: DW, 6 May 2025; Euronews, 23 May 2025)."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

DW = ("US President Donald Trump's scrapping of a duty-free loophole has shattered Temu and Shein’s business model, "
      "choking their flood of cheap Chinese goods into the United States.")
EURONEWS = ("Following former US President Donald Trump’s announcement of trade tariffs on China, the European "
            "Commission expressed concerns that Chinese goods could be redirected towards the EU, potentially flooding "
            "the European market.")


def test_a_president_called_former_by_a_source_of_the_same_month_is_a_conflict(nlp):
    [conflict] = conflicts_of_kind(nlp, [DW, EURONEWS], [dt.date(2025, 5, 6), dt.date(2025, 5, 23)], "status")
    assert conflict.about == "Whether Donald Trump is still US President: yes (S1) or a former one (S2)"
    assert [c.text for c in conflict.claims] == [DW, EURONEWS]


def test_a_title_that_may_have_ended_between_the_reports_is_no_conflict(nlp):
    # the same two sentences told years apart, or by a source that cannot be dated: the title may have ended
    assert conflicts_of_kind(nlp, [DW, EURONEWS], [dt.date(2019, 5, 6), dt.date(2025, 5, 23)], "status") == []
    assert conflicts_of_kind(nlp, [DW, EURONEWS], [dt.date(2025, 5, 6), None], "status") == []


def test_a_former_tie_without_the_current_one_told_elsewhere_is_no_conflict(nlp):
    # BBC, 2004 (dev corpus kenteris-thanou-doping-case-2004-05): only "former" is told
    assert conflicts_of_kind(nlp, ["Their former coach Christos Tzekos has also been charged with distributing banned "
                                   "substances.", "The pair's former coach, Christos Tzekos, has been banned for four "
                                   "years."], [dt.date(2004, 12, 21), dt.date(2005, 3, 18)], "status") == []
