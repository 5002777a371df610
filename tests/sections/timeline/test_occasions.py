"""A dated occasion owned by a pronoun and named by a verb's own "at/during/in/on" phrase is where
that verb's act took place, so the row is the verb's clause: what was said there, by whom; so is a
speaker "speaking on Thursday" as he says something. BBC News,
"Putin backs state grab for Yukos" and "Khodorkovsky quits Yukos shares" (December 2004; dev corpus
yukos-yugansk-auction-2004-05, S3 and S7), verbatim; the reports are undated, their days set here."""
from __future__ import annotations

import datetime as dt

from support import timeline_of

SAID = ("Putin backs state grab for Yukos\n"
        "Baikal was the surprise buyer of oil and gas giant Yukos's main production division at a forced auction on "
        "Sunday. \"Everything was done by market methods,\" Mr Putin said at his year-end press conference in Moscow.")
ON_TRIAL = ("Khodorkovsky quits Yukos shares\n"
            "Previously considered to be Russia's richest man, with an estimated fortune of $15bn, Mr Khodorkovsky is "
            "currently on trial for fraud and tax evasion following his arrest in October 2003.")


def test_what_was_said_at_his_year_end_press_conference_is_the_row(nlp):
    [row] = [r for r in timeline_of(SAID, dt.date(2004, 12, 23)) if r.date.text == "year-end"]
    assert row.text == "\"Everything was done by market methods,\" Mr Putin said at his year-end press conference in Moscow"


def test_an_arrest_a_trial_follows_is_dated_alone(nlp):
    # "following his arrest in October 2003": the trial is not of 2003, so the row stays the arrest
    [row] = [r for r in timeline_of(ON_TRIAL, dt.date(2004, 12, 23)) if r.date.label() == "2003-10"]
    assert row.text == "his arrest in October 2003"


def test_trips_beside_which_a_deed_is_told_do_not_date_the_deed(nlp):
    # the project's seed article seeds/004_e35c9ebd83ed4405.txt: "besides" names no occasion of the visits to China
    text = ("Besides his trips to Singapore and Vietnam in 2018 and 2019 for summits with then-US President Donald "
            "Trump, Kim Jong-un made four visits to China.")
    rows = timeline_of(text, dt.date(2023, 9, 5))
    assert not any("made four visits" in r.text for r in rows)


def test_a_speaker_speaking_on_a_day_is_read_with_what_he_said(nlp):
    # Foreign Policy, "Territory Still a Deal-Breaker in Ukraine-Russia-U.S. Abu Dhabi Talks", 23 January 2026
    # (dev corpus ukraine-peace-talks-abu-dhabi-2026, S1); audit s35 would reject "Witkoff—speaking on Thursday …"
    text = ("Both meetings centered on territorial disputes, which Witkoff—speaking on Thursday at the World Economic "
            "Forum in Davos, Switzerland, before he headed to Moscow—said is the “one issue” still preventing a deal.")
    [row] = [r for r in timeline_of(text, dt.date(2026, 1, 23)) if r.date.label() == "2026-01-22"]
    assert row.text == ("territorial disputes, which Witkoff—speaking on Thursday at the World Economic Forum in Davos, "
                        "Switzerland, before he headed to Moscow—said is the “one issue” still preventing a deal")
