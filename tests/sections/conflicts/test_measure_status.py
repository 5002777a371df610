"""Whether one measure was imposed or is only threatened, told by sources days apart (dev corpus
tiktok-dpc-fine-china-transfers-2025: The Register, 2 May 2025; PYMNTS, 4 May 2025; Bloomberg via
Insurance Journal, 5 May 2025)."""
from __future__ import annotations

import datetime as dt

from support import make_documents, run_sections

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractors)
import briefgen.sections.sanctions.extractor  # noqa: F401

PYMNTS = ("TikTok has officially been banned from the U.S. over its China ties after failing to find a U.S. buyer by "
          "the January 19 th set by Congress in a law passed last year.")
REGISTER = ("Meanwhile, TikTok has faced similar troubles over privacy concerns in the US. This has led to the "
            "situation where its American operations will likely have to be sold off to a domestic entity, or face "
            "being banned from the country altogether.")


def status_conflicts(nlp, texts, days):
    documents = make_documents(nlp, texts, days)
    items = run_sections(documents, "actors", "sanctions", "timeline", "conflicts").items["conflicts"]
    return [c.about for c in items if c.kind == "status"]


def test_a_ban_told_as_in_force_and_as_still_risked_days_apart(nlp):
    assert status_conflicts(nlp, [PYMNTS, REGISTER], [dt.date(2025, 5, 4), dt.date(2025, 5, 2)]) == [
        "Whether the ban on TikTok was imposed: imposed (S1) or only threatened (S2)"]


def test_the_same_tellings_weeks_apart_may_be_two_steps(nlp):
    # a threat told three weeks before the ban is reported in force: the ban may have come since
    assert status_conflicts(nlp, [PYMNTS, REGISTER], [dt.date(2025, 5, 25), dt.date(2025, 5, 2)]) == []
