"""Rows timeline audit #5 rejected (seed 9595, dev corpora), each with its source's sentence."""
from __future__ import annotations

import datetime as dt

from support import timeline_of


def texts(text, day):
    return [(r.date.label(), r.expected, r.text) for r in timeline_of(text, day)]


def test_a_kept_condition_keeps_its_if(nlp):
    # Reuters, 4 February 2026 (ukraine): the row began "these and other 'hidden' amounts …", a condition as fact
    [(_, _, text)] = texts('If these and other "hidden" amounts are taken into account, total spending in 2024 '
                           'reached 202 billion euros ($171 billion) instead of the official 140 billion euros, it '
                           'said.', dt.date(2026, 2, 4))
    assert text.startswith('If these and other "hidden" amounts are taken into account, total spending in 2024')


def test_a_contrast_keeps_the_clause_it_answers(nlp):
    # AP, Monday 26 January 2026 (ukraine): "major challenges remain …" had lost "… signs of progress, but"
    found = texts("Negotiations aimed at ending Russia’s invasion of Ukraine are yielding apparent signs of progress, "
                  "but major challenges remain on the path to a final settlement, a senior Kremlin official said "
                  "Monday.", dt.date(2026, 1, 26))
    assert [text for _, _, text in found] == [
        "Negotiations aimed at ending Russia’s invasion of Ukraine are yielding apparent signs of progress, but major "
        "challenges remain on the path to a final settlement, a senior Kremlin official said Monday"]


def test_a_file_photo_caption_and_a_past_forecast_are_no_rows(nlp):
    # Reuters, 21 May 2025 (eu-small-parcel) and Euronews, 2 May 2025 (tiktok)
    assert not texts("Headline\n\nContainers are storaged in the Port of Rotterdam in Rotterdam, Netherlands April 25, "
                     "2025.", dt.date(2025, 5, 21))
    assert not texts("Bloomberg reported the fines were expected in early April.", dt.date(2025, 5, 2))


def test_a_plan_the_same_report_tells_as_done_is_shown_done(nlp):
    # Reuters, Wednesday 4 February 2026 (ukraine): the summary's "are scheduled to meet … on Wednesday" stood
    # as expected beside the body's "began … on Wednesday"
    found = texts("A new round of peace talks began in Abu Dhabi on Wednesday. * Ukrainian and Russian negotiators "
                  "are scheduled to meet in Abu Dhabi for US-brokered peace talks on Wednesday.", dt.date(2026, 2, 4))
    assert [(label, expected) for label, expected, _ in found] == [("2026-02-04", False)]
