"""A denial beside the charge it answers (conflicts audits c44 items 08 and 11, and c40): another sentence
that tells the same deed as charged, alleged or reported; never a sentence that only shares a word."""
from __future__ import annotations

import datetime as dt

import pytest
from support import SHARED, conflicts_of_kind, dev_documents, run_sections

from briefgen.sections.conflicts.charges import charges, denied_deed
from briefgen.sections.conflicts.denial_cues import denial_cue

DEV = SHARED / "eval" / "dev"

MARCH_13, MARCH_26 = dt.date(1987, 3, 13), dt.date(1987, 3, 26)
# Reuters, 13 March 1987 (dev corpus us-japan-chip-tariffs-1987, S1 ¶3) and 26 March 1987 (S2 ¶3)
JAPAN = ("Japan denied breaking a pact with the U.S. On semiconductor trade but said prices set out in the pact were "
         "too high and acknowledged difficulties in implementing the accord.")
WHITE_HOUSE = ("The White House Economic Policy Council decided to recommend trade sanctions against Japan for "
               "violations of the U.S.-Japanese semiconductor agreement, industry sources said.")
# BBC Sport, 2004 (dev corpus kenteris-thanou-doping-case-2004-05, S5 ¶10 and S3 ¶5)
PANAGOPOULOS = ("The head of that tribunal, Kostas Panagopoulos, said it had not been proven that the athletes refused "
                "to take the test in Athens.")
CHARGES = ("The sprint duo face charges of failing to give information on their location and refusing to submit to a "
           "drugs test.")


def claims_of(nlp, texts, days):
    [denial] = conflicts_of_kind(nlp, texts, days, "denial")
    return denial, [claim.text for claim in denial.claims]


def test_a_denied_breach_is_answered_by_a_charge_of_violating_it(nlp):
    # "breaking a pact" and "violations of the … agreement" are one deed of one commitment
    denial, claims = claims_of(nlp, [JAPAN, WHITE_HOUSE], [MARCH_13, MARCH_26])
    assert claims == [JAPAN, WHITE_HOUSE]
    assert denial.about.startswith("Japan denies breaking a pact with the U.S.")


def test_a_finding_of_unproven_is_answered_by_the_charge(nlp):
    _, claims = claims_of(nlp, [CHARGES, PANAGOPOULOS], [dt.date(2004, 12, 16), dt.date(2004, 12, 19)])
    assert claims == [PANAGOPOULOS, CHARGES]


def test_claims_dismissed_are_answered_by_the_charges_that_surfaced(nlp):
    # PC World and Web User, December 2004 (dev corpus lycos-make-love-not-spam-2004, S4 ¶8 and S5 ¶9)
    surfaced = ("Charges quickly surfaced that Lycos was crossing the line by launching a DDOS (distributed denial of "
                "service) attack, which is illegal in the U.S. and most European countries.")
    dismissed = ("Lycos has dismissed claims that the service launched distributed denial of service attacks but has "
                 "decided to close the site.")
    _, claims = claims_of(nlp, [surfaced, dismissed], [dt.date(2004, 12, 3), dt.date(2004, 12, 6)])
    assert claims == [dismissed, surfaced]


def test_a_levy_charged_is_no_charge_against_the_denier():
    # Reuters, 2025 (dev corpus eu-small-parcel-fee-2025, S1 ¶9 and ¶20): "Fees should be charged on low-value
    # e-commerce packages …, as it seeks greater controls on online platforms such as Shein and Temu that ship cheap
    # items to European consumers duty-free" was shown as the claim Shein's "its success is not down to the
    # duty-free allowance" answers, for "France said" told it: a saying is no charge
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present")
    conflicts = run_sections(dev_documents("eu-small-parcel-fee-2025"), "actors", "conflicts").items["conflicts"]
    [shein] = [c for c in conflicts if c.kind == "denial" and c.about.startswith("Shein")]
    assert [c.source for claim in shein.claims for c in claim.citations] == ["S1"]
    assert not any(claim.text.startswith("Fees should be charged") for claim in shein.claims)


def test_a_deed_told_as_said_is_not_told_as_charged(nlp):
    # Outlook Business and PYMNTS, May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025, S4 ¶12 and S5 ¶15):
    # the regulator's "received a level of protection" is no claim that the Chinese authorities requested data
    doyle = ("“TikTok failed to verify, guarantee, and demonstrate that the personal data of European users, accessed "
             "remotely by staff in China, received a level of protection essentially equivalent to that guaranteed "
             "within the EU,” said Ireland’s Deputy Commissioner Graham Doyle, according to Reuters.")
    tiktok = ("In a statement, TikTok said it has “never received a request for European user data from the Chinese "
              "authorities, and has never provided European user data to them,” and vowed to appeal the ruling.")
    _, claims = claims_of(nlp, [doyle, tiktok], [dt.date(2025, 5, 2), dt.date(2025, 5, 4)])
    assert claims == [tiktok]


