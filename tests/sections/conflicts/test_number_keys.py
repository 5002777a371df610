"""What a figure measures, when the sentence says it through another noun: "the value of the offer",
"the total cost of the takeover at …", a "takeover bid" and a "tender offer" are all the offer
(Reuters, March-April 1987: dev corpus gencorp-takeover-bid-1987, read at run time from ../shared)."""
from __future__ import annotations

import datetime as dt

import pytest

from support import SHARED, conflicts_of_kind, dev_documents, run_sections

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)


@pytest.fixture(scope="module")
def gencorp():
    if not (SHARED / "eval" / "dev").is_dir():
        pytest.skip("../shared/eval/dev not present")
    return run_sections(dev_documents("gencorp-takeover-bid-1987"), "actors", "timeline", "conflicts")


def test_the_value_the_cost_and_the_tender_offer_are_one_offer_told_three_ways(gencorp):
    # S1 "making the value of the offer about 2.23 billion dlrs"; S2 "estimated the total cost of the takeover at
    # 2.5 billion dlrs"; S4 "its 2.3 billion dlr takeover bid"; S7 "the hostile 2.3 billion dlr, 100-dlr-a-share,
    # tender offer"
    [offer] = [c for c in gencorp.items["conflicts"] if c.about.startswith("Size of the offer")]
    assert offer.about == ("Size of the offer: about 2.23 billion dlrs (S1), 2.3 billion dlr (S4, S7) or "
                           "2.5 billion dlrs (S2)")
    assert sorted({c.source for c in offer.citations}) == ["S1", "S2", "S4", "S7"]


def test_a_buy_back_is_not_the_offer_it_fends_off(gencorp):
    # S7: "its plans to buy back 54 pct of its stock for 1.6 billion dlrs": another sum, of another deal
    assert not any("1.6 billion" in c.about for c in gencorp.items["conflicts"])


def test_two_prices_of_different_things_are_no_number_conflict(nlp):
    # Reuters, 1 March 1987 (Reuters-21578 NEWID 236 and 248, OPEC output; outside the dev set): "Size of the dlrs:
    # 16.67 dlrs (S2) or 18 dlrs (S3)" set Kuwait's official price against OPEC's reference price (audit o49, 02)
    kuwait = ("Because it was charging its official price, of 16.67 dlrs a barrel, it had lost custom, he said but did "
              "not elaborate.")
    saudi = ("Saudi Arabia was a main architect of the December accord, under which OPEC agreed to lower its total "
             "output ceiling by 7.25 pct to 15.8 mln barrels per day (bpd) and return to fixed prices of around 18 dlrs "
             "a barrel.")
    assert conflicts_of_kind(nlp, [kuwait, saudi], [dt.date(1987, 3, 1)] * 2, "number") == []
