"""Writing windows of undated sources from what the other sources date (``briefgen.dates.cross_dating``),
and dates resolved against a window only where every day of it agrees (``anchor.resolve_told``). The
corpus is the dev set's BBC Yukos files, which state no date at all (../shared/eval/dev)."""
from __future__ import annotations

import datetime as dt

import pytest
from support import SHARED, dev_documents, make_documents

from briefgen.dates.anchor import resolve_told
from briefgen.dates.cross_dating import Dated, Mention, estimate_windows, window_from

YUKOS = "yukos-yugansk-auction-2004-05"
needs_dev = pytest.mark.skipif(not (SHARED / "eval" / "dev" / YUKOS).exists(), reason="../shared/eval/dev is absent")


@pytest.fixture(scope="module")
def yukos():
    documents, warnings = estimate_windows(dev_documents(YUKOS))
    return {d.source.id: d for d in documents}, warnings


def window(document):
    return document.source.published_estimate, document.source.published_estimate_end


@needs_dev
def test_a_year_from_last_year_told_beside_a_stated_year(yukos):
    documents, warnings = yukos
    s1 = documents["S1"]  # "was arrested in October last year" beside S7's "his arrest in October 2003"
    assert window(s1) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    assert "October last year" in s1.source.published_basis and "October 2003" in s1.source.published_basis
    assert s1.source.published is None
    assert any(w.startswith("S1 ") and "estimated as 2004 " in w for w in warnings)


@needs_dev
def test_a_day_from_today_or_a_weekday_told_of_an_act_another_source_dates(yukos):
    documents, _ = yukos
    # S1 (of 2004): "Russian authorities are due to auction off Yuganskneftegas on 19 December"
    assert window(documents["S2"]) == (dt.date(2004, 12, 19),) * 2  # "the victor of today's auction"
    assert window(documents["S3"]) == (dt.date(2004, 12, 20), dt.date(2004, 12, 25))  # "Sunday's auction"
    assert window(documents["S7"]) == (dt.date(2005, 1, 1), dt.date(2005, 12, 31))  # "sold off at auction in
    # December last year"


@needs_dev
def test_a_source_whose_dates_no_other_source_tells_stays_undated(yukos):
    documents, _ = yukos
    for sid in ("S4", "S5", "S6"):  # "On 28 December …", "on 14 December" past: no year fixes them
        assert window(documents[sid]) == (None, None)


@needs_dev
def test_resolved_in_a_window_only_what_every_day_of_it_gives(yukos):
    documents, _ = yukos
    s1, s3 = documents["S1"], documents["S3"]
    last_year = resolve_told("October last year", s1, past=True)
    assert (last_year.start, last_year.granularity, last_year.anchor) == (dt.date(2003, 10, 1), "month",
                                                                          "S1 estimated 2004")
    assert resolve_told("Thursday", s1) is None  # which week of 2004: not fixed
    assert resolve_told("14 December", s1, past=True) is None  # 2004, or 2003 if written in early 2004
    due = resolve_told("19 December", s1, future=True)  # to come, in a source of 2004
    assert (due.start, due.granularity) == (dt.date(2004, 12, 19), "day")
    last_week = resolve_told("last week", s3, past=True)  # from any day of 20-25 December 2004
    assert (last_week.start, last_week.end) == (dt.date(2004, 12, 13), dt.date(2004, 12, 19))
    assert resolve_told("Tuesday", s3, past=True) is None  # the 14th or the 21st
    sunday = resolve_told("Sunday", s3)  # "… at a forced auction on Sunday", tense unread: not the 26th
    assert (sunday.start, sunday.granularity) == (dt.date(2004, 12, 19), "day")


@needs_dev
def test_an_undated_sanction_dated_by_its_sources_window():
    from support import run_sections

    documents, _ = estimate_windows(dev_documents(YUKOS))
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    ban = next(i for i in items if i.target == "Gazprom" and i.status == "imposed")
    assert ban.text.startswith("Gazprom, the company originally tipped to buy Yuganskneftegas, was banned")
    assert (ban.date.start, ban.date.end, ban.date.anchor) == (dt.date(2004, 12, 20), dt.date(2004, 12, 25),
                                                               "S3 estimated 2004-12-20/2004-12-25")
    seized = next(i for i in items if i.text.startswith("The unit was seized by the government"))
    assert (seized.target, seized.date.start, seized.date.granularity) == ("Yugansk", dt.date(2004, 12, 19), "day")
    # (as of S2, the day of "today's auction")


def test_a_weekday_that_is_not_the_dated_days_fixes_nothing():
    sunday = Dated(frozenset({"auction"}), dt.date(2004, 12, 19), dt.date(2004, 12, 19), "S1 says '19 December'")
    saturday = Mention("S9", frozenset({"auction"}), "relative-day", "saturday", "Saturday")
    assert window_from(saturday, sunday) is None
    told_after = Mention("S9", frozenset({"auction"}), "relative-day", "sunday", "Sunday")
    assert window_from(told_after, sunday) == (dt.date(2004, 12, 20), dt.date(2004, 12, 25))
    told_before = Mention("S9", frozenset({"auction"}), "relative-day", "sunday", "Sunday", future=True)
    assert window_from(told_before, sunday) == (dt.date(2004, 12, 13), dt.date(2004, 12, 18))


def test_dated_sources_are_left_as_they_are(nlp):
    texts = ["Yukos has said a US bankruptcy court will decide whether to block Russia's impending auction "
             "of its main production arm on Thursday.",
             "Mr Khodorkovsky is currently on trial for fraud and tax evasion following his arrest in October 2003."]
    documents = make_documents(nlp, texts, [dt.date(2004, 12, 15), None])
    result, warnings = estimate_windows(documents)
    assert [d.source for d in result] == [d.source for d in documents] and warnings == []