def test_an_accusation_denied_in_its_own_sentence_takes_no_other_accusation(nlp):
    # The Guardian and France 24, February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026, S3 ¶39, S4 ¶50)
    china = ("Ukraine and several European governments have accused Beijing of providing weapons to Russia, allegations "
             "China denies.")
    lavrov = ("Russian Foreign Minister Sergei Lavrov has accused Ukrainian President Volodymyr Zelensky of not wanting "
              "to seal a peace deal as it would mean the end of Zelensky's political career, Russia's state RIA news "
              "agency reported.")
    denials = conflicts_of_kind(nlp, [china, lavrov], [dt.date(2026, 2, 4)] * 2, "denial")
    [china_denies] = [d for d in denials if d.about.startswith("China")]
    assert [claim.text for claim in china_denies.claims] == [china]


def test_a_plea_to_the_charges_is_answered_by_the_trial_told_before(nlp):
    # BBC News, 2005 (dev corpus yukos-yugansk-auction-2004-05, S6 ¶5-6)
    trial = ("Separately, former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud and "
             "tax evasion.")
    plea = ("Mr Khodorkovsky - who has been in jail for more than a year - pleaded not guilty to the charges brought "
            "against him and denied involvement in any criminal activities.")
    denial, claims = claims_of(nlp, [trial + "\n\n" + plea], [dt.date(2005, 2, 25)])
    assert claims == [plea, trial]
    assert denial.about.endswith("— Separately, former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his "
                                 "trial for fraud and tax evasion")


def test_a_fee_charged_is_no_charge_and_charged_with_is(nlp):
    # Reuters, 2025 (eu-small-parcel-fee-2025, S1 ¶9) and BBC Sport, 2004 (kenteris-thanou-doping-case-2004-05, S2 ¶9)
    levied = nlp("Fees should be charged on low-value e-commerce packages coming into the European Union from next year.")
    charged = nlp("Greek prosecutors have also charged them with faking a midnight motorcycle crash which led to them "
                  "spending four days in hospital.")
    assert not charges(next(t for t in levied if t.lower_ == "charged"))
    assert charges(next(t for t in charged if t.lower_ == "charged"))


def test_the_deed_of_a_light_verb_is_what_it_does_and_a_state_has_none(nlp):
    # Information Week, December 2004 (lycos, S3 ¶23); Reuters, 2025 (eu-small-parcel-fee-2025, S1 ¶20)
    lycos = nlp("Lycos Europe, in its defense, has denied doing anything illegal.")
    shein = nlp("In a statement, Shein said it respects all the laws and regulations across its markets, including "
                "France, and that its success is not down to the duty-free allowance.")
    assert denied_deed(*denial_cue(lycos[:])).text == "illegal"
    cue, what = denial_cue(shein[:])
    assert denied_deed(cue, what) is None  # "duty-free" is no deed anyone is charged with


def test_a_quotation_before_a_plea_is_the_speakers_own_words_not_the_charge(nlp):
    # BBC News, "Commons hunt protest charges", 2004 (BBC News dataset politics_066; Podginator/Dissertation_final@5211418)
    quoted = ("\"We have done nothing wrong beyond the obvious which was to stand up for our rights and not act like a "
              "sheep like the rest of the country.\"")
    plea = ("One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said he and the other seven protesters "
            "would plead not guilty to the charges.")
    _, claims = claims_of(nlp, [quoted + " " + plea], [dt.date(2004, 11, 16)])
    assert claims == [plea]


def test_a_rumour_called_baseless_is_not_its_own_denier(nlp):
    # Reuters, 1 March 1987 (Reuters-21578 NEWID 236, OPEC output; outside the dev set): the heading read
    # "rumour calls false: This rumour is baseless" (outside audit o49, conflicts-04)
    quoted = ("\"This rumour is baseless. It is based on reports which said Kuwait has the ability to exceed its share. "
              "They suppose that because Kuwait has the ability, it will do so,\" the minister said.")
    assert not [c for c in conflicts_of_kind(nlp, [quoted], [dt.date(1987, 3, 1)], "denial")
                if c.about.lower().startswith("rumour")]
