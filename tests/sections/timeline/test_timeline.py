"""Timeline: dated events from other stories, resolved against each article's date, merged across sources."""
from __future__ import annotations

import datetime as dt

import pytest
from support import make_documents, run_sections


@pytest.fixture(scope="module")
def timeline(nlp):
    texts = [
        "The European Union agreed a new package of measures on Tuesday. "
        "Trade ministers met in Brussels last month to prepare the deal. "
        "The commission is expected to publish the final text next week.",
        "EU trade ministers met in Brussels in late May to prepare the package, officials said. "
        "The talks lasted 10 days.",
    ]
    documents = make_documents(nlp, texts, [dt.date(2024, 6, 12), dt.date(2024, 6, 13)])
    return run_sections(documents, "actors", "timeline").items["timeline"]


def test_weekday_resolves_to_the_day_before_the_article(timeline):
    agreed = [e for e in timeline if "agreed" in e.text]
    assert agreed and agreed[0].date.start == dt.date(2024, 6, 11) and agreed[0].date.granularity == "day"


def test_same_event_from_two_sources_is_one_item_at_the_finer_date(timeline):
    meetings = [e for e in timeline if "met in Brussels" in e.text]
    assert len(meetings) == 1
    assert {c.source for c in meetings[0].citations} == {"S1", "S2"}
    assert meetings[0].date.start == dt.date(2024, 5, 21) and meetings[0].date.text == "late May"
    assert meetings[0].support == 2


def test_planned_event_is_marked_expected(timeline):
    publish = [e for e in timeline if "publish" in e.text]
    assert publish and publish[0].expected
    assert publish[0].date.start == dt.date(2024, 6, 17)


def test_durations_are_not_events(timeline):
    assert not any("10 days" in e.date.text for e in timeline)


def test_anchor_names_the_source_and_its_date(timeline):
    agreed = next(e for e in timeline if "agreed" in e.text)
    assert agreed.date.anchor == "S1 published 2024-06-12"


def test_items_are_in_date_order_and_cited_exactly(timeline):
    starts = [e.date.start for e in timeline]
    assert starts == sorted(starts)
    for event in timeline:
        assert event.citations


def test_relative_dates_in_undated_source_are_not_guessed(nlp):
    documents = make_documents(nlp, ["Officials met in Geneva last week. The accord was signed in 2019."])
    events = run_sections(documents, "actors", "timeline").items["timeline"]
    assert [e.date.start.year for e in events] == [2019]


def test_config_bounds_and_expected_filter(nlp):
    texts = ["The ministers met in Paris in March 2021. The ministers will meet again next month."]
    documents = make_documents(nlp, texts, [dt.date(2024, 1, 10)])
    options = {"timeline": {"from": dt.date(2022, 1, 1), "include_expected": True}}
    events = run_sections(documents, "actors", "timeline", options=options).items["timeline"]
    assert [e.date.start for e in events] == [dt.date(2024, 2, 1)]
    options = {"timeline": {"include_expected": False}}
    events = run_sections(documents, "actors", "timeline", options=options).items["timeline"]
    assert [e.date.start.year for e in events] == [2021]


@pytest.mark.parametrize("sentence, expected_start, expected", [
    ("Negotiators extended the deadline until Friday.", dt.date(2015, 7, 10), True),
    ("The new target is Friday.", dt.date(2015, 7, 10), True),
    ("The envoy said he would discuss the offer with ministers on Wednesday.", dt.date(2015, 7, 8), True),
    ("The talks had been due to produce a final agreement by June 30.", dt.date(2015, 6, 30), False),
    ("Kerry repeated red lines he first set out in a speech in June.", dt.date(2015, 6, 1), False),
    ("The minister met his counterpart on Friday.", dt.date(2015, 7, 3), False),
])
def test_deadlines_and_reported_plans_look_ahead_past_tenses_do_not(nlp, sentence, expected_start, expected):
    documents = make_documents(nlp, [sentence], [dt.date(2015, 7, 7)])  # a Tuesday
    events = run_sections(documents, "actors", "timeline").items["timeline"]
    assert [(e.date.start, e.expected) for e in events] == [(expected_start, expected)]


def test_present_tense_schedule_looks_ahead(nlp):
    documents = make_documents(nlp, ["The new rules take effect on Nov. 16, officials said."], [dt.date(2023, 10, 18)])
    events = run_sections(documents, "actors", "timeline").items["timeline"]
    assert [(e.date.start, e.expected) for e in events] == [(dt.date(2023, 11, 16), True)]
