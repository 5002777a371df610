"""A row never states as a fact what its source tells as a condition, a wish or a plan still ahead
(non-dev audit round 4: Reuters-21578, April 1987, a story outside the dev set)."""
from __future__ import annotations

import datetime as dt

from support import timeline_of


def rows(text, day):
    """(date label, text, expected) of the timeline rows of one report."""
    return [(r.date.label(), r.text, r.expected) for r in timeline_of(text, day)]


def test_the_day_of_a_condition_dates_no_row(nlp):
    # 13 April 1987: the row read "the U.S. Carries out a threat to make a similar move on April 17", a
    # hypothetical told as a stated event; kept with its "if" (audit round 4), it still put the EC's possible
    # raise on the day of the U.S. move. Reuters, 11 April 1987 (us-japan): "Japan warned … if the United States
    # imposes its planned trade sanctions on April 17" dated Japan's warning of 11 April by the sanctions' day
    # (timeline audit s21, row 26). The day of a condition dates no event the sentence tells.
    assert rows("Senior EC diplomats gave a generally favourable reaction to an EC executive commission proposal "
                "under which the EC could raise tariffs on a range of Japanese products if the U.S. Carries out a "
                "threat to make a similar move on April 17.", dt.date(1987, 4, 13)) == []
    assert rows("Japan warned the United States it may take retaliatory measures if the United States imposes "
                "its planned trade sanctions on April 17.", dt.date(1987, 4, 14)) == []
    # a date outside the condition still dates its clause
    assert [label for label, _, _ in rows("Japan warned on Friday that it may take retaliatory measures if the United "
                                          "States imposes its planned trade sanctions.", dt.date(1987, 4, 14))] == [
        "1987-04-10"]


def test_a_wish_says_whose_it_is_and_lies_ahead(nlp):
    # 8 April 1987: "three British firms to be named members … by the end of this year" read as a
    # scheduled fact; it is what Howard wants, as Takeuchi reports
    found = rows("According to Takeuchi, Howard wants three British firms to be named members of the Tokyo stock "
                 "exchange by the end of this year.", dt.date(1987, 4, 8))
    assert [(text, expected) for _, text, expected in found] == [
        ("Howard wants three British firms to be named members of the Tokyo stock exchange by the end of this year",
         True)]


def test_a_past_request_is_the_reports_news_not_a_plan(nlp):
    # Reuters, 13 March 1987 (dev corpus brazil-seamen-strike-1987): the request is not a wish still
    # ahead, and "since Tuesday" dates the occupation in a relative clause, not the lead's news, which
    # is dated by the report's day
    found = rows("Brazil's state-oil company Petrobras has asked the Army to withdraw the troops which were "
                 "occupying its oil installations since Tuesday, Petrobras said in a statement.",
                 dt.date(1987, 3, 13))
    assert [(label, expected) for label, _, expected in found] == [("1987-03-13", False)]


def test_a_date_after_the_report_is_expected_whatever_the_tense(nlp):
    # 8 April 1987: "May 1988" in a present-tense clause was not marked expected
    found = rows("Membership cannot be increased before space on the trading floor is expanded in May 1988, "
                 "he said.", dt.date(1987, 4, 8))
    assert [(label, expected) for label, _, expected in found] == [("1988-05", True)]


def test_a_date_in_what_someone_wanted_is_no_event(nlp):
    # Reuters-21578, 13 April 1987 (non-dev rounds 4 and 5: dated "the end of April" and marked expected; it
    # was only what Pennzoil wanted); the disclosure keeps its Friday
    found = rows("Kinnear said Pennzoil's disclosure in court papers on Friday that it wanted to extend the bond issue "
                 "hearing until the end of April, pushed Texaco further towards Chapter 11.", dt.date(1987, 4, 13))
    assert [label for label, _, _ in found] == ["1987-04-10"]
