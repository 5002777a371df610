"""Dates in wire copy outside the dev set (Reuters, 29 June 1987, on the OPEC accord; outside audit s34): "this
weekend" told in the past on a Monday is the weekend just over; a quarter before an account noun ("the third
quarter target") names which target; a date inside what a price is compared with dates no event."""
from __future__ import annotations

import datetime as dt

from briefgen.dates.resolve import resolve
from briefgen.sections.timeline.date_scope import is_comparison_base
from support import timeline_of


def test_a_weekend_told_in_the_past_is_the_one_just_over(nlp):
    text = ("NORWAY EXTENDS 7.5 PCT OIL OUTPUT CUT - MINISTRY\n    OPEC agreed this weekend in Vienna on an output ceiling "
            "of\n16.6 mln barrels per day (bpd) for the rest of 1987 and\nretained the fixed prices that were set in its "
            "December accord\nbased on an 18 dlr per barrel reference point.")
    rows = [r for r in timeline_of(text, dt.date(1987, 6, 29)) if r.date.text == "this weekend"]
    assert rows and all((r.date.start, r.date.end, r.expected) == (dt.date(1987, 6, 27), dt.date(1987, 6, 28), False)
                        for r in rows)


def test_this_weekend_not_told_as_past_is_still_the_coming_one():
    found = resolve("this weekend", dt.date(1987, 6, 29))
    assert (found.start, found.end) == (dt.date(1987, 7, 4), dt.date(1987, 7, 5))


def test_a_quarter_that_names_a_target_is_no_date_of_the_event(nlp):
    # Reuters, 29 June 1987 (NEWID 19559, outside the dev set): "the third quarter target" is which target, not
    # when it was cut; the row "cut back to the third quarter target" had been dated (and expected) for the quarter
    text = ("KUWAIT SEES OPEC OUTPUT OVER CEILING TO END-YEAR\n    Iraq refused to sign the pact, by which "
            "OPEC maintained its\nceiling at 16.6 mln bpd for both the third and fourth quarters\nof 1987. In December, "
            "OPEC set a provisional fourth quarter\nlevel of 18.3 mln bpd, now cut back to the third quarter\ntarget.")
    assert not [r for r in timeline_of(text, dt.date(1987, 6, 29)) if r.date.text == "the third quarter"]


def test_a_date_inside_what_a_price_is_compared_with_dates_no_event(nlp):
    # Reuters, 29 June 1987 (NEWID 19588; outside audit s34, timeline-18): the rally of this morning had been dated
    # "the middle of last week", the day of the price it is compared with
    doc = nlp("Traders said the trend continued in a cautious rally this morning in London, taking quoted levels up to "
              "around 19.25/35 dlrs, compared with 18.45/50 dlrs in the middle of last week.")
    [base] = [e for e in doc.ents if e.text == "the middle of last week"]
    [morning] = [e for e in doc.ents if e.text == "this morning"]
    assert is_comparison_base(base) and not is_comparison_base(morning)
