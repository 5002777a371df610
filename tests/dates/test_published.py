"""Publication dates come only from what a source's header states (plus the weekday dateline rule)."""
from __future__ import annotations

import datetime as dt

import pytest
from support import SEEDS

from briefgen.dates.datelines import WeekdayDate, find_weekday_dates, resolve_weekday_date
from briefgen.dates.parse import parse_date
from briefgen.dates.published import date_sources, find_published
from briefgen.model.source import Source

D = dt.date


@pytest.mark.parametrize(
    ("header", "expected", "how"),
    [
        ("Sep 05, 2023", D(2023, 9, 5), "date line 'Sep 05, 2023'"),
        ("September 5, 2023", D(2023, 9, 5), "date line 'September 5, 2023'"),
        ("5 September 2023", D(2023, 9, 5), "date line '5 September 2023'"),
        ("2023-09-05", D(2023, 9, 5), "date line '2023-09-05'"),
        ("Tuesday, 5th September 2023", D(2023, 9, 5), "date line 'Tuesday, 5th September 2023'"),
        ("13/09/2023", D(2023, 9, 13), "date line '13/09/2023'"),
        ("Published: Tue 5 Sep 2023 10:31 BST", D(2023, 9, 5), "byline 'Published: Tue 5 Sep 2023 10:31 BST'"),
        (
            "Updated 3:14 PM EDT, Tue September 5, 2023",
            D(2023, 9, 5),
            "byline 'Updated 3:14 PM EDT, Tue September 5, 2023'",
        ),
        ("By Jane Doe | September 4, 2023", D(2023, 9, 4), "byline 'By Jane Doe | September 4, 2023'"),
    ],
)
def test_header_date_forms(header, expected, how):
    text = f"Kim and Putin to meet\n\n{header}\n\nThe body of the story.\n"
    assert find_published(text) == (expected, how)


def test_published_byline_wins_over_updated():
    text = "Headline\nUpdated 5 Sep 2023\nPublished 4 Sep 2023\n\nBody.\n"
    assert find_published(text) == (D(2023, 9, 4), "byline 'Published 4 Sep 2023'")


def test_date_prefix():
    assert find_published(" date 2023-09-05 As tensions rise, talks go on.") == (
        D(2023, 9, 5),
        "'date 2023-09-05' prefix",
    )


def test_front_matter_date_and_published_keys():
    assert find_published("---\ntitle: X\ndate: 2023-09-05\n---\nBody") == (D(2023, 9, 5), "front matter 'date'")
    text = "---\npublished: \"5 September 2023\"\n---\nBody"
    assert find_published(text) == (D(2023, 9, 5), "front matter 'published'")


def test_ambiguous_numeric_date_is_refused():
    assert find_published("Headline\n05/09/2023\n\nBody.\n") == (None, None)
    assert parse_date("05/09/2023") is None


def test_body_dates_are_never_the_publication_date():
    body = "Headline\n\n" + "Officials said on September 1, 2023 that talks would go on. " * 3 + "\n"
    assert find_published(body) == (None, None)
    later = "Headline\n\n" + "Filler line.\n" * 10 + "September 5, 2023\n"
    assert find_published(later) == (None, None)


def test_iso_date_inside_a_headline_is_not_a_date_line():
    assert find_published("Deadline set for 2023-10-01 in arms talks between both sides\n\nBody.\n") == (None, None)


def test_weekday_dates_without_year():
    text = "Moscow did not confirm, Tuesday, September 5, the summit. On Friday 8 September 2023 x."
    assert find_weekday_dates(text) == [WeekdayDate(weekday=1, month=9, day=5, text="Tuesday, September 5")]


def test_resolve_weekday_date_picks_nearest_matching_year():
    tuesday_sept_5 = WeekdayDate(weekday=1, month=9, day=5, text="Tuesday, September 5")
    assert resolve_weekday_date(tuesday_sept_5, [D(2023, 8, 31), D(2023, 9, 5)]) == D(2023, 9, 5)
    assert resolve_weekday_date(tuesday_sept_5, []) is None
    # 2023-09-05 is a Tuesday, but it is more than a year from 2030: no guess.
    assert resolve_weekday_date(tuesday_sept_5, [D(2030, 1, 1)]) is None
    wrong_weekday = WeekdayDate(weekday=0, month=9, day=5, text="Monday, September 5")
    assert resolve_weekday_date(wrong_weekday, [D(2023, 9, 5)]) == D(2022, 9, 5)


def _pair(index: int, text: str) -> tuple[Source, str]:
    return Source(id=f"S{index}", path=f"s/{index}.txt", sha256="0" * 64), text


def test_date_sources_weekday_needs_other_dates():
    sources, warnings = date_sources([_pair(1, "Story: the summit, Tuesday, September 5, was confirmed.\n")])
    assert sources[0].published is None
    assert warnings == ["S1 (s/1.txt): no publication date in the text; relative dates in it are resolved only against an estimate, if one can be made"]


def test_date_sources_on_seeds():
    pairs = []
    for index, path in enumerate(sorted(SEEDS.glob("*.txt")), start=1):
        source = Source(id=f"S{index}", path=f"seeds/{path.name}", sha256="0" * 64)
        pairs.append((source, path.read_text(encoding="utf-8-sig")))
    sources, warnings = date_sources(pairs)
    assert [s.published for s in sources] == [D(2023, 9, 5), D(2023, 9, 5), D(2023, 8, 31), None, D(2023, 9, 5)]
    assert [s.published_found_by for s in sources] == [
        "date line 'Sep 05, 2023'",
        "'date 2023-09-05' prefix",
        "'date 2023-08-31' prefix",
        None,
        "weekday dateline 'Tuesday, September 5' (year from the other sources' dates)",
    ]
    assert warnings == [
        "S4 (seeds/003_4660a64cbfdd3097.txt): no publication date in the text; relative dates in it are resolved only against an estimate, if one can be made"
    ]
