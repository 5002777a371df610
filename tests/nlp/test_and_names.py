"""A company named "X and Y" before a company suffix is one organisation wherever the text names it; two
names joined by "and" without one stay two."""
from __future__ import annotations

from briefgen.nlp.pipeline import load_pipeline
from briefgen.nlp.reading import reading_text

# Reuters-21578 NEWID 12409, 2 April 1987 (outside the dev set), hard-wrapped as the wire stores it
WIRE = ("TOKYO, April 2 - A Japanese businessman announced plans for\n"
        "a new telecommunications firm in which Britain's Cable and\n"
        "Wireless Plc would be a core company.\n"
        "    However, the plan, unveiled by senior Federation of\n"
        "Economic Organizations official Fumio Watanabe, does not\n"
        "specify what stake Cable and Wireless would have.\n")
# BBC News, December 2004 (dev corpus yukos-yugansk-auction-2004-05, S5)
TWO = ("Yukos is currently suing four companies - Gazprom, its unit Gazpromneft, Rosneft and the shell company which won "
       "the bidding - for their part in Yugansk's sale.")


def test_a_company_named_with_and_is_one_organisation_each_time_the_text_names_it():
    doc = load_pipeline()(reading_text(WIRE))
    named = [e.text for e in doc.ents if "Cable" in e.text or "Wireless" in e.text]
    assert [" ".join(n.split()) for n in named] == ["Cable and Wireless", "Cable and Wireless"]
    assert all(e.label_ == "ORG" for e in doc.ents if "Cable" in e.text)


def test_names_joined_by_and_without_a_company_suffix_stay_apart():
    doc = load_pipeline()(TWO)
    assert not any(" and " in e.text for e in doc.ents)


# Reuters, 18 March 1987 (dev corpus gencorp-takeover-bid-1987, S1), as the wire stores it; timeline audit s28 rows
# 07-09 listed "Wagner" and "Brown" as two actors
GENCORP = ("    NEW YORK, March 18 - &lt;General Partners>, controlled by\n"
           "privately-held Wagner and Brown and by AFG Industries Inc, said\n"
           "it has started a tender offer for all common shares of GenCorp\n"
           "Inc and associated defensive preferred share purchase rights\n"
           "for 100 dlrs a share.\n"
           "    Last fall, AFG and Wagner and Brown offered to acquire\n"
           "&lt;Lear Siegler Inc> for about 1.44 billion dlrs but withdrew the\n"
           "offer when higher bids emerged.\n")


def test_a_firm_whose_two_names_the_text_never_writes_apart_is_one_organisation():
    doc = load_pipeline()(reading_text(GENCORP))
    assert [e.text for e in doc.ents if "Wagner" in e.text or "Brown" in e.text] == ["Wagner and Brown"] * 2
