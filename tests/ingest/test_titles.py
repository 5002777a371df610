"""Titles a person would use, from real headlines of the dev corpora and crawled pages."""
from __future__ import annotations

import pytest
from support import SHARED

from briefgen.ingest.titles import readable_title

DEV = SHARED / "eval" / "dev"


@pytest.mark.parametrize(("raw", "title"), [
    ("After Meta, TikTok Now Faces One of EU’s Largest GDPR Fines | PYMNTS.com",
     "After Meta, TikTok Now Faces One of EU’s Largest GDPR Fines"),
    ("Ukraine and Russia hold ‘productive’ first day of US-led peace talks in Abu Dhabi | Ukraine | The Guardian",
     "Ukraine and Russia hold ‘productive’ first day of US-led peace talks in Abu Dhabi"),
    ("Talks with US and Ukraine were constructive but major challenges remain, Kremlin says - ABC News",
     "Talks with US and Ukraine were constructive but major challenges remain, Kremlin says"),
    ("Lycos Europe ends its anti-spam campaign", "Lycos Europe ends its anti-spam campaign"),
    ("By", None), ("By Sunday Reporter and Ted Thornhill", None), ("<!DOCTYPE html>", None), ("{", None),
])
def test_site_names_bylines_and_markup_never_make_a_title(raw, title):
    assert readable_title(raw) == title


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_all_caps_wire_headlines_take_the_articles_own_casing():
    text = (DEV / "gencorp-takeover-bid-1987/05_reuters.txt").read_text(encoding="utf-8")
    assert readable_title(text.splitlines()[0], text) == "Gencorp rejects unsolicited takeover bid"
    text = (DEV / "us-japan-chip-tariffs-1987/06_reuters.txt").read_text(encoding="utf-8")
    assert readable_title(text.splitlines()[0], text) == "White House slaps tariffs on Japanese goods"
    text = (DEV / "gencorp-takeover-bid-1987/02_reuters.txt").read_text(encoding="utf-8")
    assert "&lt;" not in readable_title(text.splitlines()[0], text) and "<GY>" not in readable_title(
        text.splitlines()[0], text)


def test_an_all_caps_possessive_and_a_bracketed_code_in_a_wire_headline():
    # Reuters-21578 NEWID 16646, 13 April 1987 (Dome Petroleum, outside the dev set): was "CANADA'S Wilson has
    # no comment on Dome (dmp)"
    text = ("CANADA'S WILSON HAS NO COMMENT ON DOME (DMP)\ndate 1987-04-13\n\n"
            "    OTTAWA, April 13 - Finance Minister Michael Wilson said it\n"
            "was too early to comment on the tax implications of TransCanada\n"
            "PipeLines Ltd's 4.3 billion dlr offer for Dome Petroleum Ltd.\n")
    assert readable_title(text.splitlines()[0], text) == "Canada's Wilson has no comment on Dome (DMP)"


@pytest.mark.parametrize(("first_line", "found"), [
    # Reuters-21578 NEWID 12025, 1 April 1987 (outside the dev set), and Foreign Policy, 23 January 2026 (dev corpus
    # ukraine-peace-talks-abu-dhabi-2026, S1): the stop of "U.K." or "U.S." ends no sentence of a headline
    ("TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER", "TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER"),
    ("Territory Still a Deal-Breaker in Ukraine-Russia-U.S. Abu Dhabi Talks",
     "Territory Still a Deal-Breaker in Ukraine-Russia-U.S. Abu Dhabi Talks"),
])
def test_an_initialism_in_a_headline_keeps_it_one_line_of_title(first_line, found):
    from briefgen.ingest.titles import find_title

    assert find_title(f"{first_line}\n1-APR-1987 11:27:55.71\n\nThe story begins here.\n") == found
