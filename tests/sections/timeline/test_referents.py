"""A row whose line points back ("extended that deadline", "would do just that") starts at the sentence before,
which tells what it points to (timeline audits s28, row 27, and s32, rows 08 and 26, rejected these lines as
unreadable alone). Real sentences of the dev corpora, with their articles' dates; a "this" the line itself
explains stays the line's own (tests/sections/timeline/test_alone.py, the raid on Bobi Wine's home)."""
from __future__ import annotations

import datetime as dt

from support import timeline_of


def row_on(text, day, date):
    return [r for r in timeline_of(text, day) if r.date.label() == date]


def test_that_deadline_is_read_with_the_sentence_that_sets_it(nlp):
    # PYMNTS, 4 May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025, S5)
    text = ("TikTok has officially been banned from the U.S. over its China ties after failing to find a U.S. buyer by "
            "the January 19 th set by Congress in a law passed last year. President Trump has twice extended that "
            "deadline however, most recently on April 4, albeit without explicit authorization by either Congress of "
            "the courts.")
    [row] = row_on(text, dt.date(2025, 5, 4), "2025-04-04")
    assert row.text == text.rstrip(".")
    assert len(row.citations) == 2  # both sentences cited


def test_do_just_that_is_read_with_what_was_asked(nlp):
    # Reuters, 28 March 1987 (dev corpus us-japan-chip-tariffs-1987, S3), as the wire wraps it
    text = ("NAKASONE SOUNDS CONCILIATORY NOTE IN CHIP DISPUTE\n    The Ministry recently called on Japan's major chip users,\nsome of whom are also leading producers, to "
            "step up their\npurchases of foreign semiconductors.\n    A spokesman for one of the companies, Toshiba "
            "Corp &lt;TSBA.T>\nsaid his firm would do just that and could announce its plans\nin the next week or so.")
    [row] = row_on(text, dt.date(1987, 3, 28), "1987-03-30/1987-04-05")
    assert row.text.startswith("The Ministry recently called on Japan's major chip users")
    assert "would do just that and could announce its plans in the next week or so" in row.text


def test_those_freed_is_read_with_whom_it_counts():
    # ABC News, 5 February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026, S5; timeline audit s35, row 15):
    # "Of those freed, 139 had been held since 2022, Budanov said" is read after the sentence on the swap
    import pytest
    from support import SHARED, dev_documents, run_sections
    if not (SHARED / "eval" / "dev").is_dir():
        pytest.skip("../shared/eval/dev not present")
    rows = run_sections(dev_documents("ukraine-peace-talks-abu-dhabi-2026"), "actors", "timeline").items["timeline"]
    [row] = [r for r in rows if r.text.endswith("139 had been held since 2022, Budanov said")]
    assert row.text.startswith("Kyrylo Budanov, formerly the head of Ukrainian military intelligence")
    assert "157 Ukrainian prisoners of war had been returned to Ukraine. Of those freed" in row.text
