"""Header dates in the forms wire copy and web pages use, beyond a plain date line."""
from __future__ import annotations

import datetime as dt

import pytest

from briefgen.dates.published import date_sources, find_published
from briefgen.model.source import Source


@pytest.mark.parametrize("text", [
    "Headline\nBy Jane Doe\nSeptember 5, 2023 / 8:00 AM / Updated 2 hours ago\nBody.",
    "September 5, 2023 — North Korean leader Kim Jong Un will travel to Russia, officials said.",
    "Headline\n(Sep 5, 2023)\nBody",
])
def test_date_opening_a_header_line(text):
    assert find_published(text)[0] == dt.date(2023, 9, 5)


def test_date_inside_the_story_is_not_a_publication_date():
    assert find_published("Officials said on Tuesday that the talks of September 5, 2023 - or later - failed.") == (None, None)


def _source(i):
    return Source(id=f"S{i}", path=f"{i}.txt", sha256="0")


def test_yearless_wire_dateline_takes_the_year_of_the_other_sources():
    pairs = [(_source(1), "Headline\n\nSEOUL, Sept 5 (Reuters) - North Korea said on Tuesday it would act."),
             (_source(2), "Headline\nSep 4, 2023\nBody"),
             (_source(3), "KYIV, Ukraine, Aug. 28 — Officials said the talks went on.")]
    sources, _ = date_sources(pairs)
    assert [s.published for s in sources] == [dt.date(2023, 9, 5), dt.date(2023, 9, 4), dt.date(2023, 8, 28)]
    assert sources[0].published_found_by == "dateline 'SEOUL, Sept 5 (Reuters) -' (year from the other sources' dates)"


def test_yearless_dateline_far_from_every_stated_date_stays_undated():
    pairs = [(_source(1), "WASHINGTON, March 3 — The Treasury said."), (_source(2), "Headline\nSep 4, 2023\nBody")]
    sources, warnings = date_sources(pairs)
    assert sources[0].published is None
    assert warnings[0].startswith("S1 (1.txt): no publication date in the text")


def test_yearless_dateline_alone_is_not_guessed():
    sources, _ = date_sources([(_source(1), "SEOUL, Sept 5 (Reuters) - North Korea said.")])
    assert sources[0].published is None


def test_a_dateline_a_day_after_the_header_stamp_is_the_day_the_text_is_written():
    # Reuters, Reuters-21578 NEWID 875 (ICO coffee talks; outside the dev set): stamped in US time the evening
    # before its London dateline; "late yesterday" and "today" in it are London's (outside audit o48, rows 09, 18)
    text = ("COFFEE TRADERS EXPECT SELLOFF AFTER ICO TALKS FAIL\n2-MAR-1987 23:35:49.00\n\n    LONDON, March 3 - The "
            "failure of the International Coffee\nOrganization (ICO) to reach agreement on coffee export quotas\ncould "
            "trigger a massive selloff in London coffee futures of\nat least 100 stg per tonne today, coffee trade "
            "sources said.\n")
    [source], _ = date_sources([(_source(1), text)])
    assert source.published == dt.date(1987, 3, 3)
    # the dev corpora's Reuters copy: the stamp and the dateline name one day, which stays the header's
    same = "JAPAN DENIES BREAKING SEMICONDUCTOR TRADE PACT\n13-MAR-1987 01:23:35.18\n\n    TOKYO, March 13 - Japan denied.\n"
    [tokyo], _ = date_sources([(_source(2), same)])
    assert tokyo.published == dt.date(1987, 3, 13) and "dateline" not in tokyo.published_found_by
