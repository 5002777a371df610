"""Two sources dating one act differently: the same kind of act, sharing what it is done by or to or
the state it declares, never two acts of different named parties or many acts ("strikes")."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind


def date_conflicts(nlp, texts, days):
    return conflicts_of_kind(nlp, texts, days, "date")


def test_one_ruling_on_two_days_is_a_date_conflict(nlp):
    # Reuters, 9 and 11 March 1987 (dev corpus brazil-seamen-strike-1987): Saturday 7 March or Friday 6 March
    [conflict] = date_conflicts(nlp, [
        "Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain on "
        "indefinite strike, even after the Higher Labour Court Saturday ruled it illegal, union leaders said.",
        "The government had already dispatched more than 1,000 marines to occupy the country's main ports after a "
        "national seamen's strike was ruled illegal last Friday."], [dt.date(1987, 3, 9), dt.date(1987, 3, 11)])
    # the heading names what was ruled illegal (timeline audit t2, cf-01: "ruled it illegal" left it unsaid)
    assert conflict.about == "When a national seamen's strike was ruled illegal: 1987-03-06 (S2) or 1987-03-07 (S1)"


def test_strikes_of_two_parties_are_no_date_conflict(nlp):
    # Reuters, 4 and 5 February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026)
    assert not date_conflicts(nlp, [
        "Russia launched its most powerful strikes of the year on Ukraine's energy facilities overnight on Tuesday, "
        "cutting heating to hundreds of thousands of homes in freezing temperatures.",
        "The Ukrainian General Staff said in a statement its forces had launched successful strikes on a Russian "
        "intermediate-range ballistic missile launch site last month."], [dt.date(2026, 2, 4), dt.date(2026, 2, 5)])


# dev corpus us-japan-chip-tariffs-1987: S4 (Reuters, 11 April 1987), S5 (13 April 1987), S7 (20 October 1987)
JULY = ("Last month President Reagan announced the sanctions in retaliation for what he called Japan's failure to "
        "honour a July 1986 agreement to stop dumping computer microchips in markets outside the United States and "
        "to open its home market to American goods.")
SEPTEMBER = ("He accused Japan of failing to enforce major provisions of a September 1986 agreement on preventing "
             "microchip dumping and providing American industry with fair trade opportunities.")
YEAR = ("President Reagan imposed 300 mln dlrs in sanctions on Japanese goods last April for its failure to honor a "
        "1986 agreement to end dumping semiconductors in the U.S. and third country markets and to open its home "
        "market to U.S. goods.")


def test_one_agreement_made_in_two_months_is_a_date_conflict(nlp):
    [conflict] = date_conflicts(nlp, [JULY, SEPTEMBER], [dt.date(1987, 4, 11), dt.date(1987, 4, 13)])
    assert conflict.about == "When the agreement was made: 1986-07 (S1) or 1986-09 (S2)"


def test_a_year_that_holds_both_months_takes_no_side(nlp):
    assert not date_conflicts(nlp, [JULY, YEAR], [dt.date(1987, 4, 11), dt.date(1987, 10, 20)])
    [conflict] = date_conflicts(nlp, [JULY, SEPTEMBER, YEAR],
                                [dt.date(1987, 4, 11), dt.date(1987, 4, 13), dt.date(1987, 10, 20)])
    assert conflict.about == "When the agreement was made: 1986-07 (S1) or 1986-09 (S2)"


# dev corpus lycos-make-love-not-spam-2004: PC World (IDG), 3 December 2004 (S4 ¶5; its sub-heading "Spamming
# the Spammers" left off), and Wikinews, 6 December 2004 (S7 ¶6, ¶8)
LAUNCHED = ('Lycos launched the "Make Love, Not Spam" screensaver Wednesday, but was circulating a beta version of '
            'the software before that.')
STARTED = "The company started distributing a screensaver on November 29, 2004 on makelovenotspam.com."
STOPPED = 'Lycos stopped distributing the program on December 3, 2004 and asked clients to "stay tuned."'
LYCOS_DAYS = [dt.date(2004, 12, 3), dt.date(2004, 12, 6)]


def test_a_start_of_distributing_is_a_start_of_the_act(nlp):
    # "started distributing" is a start, as "launched" is, and what a quoted title heads ('the "Make Love, Not
    # Spam" screensaver') is the screensaver both launch
    from briefgen.sections.conflicts.dates import _act
    from briefgen.sections.timeline.extractor import events_in
    from support import make_documents, run_sections

    documents = make_documents(nlp, [LAUNCHED, STARTED], LYCOS_DAYS)
    context = run_sections(documents, "actors")
    launched, started = (events_in(d, context) for d in documents)
    assert [(_act(e), "screensaver" in e.participants) for e in launched + started] == [("launch", True),
                                                                                        ("start", True)]


def test_a_launch_told_with_its_forerun_takes_no_side_on_the_start(nlp):
    # the PC World telling says the screensaver circulated as a beta "before that": Wikinews' 29 November is no
    # other date of the same launch (conflicts audit s28, item 14, judged the pair no conflict)
    assert date_conflicts(nlp, [LAUNCHED, STARTED], LYCOS_DAYS) == []


def test_a_launch_and_a_stop_are_two_acts(nlp):
    assert date_conflicts(nlp, [LAUNCHED, STOPPED], LYCOS_DAYS) == []


def test_agreements_of_different_makers_are_no_date_conflict(nlp):
    # Reuters, 1-2 March 1987 (Reuters-21578 NEWID 248, 273 and 349, OPEC output; outside the dev set): OPEC's
    # December accord, the oil majors' February contract and the Gulf states' Doha pact were paired as "When the
    # accord was made: 1986-12 (S3) or 1987-03-01 (S5)" (outside audit o49, conflicts-01)
    opec = ("BAHRAIN, March 1 - Saudi Arabian Oil Minister Hisham Nazer reiterated the kingdom's commitment to last "
            "December's OPEC accord to boost world oil prices and stabilise the market, the official Saudi Press Agency "
            "SPA said.")
    majors = ("The four -- Exxon Corp <XON>, Mobil Corp <MOB>, Texaco Inc <TX> and Chevron Corp <CHV> -- signed a "
              "long-term agreement last month to buy Saudi crude for 17.52 dlrs a barrel.")
    gulf = ("WAM said the officials would be discussing implementation of last Sunday's agreement in Doha by Gulf "
            "Cooperation Council (GCC) oil ministers to help each other market their crude oil.")
    days = [dt.date(1987, 3, 1), dt.date(1987, 3, 2), dt.date(1987, 3, 2)]
    assert date_conflicts(nlp, [opec, majors, gulf], days) == []
