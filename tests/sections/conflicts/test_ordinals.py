"""Which round a session was: the same round of talks, held in the same place on the same days, numbered
differently by two sources (dev corpus ukraine-peace-talks-abu-dhabi-2026: The Guardian, 4 February 2026;
Reuters, 5 February 2026). Rounds days apart, or held in different places, are different rounds."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

GUARDIAN = ("Ukrainian and Russian negotiators have held a “productive” first round of US-led peace talks in Abu Dhabi, "
            "as Washington seeks a pathway to end the nearly four-year war in Ukraine.")
REUTERS = ("Ukraine and Russia concluded a second round of U.S.-brokered talks in Abu Dhabi on Thursday aimed at ending "
           "Europe's biggest conflict since World War Two, with the two sides conducting a major prisoner swap and "
           "agreeing to resume negotiations soon.")
# The Indian Express, 19 February 2026 (another story: the US-Iran talks)
GENEVA = ("In an effort to negotiate, the two countries held a second round of talks in Geneva Tuesday over Tehran’s "
          "nuclear programme.")


def rounds(nlp, texts, days):
    return [c.about for c in conflicts_of_kind(nlp, texts, days, "number") if c.about.startswith("Which")]


def test_one_session_numbered_first_and_second(nlp):
    assert rounds(nlp, [GUARDIAN, REUTERS], [dt.date(2026, 2, 5), dt.date(2026, 2, 5)]) == [
        "Which round of talks was held in Abu Dhabi: first (S1) or second (S2)"]


def test_rounds_told_weeks_apart_are_two_rounds(nlp):
    assert rounds(nlp, [GUARDIAN, REUTERS], [dt.date(2026, 1, 24), dt.date(2026, 2, 5)]) == []


def test_rounds_in_two_places_are_two_rounds(nlp):
    assert rounds(nlp, [GUARDIAN, GENEVA], [dt.date(2026, 2, 17), dt.date(2026, 2, 19)]) == []
