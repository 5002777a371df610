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


def test_one_fine_told_with_two_imposers_and_two_targets(nlp):
    assert conflicts(nlp, [DPC, BLOOMBERG], [dt.date(2025, 5, 2), dt.date(2025, 5, 5)]) == [
        "Who imposed the €530 million fine: Data Protection Commission (DPC) (S1) or European Union (S2)",
        "On whom the €530 million fine was imposed: TikTok (S1) or ByteDance Ltd. (S2)"]


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
