"""A source giving one act to come two different sums: Reuters, "U.S. MAY END ADDITIONAL SANCTIONS
AGAINST JAPAN" (Washington, 20 October 1987; dev corpus us-japan-chip-tariffs-1987), its sentences
verbatim with the wire's line breaks undone."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

LEAD = ("The United States may lift an additional 84 mln dlrs in trade sanctions against Japan later this month, "
        "Reagan Administration officials said.")
JUNE = ("Reagan lifted 51 mln dlrs of the sanctions last June after Japan ended selling the semiconductors on the "
        "U.S. market at below production costs.")
LIKELY = "They said it was likely the 51 mln dlrs in sanctions would be lifted by the end of the month."
DAY = [dt.date(1987, 10, 20)]


def test_one_story_giving_the_sanctions_to_be_lifted_this_month_two_sums_is_a_conflict(nlp):
    [conflict] = conflicts_of_kind(nlp, [" ".join([LEAD, JUNE, LIKELY])], DAY, "number")
    assert conflict.about == "Size of the sanctions to be lifted: 84 mln dlrs or 51 mln dlrs (S1 gives both)"
    assert [claim.citations[0].quote for claim in conflict.claims] == [LEAD, LIKELY]


def test_what_was_lifted_in_june_is_no_side_of_what_may_be_lifted_this_month(nlp):
    assert not conflicts_of_kind(nlp, [" ".join([LEAD, JUNE])], DAY, "number")
