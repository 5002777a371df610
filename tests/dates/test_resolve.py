"""Table-driven tests of briefgen.dates.resolve, written from real news phrasing."""
from __future__ import annotations

import datetime as dt

import pytest

from briefgen.dates.resolve import resolve

D = dt.date
A = D(2023, 9, 5)     # Tuesday: the seeds' main article
B = D(2023, 8, 31)    # Thursday
J = D(2024, 1, 10)    # Wednesday, just after a year boundary
L = D(2024, 3, 1)     # Friday, just after a leap-year February
S = D(2023, 9, 9)     # Saturday
M = D(2023, 3, 15)    # Wednesday, mid-March
F = "future"
P = "past"     # the clause tells what happened ("stated on Wednesday")

# (text, anchor, tense, start, end, granularity)
CASES = [
    # --- the seeds' own ---
    ("last month", A, None, D(2023, 8, 1), D(2023, 8, 31), "month"),
    ("late July", A, None, D(2023, 7, 21), D(2023, 7, 31), "range"),
    ("in March", A, None, D(2023, 3, 1), D(2023, 3, 31), "month"),
    ("Wednesday", A, P, D(2023, 8, 30), D(2023, 8, 30), "day"),  # "The Biden government stated on Wednesday"
    ("later this month", A, F, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("the previous year", A, None, D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("Wednesday (August 30)", B, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("Earlier this month", B, None, D(2023, 8, 1), D(2023, 8, 31), "month"),
    # --- absolute days ---
    ("August 30", B, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("Sept. 5", A, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("Sep 5", A, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("5 September 2023", None, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("September 5, 2023", None, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("2023-09-05", None, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("2023/09/05", None, None, D(2023, 9, 5), D(2023, 9, 5), "day"),
    ("9/25/2023", None, None, D(2023, 9, 25), D(2023, 9, 25), "day"),
    ("25/9/2023", None, None, D(2023, 9, 25), D(2023, 9, 25), "day"),
    ("Wednesday, Aug. 30, 2023", None, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("Sept. 4 (Monday)", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("the 30th of August", A, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("August 30th", A, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("on the morning of Aug. 30", A, None, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("February 29, 2024", None, None, D(2024, 2, 29), D(2024, 2, 29), "day"),
    ("Christmas", A, None, D(2023, 12, 25), D(2023, 12, 25), "day"),  # nearer ahead (Dec) than behind
    ("Christmas 2022", None, None, D(2022, 12, 25), D(2022, 12, 25), "day"),
    ("New Year's Day", A, F, D(2024, 1, 1), D(2024, 1, 1), "day"),
    # --- months and years ---
    ("2019", None, None, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("in 2019", None, None, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("since 2019", None, None, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("as early as 2015", None, None, D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("March", A, None, D(2023, 3, 1), D(2023, 3, 31), "month"),
    ("October", A, None, D(2023, 10, 1), D(2023, 10, 31), "month"),  # next month, not 11 months back
    ("March 2022", None, None, D(2022, 3, 1), D(2022, 3, 31), "month"),
    ("in March of 2022", None, None, D(2022, 3, 1), D(2022, 3, 31), "month"),
    ("March last year", A, None, D(2022, 3, 1), D(2022, 3, 31), "month"),
    ("March", M, None, D(2023, 3, 1), D(2023, 3, 31), "month"),
    ("last March", M, None, D(2022, 3, 1), D(2022, 3, 31), "month"),
    ("next March", M, None, D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("December", J, None, D(2023, 12, 1), D(2023, 12, 31), "month"),
    # --- parts of months, years, decades ---
    ("early July", A, None, D(2023, 7, 1), D(2023, 7, 10), "range"),
    ("mid-July", A, None, D(2023, 7, 11), D(2023, 7, 20), "range"),
    ("late February", L, None, D(2024, 2, 21), D(2024, 2, 29), "range"),
    ("mid-2022", None, None, D(2022, 5, 1), D(2022, 8, 31), "range"),
    ("late last year", A, None, D(2022, 9, 1), D(2022, 12, 31), "range"),
    ("the end of 2022", None, None, D(2022, 12, 1), D(2022, 12, 31), "range"),
    ("by the end of 2022", None, None, D(2022, 12, 1), D(2022, 12, 31), "range"),
    ("end-2022", None, None, D(2022, 12, 1), D(2022, 12, 31), "range"),
    ("the end of the year", A, None, D(2023, 12, 1), D(2023, 12, 31), "range"),
    ("the beginning of the year", A, None, D(2023, 1, 1), D(2023, 1, 31), "range"),
    ("the end of the month", A, None, D(2023, 9, 21), D(2023, 9, 30), "range"),
    ("early next week", A, None, D(2023, 9, 11), D(2023, 9, 12), "range"),
    ("the 1990s", None, None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the 2020s", None, None, D(2020, 1, 1), D(2029, 12, 31), "decade"),
    ("the early '90s", None, None, D(1990, 1, 1), D(1993, 12, 31), "range"),
    ("the late 1990s", None, None, D(1997, 1, 1), D(1999, 12, 31), "range"),
    ("the mid-2010s", None, None, D(2014, 1, 1), D(2016, 12, 31), "range"),
    # --- seasons, quarters, halves ---
    ("the summer of 2021", None, None, D(2021, 6, 1), D(2021, 8, 31), "season"),
    ("winter 2022", None, None, D(2022, 12, 1), D(2023, 2, 28), "season"),
    ("last summer", A, None, D(2023, 6, 1), D(2023, 8, 31), "season"),
    ("this summer", A, None, D(2023, 6, 1), D(2023, 8, 31), "season"),
    ("next summer", A, None, D(2024, 6, 1), D(2024, 8, 31), "season"),
    ("last winter", A, None, D(2022, 12, 1), D(2023, 2, 28), "season"),
    ("in the spring", A, None, D(2023, 3, 1), D(2023, 5, 31), "season"),
    ("early summer of 2022", None, None, D(2022, 6, 1), D(2022, 6, 30), "range"),
    ("the first quarter of 2024", None, None, D(2024, 1, 1), D(2024, 3, 31), "quarter"),
    ("Q3 2023", None, None, D(2023, 7, 1), D(2023, 9, 30), "quarter"),
    ("the third quarter", A, None, D(2023, 7, 1), D(2023, 9, 30), "quarter"),
    ("the fourth quarter", A, None, D(2022, 10, 1), D(2022, 12, 31), "quarter"),
    ("the fourth quarter", A, F, D(2023, 10, 1), D(2023, 12, 31), "quarter"),
    ("the last quarter of 2022", None, None, D(2022, 10, 1), D(2022, 12, 31), "quarter"),
    ("last quarter", A, None, D(2023, 4, 1), D(2023, 6, 30), "quarter"),
    ("the second half of 2023", None, None, D(2023, 7, 1), D(2023, 12, 31), "half"),
    ("the first half of the year", A, None, D(2023, 1, 1), D(2023, 6, 30), "half"),
    ("H1 2024", None, None, D(2024, 1, 1), D(2024, 6, 30), "half"),
    # --- relative months, weeks, years ---
    ("this month", A, None, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("last month", J, None, D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("last month", L, None, D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("next month", D(2023, 12, 20), F, D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("a month ago", D(2023, 3, 31), None, D(2023, 2, 1), D(2023, 2, 28), "month"),
    ("three months ago", A, None, D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("last week", A, None, D(2023, 8, 28), D(2023, 9, 3), "week"),
    ("last week", J, None, D(2024, 1, 1), D(2024, 1, 7), "week"),
    ("last week", D(2024, 1, 3), None, D(2023, 12, 25), D(2023, 12, 31), "week"),
    ("next week", A, F, D(2023, 9, 11), D(2023, 9, 17), "week"),
    ("this week", A, None, D(2023, 9, 4), D(2023, 9, 10), "week"),
    ("earlier this week", A, None, D(2023, 9, 4), D(2023, 9, 10), "week"),
    ("a week ago", A, None, D(2023, 8, 28), D(2023, 9, 3), "week"),
    ("two weeks ago", A, None, D(2023, 8, 21), D(2023, 8, 27), "week"),
    ("the week of August 28", A, None, D(2023, 8, 28), D(2023, 9, 3), "week"),
    ("last year", A, None, D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("the previous year", J, None, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("next year", A, F, D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("this year", A, None, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("earlier this year", A, None, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("two years ago", A, None, D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("about three years ago", A, None, D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("a year ago", A, None, D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("a decade ago", A, None, D(2013, 1, 1), D(2013, 12, 31), "year"),
    # --- relative days ---
    ("yesterday", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("yesterday", D(2024, 1, 1), None, D(2023, 12, 31), D(2023, 12, 31), "day"),
    ("today", A, None, A, A, "day"),
    ("tonight", A, F, A, A, "day"),
    ("last night", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("tomorrow", A, F, D(2023, 9, 6), D(2023, 9, 6), "day"),
    ("10 days ago", A, None, D(2023, 8, 26), D(2023, 8, 26), "day"),
    # --- windows around the anchor ---
    ("in the coming months", A, F, D(2023, 9, 5), D(2024, 3, 5), "range"),
    ("in coming weeks", A, F, D(2023, 9, 5), D(2023, 10, 3), "range"),
    ("in the next two days", A, F, D(2023, 9, 5), D(2023, 9, 7), "range"),
    ("in recent weeks", A, None, D(2023, 8, 8), D(2023, 9, 5), "range"),
    ("the past two weeks", A, None, D(2023, 8, 22), D(2023, 9, 5), "range"),
    ("over the past year", A, None, D(2022, 9, 5), D(2023, 9, 5), "range"),
    ("the last week", A, None, D(2023, 8, 29), D(2023, 9, 5), "range"),
    ("the past few days", A, None, D(2023, 8, 29), D(2023, 9, 5), "range"),
    ("the coming week", A, F, D(2023, 9, 5), D(2023, 9, 12), "range"),
    # --- weekdays and weekends ---
    ("on Wednesday", A, P, D(2023, 8, 30), D(2023, 8, 30), "day"),
    ("on Wednesday", A, None, D(2023, 9, 6), D(2023, 9, 6), "day"),  # tense unknown: the day after a Tuesday
    ("Thursday", A, None, D(2023, 8, 31), D(2023, 8, 31), "day"),  # two days ahead: still the one before
    ("Thursday", D(1998, 9, 30), None, D(1998, 10, 1), D(1998, 10, 1), "day"),  # TempEval APW19980930
    ("Monday", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("Tuesday", A, None, A, A, "day"),  # the anchor's own weekday is the anchor day
    ("Tuesday", A, F, A, A, "day"),
    ("last Friday", A, None, D(2023, 9, 1), D(2023, 9, 1), "day"),
    ("last Tuesday", A, None, D(2023, 8, 29), D(2023, 8, 29), "day"),
    ("Wednesday", A, F, D(2023, 9, 6), D(2023, 9, 6), "day"),
    ("Monday", A, F, D(2023, 9, 11), D(2023, 9, 11), "day"),
    ("next Monday", A, None, D(2023, 9, 11), D(2023, 9, 11), "day"),
    ("Monday next week", A, F, D(2023, 9, 11), D(2023, 9, 11), "day"),
    ("Friday last week", A, None, D(2023, 9, 1), D(2023, 9, 1), "day"),
    # "this" is the weekday of the anchor's week (Reuters, Tuesday 29 April 2025: "effective this Friday" was 25 April)
    ("this Friday", D(2025, 4, 29), None, D(2025, 5, 2), D(2025, 5, 2), "day"),
    ("this Monday", S, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("Monday night", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("late Monday", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("10 p.m. Monday", A, None, D(2023, 9, 4), D(2023, 9, 4), "day"),
    ("Sunday's", D(2024, 1, 2), None, D(2023, 12, 31), D(2023, 12, 31), "day"),
    ("the weekend", A, None, D(2023, 9, 2), D(2023, 9, 3), "range"),
    ("this weekend", A, F, D(2023, 9, 9), D(2023, 9, 10), "range"),
    ("over the weekend", S, None, D(2023, 9, 9), D(2023, 9, 10), "range"),
    ("last weekend", S, None, D(2023, 9, 2), D(2023, 9, 3), "range"),
    ("next weekend", A, F, D(2023, 9, 9), D(2023, 9, 10), "range"),
    # --- month names and future tense ---
    ("March", A, F, D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("September", A, F, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("January", D(2023, 12, 20), F, D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("January", D(2023, 12, 20), None, D(2024, 1, 1), D(2024, 1, 31), "month"),  # the nearest January
    # TempEval-3 patterns (RESULTS.md): a month-day just ahead, hyphenated quarters, the reported quarter
    ("Nov. 6", D(1989, 10, 30), None, D(1989, 11, 6), D(1989, 11, 6), "day"),
    ("third-quarter", D(1989, 10, 30), None, D(1989, 7, 1), D(1989, 9, 30), "quarter"),
    ("the quarter", D(1989, 11, 2), None, D(1989, 7, 1), D(1989, 9, 30), "quarter"),
    ("the latest quarter", D(1989, 11, 2), None, D(1989, 7, 1), D(1989, 9, 30), "quarter"),
    ("10/26/89", D(1989, 10, 30), None, D(1989, 10, 26), D(1989, 10, 26), "day"),
    # --- ranges and lists ---
    ("Aug. 28-30", A, None, D(2023, 8, 28), D(2023, 8, 30), "range"),
    ("28-30 August 2023", None, None, D(2023, 8, 28), D(2023, 8, 30), "range"),
    ("between 2018 and 2020", None, None, D(2018, 1, 1), D(2020, 12, 31), "range"),
    ("2018 and 2019", None, None, D(2018, 1, 1), D(2019, 12, 31), "range"),
    ("from March to May 2022", None, None, D(2022, 3, 1), D(2022, 5, 31), "range"),
    ("2022-23", None, None, D(2022, 1, 1), D(2023, 12, 31), "range"),
    ("late July and early August", A, None, D(2023, 7, 21), D(2023, 8, 10), "range"),
    ("July and August", A, None, D(2023, 7, 1), D(2023, 8, 31), "range"),
    ("the first week of August", A, None, D(2023, 8, 1), D(2023, 8, 7), "range"),
    ("the last week of August", A, None, D(2023, 8, 25), D(2023, 8, 31), "range"),
    ("the second week of March 2022", None, None, D(2022, 3, 8), D(2022, 3, 14), "range"),
    # --- TempEval-3 wordings (news of 1989-2000, each with its document date) ---
    ("March", D(1989, 11, 2), None, D(1989, 3, 1), D(1989, 3, 31), "month"),  # 4 months ahead, 8 behind: behind
    ("Nov. 6", D(1989, 10, 30), None, D(1989, 11, 6), D(1989, 11, 6), "day"),  # a week ahead: ahead
    ("Aug. 6", D(1998, 2, 6), None, D(1997, 8, 6), D(1997, 8, 6), "day"),  # as far either way: behind
    ("Thanksgiving Day", D(2000, 1, 7), None, D(1999, 11, 25), D(1999, 11, 25), "day"),
    ("last Thanksgiving", D(2000, 2, 10), None, D(1999, 11, 25), D(1999, 11, 25), "day"),
    ("Easter", D(2000, 4, 17), None, D(2000, 4, 23), D(2000, 4, 23), "day"),
    ("Good Friday 1998", None, None, D(1998, 4, 10), D(1998, 4, 10), "day"),
    ("nineteen ninety-six", None, None, D(1996, 1, 1), D(1996, 12, 31), "year"),
    ("January nineteen ninety-seven", None, None, D(1997, 1, 1), D(1997, 1, 31), "month"),
    ("fiscal 1989", None, None, D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("the current fiscal year", D(1989, 11, 2), None, D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("fiscal second-quarter", D(1989, 10, 26), None, D(1989, 4, 1), D(1989, 6, 30), "quarter"),
    ("year-end", D(1989, 11, 2), None, D(1989, 12, 31), D(1989, 12, 31), "day"),
    ("around year end", D(1989, 10, 30), None, D(1989, 12, 31), D(1989, 12, 31), "day"),
    ("the year two thousand", D(1998, 2, 5), None, D(2000, 1, 1), D(2000, 12, 31), "year"),
    ("this year's third quarter", D(1989, 11, 1), None, D(1989, 7, 1), D(1989, 9, 30), "quarter"),
    ("the 1988 second quarter", None, None, D(1988, 4, 1), D(1988, 6, 30), "quarter"),
    ("the full year", D(1989, 11, 2), None, D(1989, 1, 1), D(1989, 12, 31), "year"),
    ("year-ago", D(1989, 11, 2), None, D(1988, 1, 1), D(1988, 12, 31), "year"),
    ("the year-ago quarter", D(1989, 11, 2), None, D(1988, 7, 1), D(1988, 9, 30), "quarter"),
    ("the year-earlier period", D(1989, 11, 1), None, D(1988, 7, 1), D(1988, 9, 30), "quarter"),
    # --- TempEval-3 wording (wsj_*, APW*, VOA*): results periods, compounds, spelled days ---
    ("the year-earlier third quarter", D(1989, 10, 27), None, D(1988, 7, 1), D(1988, 9, 30), "quarter"),
    ("last year's quarter", D(1989, 11, 1), None, D(1988, 7, 1), D(1988, 9, 30), "quarter"),
    ("the quarter a year ago", D(1989, 10, 26), None, D(1988, 7, 1), D(1988, 9, 30), "quarter"),
    ("the 1988 period", D(1989, 11, 2), None, D(1988, 1, 1), D(1988, 12, 31), "year"),
    ("its fourth quarter", D(1989, 10, 26), None, D(1989, 10, 1), D(1989, 12, 31), "quarter"),
    ("first two quarters of 1990", D(1989, 10, 26), None, D(1990, 1, 1), D(1990, 6, 30), "half"),
    ("a good part of 1990", D(1989, 10, 30), None, D(1990, 1, 1), D(1990, 12, 31), "year"),
    ("the last half of the '80s", D(1989, 10, 26), None, D(1985, 1, 1), D(1989, 12, 31), "range"),
    ("this coming Sunday, March eighth", D(1998, 3, 5), None, D(1998, 3, 8), D(1998, 3, 8), "day"),
    ("day before last Tuesday", D(2000, 2, 24), None, D(2000, 2, 21), D(2000, 2, 21), "day"),
    ("Easter week", D(2000, 4, 17), None, D(2000, 4, 17), D(2000, 4, 23), "week"),
    # --- offsets from a day (issue 14: "a week from Sunday" is not the Sunday itself) ---
    ("a week from Sunday", D(2014, 3, 6), None, D(2014, 3, 16), D(2014, 3, 16), "day"),
    ("two days before Christmas", D(2013, 12, 1), None, D(2013, 12, 23), D(2013, 12, 23), "day"),
    ("the week before Christmas", D(2013, 12, 1), None, D(2013, 12, 18), D(2013, 12, 24), "range"),
]


@pytest.mark.parametrize(("text", "anchor", "tense", "start", "end", "granularity"), CASES,
                         ids=[f"{c[0]}@{c[1]}{'+' + c[2][0].upper() if c[2] else ''}" for c in CASES])
def test_resolve(text, anchor, tense, start, end, granularity):
    date = resolve(text, anchor, future=tense == F, past=tense == P)
    assert date is not None, f"{text!r} did not resolve"
    assert (date.start, date.end, date.granularity) == (start, end, granularity)
    assert date.text == text


NO_ANCHOR = ["last month", "yesterday", "Wednesday", "March", "August 30", "this year", "late July",
             "in the coming months", "two years ago", "Christmas", "the third quarter", "the weekend",
             "last summer", "Earlier this month", "the end of the month"]
NOT_DATES = [
    # durations
    "10 days", "three years", "for two weeks", "two weeks", "a decade", "several months", "six-month",
    # ages, times of day
    "60 years old", "his 60s", "aged 45", "her late 70s", "10 p.m.", "noon", "2:30 p.m. ET", "midnight",
    # bounds and event-relative wording
    "before 2019", "after March", "more than a year ago", "within days", "the next day", "a year earlier",
    "that day", "the same day",
    # vague, ambiguous, unsupported
    "a few years ago", "recently", "the past", "now", "05/09/2023", "the 5th", "the 19th century",
    "Q5 2023", "2015 and 2019", "tomorrow and yesterday",
    # garbage
    "", "   ", "asdf", "February 30, 2023", "9999999 years ago", "--", "()", "a" * 500, "and and to",
    "between and", "August 32", "the previous day", "the following week's end", "a full week",
    "weeks before Christmas", "a year after 2003", "election week",
]


@pytest.mark.parametrize("text", NO_ANCHOR)
def test_relative_without_anchor_is_none(text):
    assert resolve(text, None) is None
    assert resolve(text, None, future=True) is None


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date_is_none(text):
    assert resolve(text, A) is None


@pytest.mark.parametrize("bad", [None, 42, b"2019", ["2019"]])
def test_non_text_is_none(bad):
    assert resolve(bad, A) is None


def test_anchor_recorded_only_when_used():
    assert resolve("last month", A).anchor == "published 2023-09-05"
    assert resolve("March", A).anchor == "published 2023-09-05"
    assert resolve("2019", A).anchor is None
    assert resolve("March 2022", A).anchor is None
    assert resolve("September 5, 2023", A).anchor is None


def test_datetime_anchor_is_accepted():
    date = resolve("yesterday", dt.datetime(2023, 9, 5, 23, 59))
    assert (date.start, date.anchor) == (D(2023, 9, 4), "published 2023-09-05")


def test_explicit_date_wins_over_weekday():
    # August 31 2023 is a Thursday; the explicit date is kept even when the weekday disagrees.
    assert resolve("Wednesday (August 31)", B).start == D(2023, 8, 31)


def test_label_uses_granularity():
    assert resolve("last month", A).label() == "2023-08"
    assert resolve("late July", A).label() == "2023-07-21/2023-07-31"


@pytest.mark.parametrize("text, anchor, start, end, gran", [
    # TempEval-3 wording (VOA 1998, WSJ 1989-91, NYT 1998)
    ("the nineties", D(1998, 3, 3), D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the late eighties", D(1998, 3, 3), D(1987, 1, 1), D(1989, 12, 31), "range"),
    ("a week or so ago", D(1991, 2, 25), D(1991, 2, 18), D(1991, 2, 24), "week"),
    ("the next year or so", D(1989, 11, 2), D(1990, 1, 1), D(1990, 12, 31), "year"),
    ("Election Day", D(1998, 10, 26), D(1998, 11, 3), D(1998, 11, 3), "day"),
])
def test_spelled_decades_approximations_and_election_day(text, anchor, start, end, gran):
    got = resolve(text, anchor)
    assert (got.start, got.end, got.granularity) == (start, end, gran)


def test_an_age_in_decades_is_no_date():
    assert resolve("her forties", D(1998, 3, 3)) is None


def test_an_ordinal_suffix_a_page_flattened_from_superscript_still_dates():
    # PYMNTS, 4 May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025, S5): "by the January 19 th set by Congress"
    got = resolve("the January 19 th", D(2025, 5, 4))
    assert (got.start, got.end, got.granularity) == (D(2025, 1, 19), D(2025, 1, 19), "day")
