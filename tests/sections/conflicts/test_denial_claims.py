"""What a denial is answered with and who denies (conflicts audit s19, conflicts-04): never a cut-off
teaser of the page, and "the company" of a spokesman is the company whose title they hold."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind, run_sections

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)
from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate

DAY = dt.date(2025, 5, 2)
GRAHN = ("However, Christine Grahn, TikTok's Head of Public Policy & Government Relations for Europe, said the company "
         "disagrees with the DPC's decision and that it's planning to appeal it because it fails to consider TikTok's "
         "new Project Clover data security initiative.")


def test_the_company_a_spokesman_speaks_for_is_the_one_of_their_title(nlp):
    # BleepingComputer, 2 May 2025: the heading read "company disagrees with the DPC's decision"
    [denial] = conflicts_of_kind(nlp, [GRAHN], [DAY], "denial")
    assert denial.about == "TikTok disagrees with the DPC's decision"
    assert denial.text == denial.about  # no claim found: the line is its heading, not the heading twice


def test_a_teaser_cut_off_on_the_page_is_no_claim(nlp):
    # The Register, 2 May 2025: the teaser line above the article was quoted as the claim answered
    register = ("TikTok fined\n\nIreland's Data Protection Commission (DPC) has confirmed a fine of €530 million against "
                "TikTok.\nThe DPC announced its final decision Friday following an inquiry into the lawfulness of "
                "TikTok's transfers of personal...\n\nIreland's Data Protection Commission (DPC) has confirmed a fine "
                "of €530 million against TikTok.\nThe DPC announced its final decision Friday following an inquiry "
                "into the lawfulness of TikTok's transfers of personal data from users in the European Economic Area "
                "to China.\n")
    documents = annotate([(Source(id=f"S{n}", path=f"s{n}.txt", sha256=str(n), published=DAY), text)
                          for n, text in ((1, GRAHN + "\n"), (2, register))])  # read as a build reads them
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    [denial] = [c for c in conflicts if c.kind == "denial"]
    claimed = [claim.text for claim in denial.claims[1:]]
    assert claimed and not any(text.endswith("...") for text in claimed)
    assert [c.source for claim in denial.claims for c in claim.citations] == ["S1", "S2"]  # the denial, then the claim
    assert denial.text == denial.about  # (the line is its heading; each claim cites its own source)


# Reuters, 13 April 1987 (dev corpus us-japan-chip-tariffs-1987, S5 ¶9) and 17 April 1987 (S6 ¶4)
CARLUCCI = ("Carlucci also said that although Japanese officials had presented statistics designed to show that Japan "
            "was opening its markets to American producers of microchips, \"our statistics do not confirm this.\"")
TARIFFS = ("The tariffs were imposed because of alleged Japanese failure to honor an agreement to stop below cost "
           "dumping of computer microchips on world markets and to open up its domestic markets to American goods.")


def test_evidence_that_does_not_confirm_a_claim_disputes_it(nlp):
    # the claim is the concessive clause's; "our statistics" are the speaker's
    [denial] = conflicts_of_kind(nlp, [CARLUCCI], [dt.date(1987, 4, 13)], "denial")
    assert denial.about == "Carlucci disputes: Japan was opening its markets to American producers of microchips"


def test_a_claim_disputed_in_its_own_sentence_is_not_matched_to_another_source(nlp):
    # S6 tells the United States' side ("alleged Japanese failure … to open up its domestic markets"); shown as the
    # claim Carlucci disputes, it put his own side against him
    [denial] = conflicts_of_kind(nlp, [CARLUCCI, TARIFFS], [dt.date(1987, 4, 13), dt.date(1987, 4, 17)], "denial")
    assert [c.citations[0].source for c in denial.claims] == ["S1"]


# New York Times, 28 April 2013, and CNN, 27 April 2013 (ricin letters, outside the dev set)
NOT_DISMISSED = ("Mr. Curtis’s brother Jack said that neither he nor other relatives immediately dismissed the charges "
                 "as false, given Mr. Curtis’s history of mental illness.")
NOT_BLAMED = ("At a news conference, Mr. Curtis said he did not blame the authorities but added that “this past week "
              "has been a nightmare for me and my family.”")
RESUMED = "He has accused Dutschke of stalking him online, a claim the former taekwondo instructor has denied."


def test_a_denial_said_not_to_have_been_made_is_none(nlp):
    # it was headed "other relatives dismiss the charges as false": the opposite of what the sentence says
    assert conflicts_of_kind(nlp, [NOT_DISMISSED], [dt.date(2013, 4, 28)], "denial") == []


def test_not_blaming_someone_denies_no_claim(nlp):
    assert conflicts_of_kind(nlp, [NOT_BLAMED], [dt.date(2013, 4, 28)], "denial") == []


def test_a_claim_resumed_after_a_comma_is_what_the_sentence_said_before_it(nlp):
    [denial] = conflicts_of_kind(nlp, [RESUMED], [dt.date(2013, 4, 27)], "denial")
    assert denial.about.endswith("denies the claim: He has accused Dutschke of stalking him online")


def test_a_denying_participle_before_its_saying_is_headed_with_what_is_said_instead(nlp):
    # Reuters, 11 March 1987 (dev corpus brazil-seamen-strike-1987, S3 ¶21; conflicts audit s28, item 04: the
    # heading did not say what the seamen contradicted)
    [denial] = conflicts_of_kind(nlp, [
        "Contradicting earlier reports from strike headquarters in Rio de Janeiro, seamen in Santos said the strikers "
        "on board ships here were not running out of food."], [dt.date(1987, 3, 11)], "denial")
    assert denial.about == ("seamen contradict earlier reports from strike headquarters in Rio de Janeiro: the "
                            "strikers on board ships here were not running out of food")


def test_a_claim_the_sentence_before_only_points_back_to_is_told_with_the_one_before_it(nlp):
    # CNN, 27 April 2013 (ricin letters, outside the dev set; outside audit s31, conflicts-02): the claim shown was
    # "The accusations go back as far as 2007", which does not say what the charges are
    [denial] = conflicts_of_kind(nlp, [
        "Dutschke, meanwhile, faces molestation charges in an unrelated case.\n\n"
        "According to a grand jury indictment handed down this month and obtained by CNN, he is accused of molesting "
        "three girls under the age of 16. The accusations go back as far as 2007, according to the indictment.\n\n"
        "Dutschke has repeatedly denied the charges in interviews with local media, and he pleaded innocent in court "
        "this month."], [dt.date(2013, 4, 27)], "denial")
    claim = denial.claims[-1]
    assert claim.text.startswith("According to a grand jury indictment") and len(claim.citations) == 2


OSTANIN = ("A Russian stand-up comedian was convicted of inciting hatred and jailed for nearly six years on Wednesday over "
           "a joke he made about a legless war veteran, which triggered outrage among nationalists and military "
           "bloggers.\nThe comedian, Artemy Ostanin, was handed a sentence of five years and nine months and a fine of "
           "300,000 roubles ($3,908).\nOstanin, who had apologised to anyone whose feelings he had hurt, denied "
           "wrongdoing and said that the joke he made about the war veteran had made no mention of the conflict in "
           "Ukraine.")


def test_a_wrong_denied_unnamed_is_answered_by_the_conviction_told_before(nlp):
    # France 24, 4 February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026, S4): "Artemy Ostanin denies
    # wrongdoing" alone did not say what he was charged with (conflicts audit c40, conflicts-02); "The comedian" is
    # the comedian the sentence before convicted
    [denial] = conflicts_of_kind(nlp, [OSTANIN], [dt.date(2026, 2, 4)], "denial")
    assert [c.sentence for claim in denial.claims for c in claim.citations] == [2, 0, 1]
    assert "convicted of inciting hatred" in denial.about
    # the denial alone, with nothing told before it, stays a denial alone
    [alone] = conflicts_of_kind(nlp, [OSTANIN.split("\n")[2]], [dt.date(2026, 2, 4)], "denial")
    assert len(alone.claims) == 1


def test_both_charges_refuted_are_the_charges_told_before(nlp):
    # BBC Sport, December 2004 (dev corpus kenteris-thanou-doping-case-2004-05, S3): "Gregory Ioannidis refutes both
    # charges as unsubstantiated and illogical" did not say which (conflicts audit c44, conflicts-07)
    text = ("The sprint duo face charges of failing to give information on their location and refusing to submit to a "
            "drugs test. Kenteris' lawyer Gregory Ioannidis told BBC Sport: \"We refute both charges as unsubstantiated "
            "and illogical.")
    [denial] = conflicts_of_kind(nlp, [text], [dt.date(2004, 12, 16)], "denial")
    assert denial.about.endswith("— The sprint duo face charges of failing to give information on their location and "
                                 "refusing to submit to a drugs test")
