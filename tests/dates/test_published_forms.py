"""Publication dates in the forms real dumps use, found in the header only, never in the story."""
from __future__ import annotations

import datetime as dt

import pytest
from support import SHARED

from briefgen.dates.published import date_sources, find_published
from briefgen.model.source import Source

DEV = SHARED / "eval" / "dev"


@pytest.mark.parametrize(("header", "day"), [
    ("2014-03-20 21:03:23.138 GMT\n\nMarch 20 (Bloomberg) -- The European Union said", dt.date(2014, 3, 20)),
    ("2014-03-20T21:03:23Z\nThe European Union said", dt.date(2014, 3, 20)),
    ("2023-09-05T08:00:00+02:00\nOfficials said", dt.date(2023, 9, 5)),
    ("AFG <AFG>, WAGNER/BROWN BID FOR GENCORP <GY>\n18-MAR-1987 08:17:40.70\n\n    NEW YORK, March 18 - ", dt.date(1987, 3, 18)),
    ("PUBLISHED: 16:38 EST, 9 November 2013 | UPDATED: 08:12 EST, 10 November 2013\n\nKerry said", dt.date(2013, 11, 9)),
    ("Friday 3 December 2004\nLycos Europe said", dt.date(2004, 12, 3)),
    ("26.11.2004 16:43 << Previous | Next >> Lycos users are to attack spammers", dt.date(2004, 11, 26)),
])
def test_header_forms(header, day):
    assert find_published(header)[0] == day


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_a_page_dumped_on_one_line_is_dated_by_a_date_with_its_weekday():
    text = (DEV / "lycos-make-love-not-spam-2004" / "04_pcworld.txt").read_text(encoding="utf-8")
    assert find_published(text) == (dt.date(2004, 12, 3), "dated header 'Friday, December 03, 2004'")


def test_a_weekday_that_is_not_the_dates_own_is_no_dateline():
    line = "Lycos said on Monday, December 03, 2004 at the latest it would stop " + "the campaign " * 20
    assert find_published(line)[0] is None


def test_a_date_in_the_story_is_never_the_publication_date():
    text = "Greek sprinters suspended\n\nKenteris was arrested on March 3, 2004 in Athens, police said.\n"
    assert find_published(text) == (None, None)


def test_wire_datelines_without_a_year_take_it_from_the_other_sources():
    pairs = [(Source(id="S1", path="a.txt", sha256="0"), "Talks\n2014-03-17\n\nThe EU said"),
             (Source(id="S2", path="b.txt", sha256="0"), "Sanctions widen\n\n    TOKYO, March 20 - Japan said it would")]
    sources, _ = date_sources(pairs)
    assert sources[1].published == dt.date(2014, 3, 20)
    only = [(Source(id="S1", path="c.txt", sha256="0"), "WASHINGTON (AP) — The White House said")]
    assert date_sources(only)[0][0].published is None


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_every_dev_source_states_its_date_in_a_form_that_is_read():
    import yaml

    from briefgen.ingest.sources import read_sources

    for gold in sorted(DEV.glob("*.gold.yaml")):
        key = yaml.safe_load(gold.read_text(encoding="utf-8"))
        folder = DEV / gold.name.removesuffix(".gold.yaml")
        pairs, _ = read_sources(str(folder), folder)
        sources, _ = date_sources(pairs)
        stated = {entry["file"]: entry.get("published") for entry in (key.get("sources") or {}).values()}
        assert stated, gold
        for source in sources:
            name = source.path.rsplit("/", 1)[-1]
            want = stated[name]
            assert (str(source.published) if source.published else None) == (str(want) if want else None), (
                folder.name, name, source.published_found_by)
