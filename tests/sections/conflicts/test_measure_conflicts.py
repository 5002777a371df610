"""Sources telling one measure — the same kind, status and sum, within days — with different parties,
or one party's measure on one target with a different sum (dev corpus tiktok-dpc-fine-china-transfers-2025:
TechCrunch, 2 May 2025; Bloomberg via Insurance Journal, 5 May 2025)."""
from __future__ import annotations

import datetime as dt

from support import make_documents, run_sections

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractors)
import briefgen.sections.sanctions.extractor  # noqa: F401

DPC = ("The Irish Data Protection Commission (DPC) has fined TikTok €530 million (over $601 million) for illegally "
       "transferring the personal data of users in the European Economic Area (EEA) to China, violating the European "
       "Union's GDPR data protection regulations.")
BLOOMBERG = ("TikTok owner ByteDance Ltd. was fined €530 million ($600 million) by the European Union for illegally "
             "sending user data to China, and warned that it didn’t do enough to keep that information out of reach "
             "from Chinese state services.")


def conflicts(nlp, texts, days):
    documents = make_documents(nlp, texts, days)
    items = run_sections(documents, "actors", "sanctions", "timeline", "conflicts").items["conflicts"]
    return [c.about for c in items if c.kind in ("attribution", "number")]


REGISTER = ("Ireland's Data Protection Commission (DPC) has confirmed a fine of €530 million ($600 million) against "
            "social media biz TikTok for transferring European user data to China.")


def test_one_fine_told_with_two_imposers(nlp):
    # The Register, 2 May 2025, and Bloomberg: neither names the other's imposer
    assert conflicts(nlp, [REGISTER, BLOOMBERG], [dt.date(2025, 5, 2), dt.date(2025, 5, 5)]) == [
        "Who imposed the €530 million fine: Data Protection Commission (DPC) (S1) or European Union (S2)"]


def test_a_telling_that_names_the_other_side_beside_its_own_is_shorthand_not_a_dispute(nlp):
    # TechCrunch names the EU's GDPR beside the DPC, Bloomberg "TikTok owner ByteDance" (audit s19, conflicts-01
    # and -02: the reviewer read both as one source's shorthand)
    assert conflicts(nlp, [DPC, BLOOMBERG], [dt.date(2025, 5, 2), dt.date(2025, 5, 5)]) == []


def test_fines_of_different_years_are_no_conflict(nlp):
    # TechCrunch, 2 May 2025: the 2023 fine is another fine, not another sum for this one
    assert conflicts(nlp, [DPC, "In September 2023, the DPC fined TikTok €345 million for allegedly violating the "
                                "GDPR when processing data belonging to children using TiKTok."],
                     [dt.date(2025, 5, 2), dt.date(2025, 5, 2)]) == []


def test_one_tariff_planned_by_a_president_and_his_country_is_no_conflict(nlp):
    # us-japan-chip-tariffs-1987 S3 (Reuters, 28 March 1987) and S5 (13 April 1987): "Washington" and
    # "President Reagan" plan the one 300 mln dlr tariff, told of "imports of certain Japanese electronic
    # goods" and of "Japanese exports" — the same side and the same goods, no disagreement
    s3 = ("Yesterday, Washington announced plans to put as much as 300 mln dlrs in tariffs on imports of certain "
          "Japanese electronic goods in retaliation for what it sees as Tokyo's failure to live up to their "
          "bilateral chip pact.")
    s5 = ("President Reagan announced on March 27 that he planned to raise tariffs on as much as 300 mln dlrs in "
          "Japanese exports to the United States.")
    assert conflicts(nlp, [s3, s5], [dt.date(1987, 3, 28), dt.date(1987, 4, 13)]) == []


# BBC, 2004-05 (dev corpus kenteris-thanou-doping-case-2004-05), undated as the BBC files are
KENTERIS_S1 = "Under IAAF rules, the athletes could receive a maximum one-year suspension."
KENTERIS_S4 = ("Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's "
               "100m silver medal in Sydney, face a maximum two-year ban if found guilty.")


def test_two_lengths_of_the_penalty_a_party_faces_are_a_conflict(nlp):
    # "the athletes" of S1 are the pair S4 names; a suspension is a kind of ban
    assert conflicts(nlp, [KENTERIS_S1, KENTERIS_S4], [None, None]) == [
        "Ban on Kenteris: one-year (S1) or two-year (S2)"]


def test_a_ban_of_one_length_and_a_later_one_of_another_are_two_rounds(nlp):
    # S3: the IAAF's provisional ban; S5, after the tribunal: the coach's four-year ban, by whom unsaid
    assert conflicts(nlp, [
        "The panel will also decide on the two-year ban imposed on the athletes' controversial coach Christos Tzekos "
        "by the IAAF.",
        "The pair's former coach, Christos Tzekos, has been banned for four years."], [None, None]) == []
