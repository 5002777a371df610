"""A party saying it did not do, or is not, what it is said to have done or to be denies a claim,
though no word of denial is written ("TikTok said it has never received a request …")."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind


def denials_of(nlp, texts, day=dt.date(2025, 5, 2)):
    return conflicts_of_kind(nlp, texts, [day] * len(texts), "denial")


def test_a_party_saying_it_never_did_what_it_is_said_to_have_done_denies_it(nlp):
    # Euronews and TechCrunch, 2 May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025)
    [denial] = denials_of(nlp, [
        "TikTok said it would appeal the decision in full and that it has never received a request for European "
        "user data from the Chinese authorities, and has never provided European user data to them.",
        "DPC officials pointed out that the issue goes beyond the location of the servers and is also about the risk "
        "that Chinese authorities could access the data of European users under domestic laws."])
    assert denial.about == "TikTok denies: it has never received a request for European user data from the " \
                           "Chinese authorities"
    assert len(denial.claims) == 1  # the risk of access is no claim that a request was made (audit #4)


def test_a_party_saying_it_is_not_what_it_is_said_to_be_denies_it(nlp):
    # BBC, 20 December 2004 (dev corpus yukos-yugansk-auction-2004-05); Reuters, 29 April 2025 (eu-small-parcel)
    [gazprom] = denials_of(nlp, ["However, Gazprom has announced it is not linked to Baikal in any way."])
    assert gazprom.about == "Gazprom denies: it is not linked to Baikal in any way"
    [shein] = denials_of(nlp, ["In a statement, Shein said it respects all the laws and regulations across its "
                               "markets, including France, and that its success is not down to the duty-free "
                               "allowance."])
    assert shein.about == "Shein denies: its success is not down to the duty-free allowance"


def test_what_a_party_will_not_do_or_does_not_know_or_says_in_a_quote_is_no_denial(nlp):
    # BBC, November 2004 (dev corpus lycos); Reuters, March 1987 (dev corpora gencorp and us-japan-chip-tariffs);
    # Reuters, 2026 (ukraine). (Panagopoulos's "it had not been proven that …" is no self-denial: it calls the
    # charge unproven, tests/sections/conflicts/test_unproven.py)
    assert not denials_of(nlp, ['"We\'ve never really solved the big problem of spam which is that its so damn cheap '
                                'and easy to do," said Malte Pollmann, spokesman for Lycos Europe.'])
    assert not denials_of(nlp, ['"For this reason, we do not forsee any obstacles to a prompt consummation of the '
                                'transaction," General Partners said.'])
    assert not denials_of(nlp, ["Moscow has said it would not tolerate European troops on Ukrainian soil, a "
                                "condition Kyiv sees as essential for credible security guarantees."])


def test_a_denial_stands_beside_the_claim_its_own_source_told_before(nlp):
    # BBC, 20 December 2004 (dev corpus yukos-yugansk-auction-2004-05): the claim is told paragraphs above (the two sentences as written)
    [denial] = denials_of(nlp, [
        "Mystery firm Baikal Finance Group is officially registered in the central Russian region of Tver, but many "
        "analysts believe it may be linked to Gazprom. However, Gazprom has "
        "announced it is not linked to Baikal in any way."], day=dt.date(2004, 12, 20))
    assert [claim.text.split(",")[0] for claim in denial.claims] == [
        "However", "Mystery firm Baikal Finance Group is officially registered in the central Russian region of Tver"]


def test_the_company_denying_this_is_named_and_this_is_the_sentence_before(nlp):
    # BBC, 6 December 2004 (dev corpus lycos-make-love-not-spam-2004): the heading read "company denies this
    # was its fault", with neither the company nor what "this" is
    [denial] = denials_of(nlp, [
        "According to response-time figures gathered by Netcraft, some of the sites that the screensaver targeted "
        "were being knocked offline by the constant data requests. In a statement from Lycos Europe announcing the "
        "scrapping of the scheme, the company denied that this was its fault."], day=dt.date(2004, 12, 6))
    assert denial.about == (
        "Lycos Europe denies this was its fault — According to response-time figures gathered by Netcraft, some of "
        "the sites that the screensaver targeted were being knocked offline by the constant data requests")


def test_news_contradicting_a_partys_own_earlier_word_is_an_admission_not_a_denial(nlp):
    # TechCrunch, 2 May 2025 (timeline audit #4: shown as "TikTok contradicts the company's earlier statements")
    assert not denials_of(nlp, ["However, in April 2025, TikTok revealed that it had discovered in February 2025 that "
                                "some EEA user data had been stored on servers in China, contradicting the company's "
                                "earlier statements."])


def test_saying_it_is_not_possible_to_overstate_something_denies_nothing(nlp):
    # BBC News politics 221 ("Clarke defends terror detentions", 2004; a story outside the dev set, from the
    # BBC News dataset as copied in Podginator/Dissertation_final): emphasis, read as a denial before
    assert not denials_of(nlp, [
        'Shadow home secretary David Davis said it was not possible to overstate the importance of the judgment and '
        'urged the government to move as fast as "competently possible" to sort the problem out in the interests of '
        'natural justice.'], dt.date(2004, 12, 23))


def test_a_denier_named_by_surname_is_named_as_the_text_named_them_first(nlp):
    # France 24, 4 February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026, S4 ¶57-58; conflicts audit s25,
    # conflicts-07: the heading read "Ostanin denies wrongdoing")
    [denial] = denials_of(nlp, [
        "The comedian, Artemy Ostanin, was handed a sentence of five years and nine months and a fine of 300,000 "
        "roubles ($3,908). Ostanin, who had apologised to anyone whose feelings he had hurt, denied wrongdoing and "
        "said that the joke he made about the war veteran had made no mention of the conflict in Ukraine."],
        day=dt.date(2026, 2, 4))
    assert denial.about.startswith("Artemy Ostanin denies wrongdoing — ")  # (then the sentence before it, whose
    # sentence he denies: test_denial_claims)


def test_a_denial_the_text_puts_in_the_past_is_headed_so(nlp):
    # Daily Mail, July 2014 (CNN/DailyMail corpus; the Suarez ban, outside the dev set; outside audit s26,
    # conflicts-02: headed "Luis Suarez denies biting Chiellini", though he later apologised)
    [denial] = denials_of(nlp, [
        "Although Suarez initially denied biting Chiellini, claiming in his defence that he 'lost balance' and 'hit "
        "my face against the player', he later issued a public apology to the Juventus defender, who in turn "
        "accepted the apology and said the ban imposed on Suarez was excessive."], day=dt.date(2014, 7, 10))
    assert denial.about == "Suarez initially denied biting Chiellini"
