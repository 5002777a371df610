"""Disagreements a source states itself: a statement "contrary to" or "contradicting" a party's
claim, and two speakers' accounts set against each other with "By contrast"."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

TIKTOK_DAY = dt.date(2025, 5, 2)
# BleepingComputer, The Register and Bloomberg (Insurance Journal), 2 May 2025
# (dev corpus tiktok-dpc-fine-china-transfers-2025)
STORED = [
    "However, in April 2025, TikTok revealed that it had discovered in February 2025 that some EEA user data had "
    "been stored on servers in China, contradicting the company's earlier statements.",
    "Furthermore, Ireland's privacy regulator says that TikTok informed it last month that some EEA User Data had in "
    "fact been stored on servers in China, contrary to TikTok's evidence given to the inquiry.",
    "The DPC said TikTok disclosed in April that European user data had been stored on servers in China — "
    "contradicting earlier evidence it sent to the regulator.",
]


def test_a_statement_said_to_go_against_a_partys_evidence_is_one_conflict_citing_every_telling(nlp):
    [conflict] = conflicts_of_kind(nlp, STORED, [TIKTOK_DAY] * 3, "contradiction")
    assert conflict.about == ("Some EEA user data had been stored on servers in China — contrary to TikTok's "
                              "evidence given to the inquiry")
    assert [c.text for c in conflict.claims] == STORED
    assert sorted({c.source for c in conflict.citations}) == ["S1", "S2", "S3"]


def test_contrary_to_what_is_no_ones_claim_or_to_a_claim_called_false_is_no_contradiction(nlp):
    # The Register, 2004 (dev corpus lycos-make-love-not-spam-2004): a denial of reports, which the
    # denial rule reads; Reuters, 2026 (ukraine): "differed from" sets no statement against a claim
    texts = ['"Contrary to some reports, the service never launched a "distributed denial of service attack".',
             "It said Russia's definition of defence spending differed from that used by NATO and excluded expenses "
             "such as military construction and IT projects or welfare payments to service members' families."]
    assert conflicts_of_kind(nlp, texts, [dt.date(2004, 12, 3), dt.date(2026, 2, 4)], "contradiction") == []


# AP (ABC News), 26 January 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026), in its order
KRASNODAR = [
    "Russia’s Defense Ministry said Monday that air defenses downed 40 Ukrainian drones late Sunday and early "
    "Monday, including 34 over the Krasnodar region and four over the Sea of Azov.",
    "Krasnodar officials said drone fragments fell on two industrial plants in the city of Slavyansk, sparking fires "
    "that were extinguished. One person was injured, they said.",
    "By contrast, Ukraine’s general staff said an oil refinery in the Krasnodar region was targeted by Ukrainian "
    "forces. The facility supplied the Russian military, it added.",
]


def test_an_account_set_against_another_speakers_with_by_contrast_is_a_conflict_of_both(nlp):
    [conflict] = conflicts_of_kind(nlp, ["\n".join(KRASNODAR)], [dt.date(2026, 1, 26)], "contrast")
    # each side's account, not only its speaker (conflicts audit s25, conflicts-11)
    assert conflict.about == ("What happened in Krasnodar: drone fragments fell on two industrial plants in the city … "
                              "(Krasnodar officials, S1) or an oil refinery in the Krasnodar region was targeted by … "
                              "(Ukraine’s general staff, S1)")
    assert [c.text for c in conflict.claims] == [
        "Krasnodar officials said drone fragments fell on two industrial plants in the city of Slavyansk, sparking "
        "fires that were extinguished.",
        "By contrast, Ukraine’s general staff said an oil refinery in the Krasnodar region was targeted by "
        "Ukrainian forces."]


def test_two_accounts_told_one_after_the_other_without_a_contrast_are_no_conflict(nlp):
    # the Defense Ministry's downed drones and the officials' fallen fragments: two parts of one story
    assert conflicts_of_kind(nlp, ["\n".join(KRASNODAR[:2])], [dt.date(2026, 1, 26)], "contrast") == []


def test_a_sentence_opening_by_contrast_is_story_not_a_byline(nlp):
    from briefgen.sections.story import is_credit_line
    assert not is_credit_line(KRASNODAR[2].split(". ")[0] + ".")
    assert is_credit_line("By Olena Harmash and Tom Balmforth")


# Reuters, 13 March 1987 (dev corpus brazil-seamen-strike-1987, S5 ¶6)
CONCEDED = ("Even though the Petrobras statement said the seamen's strike was over, a union spokesman said only two "
            "small shipping companies had reached a pay agreement.")
# the same report, ¶8: two sayings joined by "but", of which neither answers the other
BUT = ("Petrobras said the request for the withdrawal of the troops was made at 1100 local hours (1400 GMT), but a "
       "company spokesman said he did not know if the troops had already been removed.")


def test_two_speakers_sayings_set_against_each_other_by_a_concession_are_a_conflict(nlp):
    [conflict] = conflicts_of_kind(nlp, [CONCEDED], [dt.date(1987, 3, 13)], "contrast")
    assert conflict.about == ("Two accounts: the seamen's strike was over (the Petrobras statement, S1) or only two "
                              "small shipping companies had reached a pay agreement (a union spokesman, S1)")


def test_two_sayings_joined_without_a_concession_are_no_contrast_of_accounts(nlp):
    assert conflicts_of_kind(nlp, [BUT], [dt.date(1987, 3, 13)], "contrast") == []
