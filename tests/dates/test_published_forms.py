"""Publication dates in the forms real news dumps state them, found in the header only.

Whole articles come from the dev corpora in ../shared/eval/dev (skipped when absent); inline strings
are header lines copied from real pages (formats, not articles) above a made-up story sentence.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from support import SHARED

from briefgen.dates.published import date_sources, find_published
from briefgen.ingest.sources import read_sources
from briefgen.model.source import Source

D = dt.date
DEV = SHARED / "eval" / "dev"
BODY = "\n\n    On March 3, 2004 he was arrested, police said on Friday, December 3, 2004 in a statement.\n"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")


def _dev(name: str) -> str:
    return (DEV / name).read_text(encoding="utf-8-sig")


def _pairs(*texts: str) -> list[tuple[Source, str]]:
    return [(Source(id=f"S{i}", path=f"{i}.txt", sha256="0"), text) for i, text in enumerate(texts, start=1)]


def _first_line_removed(text: str, line: str) -> str:
    assert line in text
    return text.replace(line + "\n", "", 1)


@pytest.mark.parametrize(("line", "expected"), [
    ("2014-03-20 21:03:23.138 GMT", D(2014, 3, 20)),
    ("2014-03-20T21:03:23Z", D(2014, 3, 20)),
    ("2023-09-05T08:00:00+02:00", D(2023, 9, 5)),
    ("2023-09-05T23:30:00-07:00", D(2023, 9, 5)),  # the calendar date as written, not shifted to UTC
])
def test_iso_timestamp_with_time_and_zone(line, expected):
    assert find_published(f"Malaysia widens search for missing jet\n{line}\n{BODY}") == (expected, f"date line '{line}'")


@needs_dev
def test_iso_timestamp_in_a_real_wire():
    assert find_published(_dev("gencorp-takeover-bid-1987/03_reuters.txt")) == (D(1987, 3, 23), "date line '1987-03-23 12:10'")


@needs_dev
@pytest.mark.parametrize(("name", "expected", "stamp"), [
    ("gencorp-takeover-bid-1987/01_reuters.txt", D(1987, 3, 18), "18-MAR-1987 08:17:40.70"),
    ("gencorp-takeover-bid-1987/06_reuters.txt", D(1987, 4, 3), "3-APR-1987 09:32:25.50"),
    ("brazil-seamen-strike-1987/05_reuters.txt", D(1987, 3, 13), "13-MAR-1987 12:15:45.44"),
])
def test_reuters_21578_stamp_under_the_headline(name, expected, stamp):
    assert find_published(_dev(name)) == (expected, f"date line '{stamp}'")


def test_bloomberg_printout_stamp_above_the_dateline():
    text = "Ukraine Says Russia Masses Troops (Update 2)\n2014-03-20 21:03:23.138 GMT\n\n\n" \
           "By Daryna Krasnolutska\n     March 20 (Bloomberg) -- Ukraine said" + BODY
    sources, _ = date_sources(_pairs(text))
    assert (sources[0].published, sources[0].published_found_by) == (
        D(2014, 3, 20), "date line '2014-03-20 21:03:23.138 GMT'")


def test_bloomberg_dateline_takes_its_year_from_a_full_date_above_it():
    # the stamp shares the headline's line, so it is no date line; it still gives the dateline its year
    text = "Ukraine Says Russia Masses Troops (Update 2) 2014-03-20 21:03:23.138 GMT\n\n" \
           "     March 20 (Bloomberg) -- Ukraine said" + BODY
    sources, _ = date_sources(_pairs(text))
    assert (sources[0].published, sources[0].published_found_by) == (
        D(2014, 3, 20), "dateline 'March 20 (Bloomberg) --' (year from a date above it in the header)")


def test_bloomberg_dateline_alone_takes_its_year_from_the_other_sources():
    sources, _ = date_sources(_pairs("Ukraine Says Russia Masses Troops\n\n     March 20 (Bloomberg) -- Ukraine said" + BODY,
                                     "Talks stall\n2014-03-17\n\nBody."))
    assert (sources[0].published, sources[0].published_found_by) == (
        D(2014, 3, 20), "dateline 'March 20 (Bloomberg) --' (year from the other sources' dates)")
    alone, _ = date_sources(_pairs("Ukraine Says Russia Masses Troops\n\n     March 20 (Bloomberg) -- Ukraine said"))
    assert alone[0].published is None


@needs_dev
def test_yearless_wire_dateline_in_a_real_wire():
    folder = DEV / "us-japan-chip-tariffs-1987"
    pairs, _ = read_sources(str(folder), Path("/"))
    assert Path(pairs[0][0].path).name == "01_reuters.txt"
    pairs[0] = pairs[0][0], _first_line_removed(pairs[0][1], "13-MAR-1987 01:23:35.18")
    sources, _ = date_sources(pairs)
    assert (sources[0].published, sources[0].published_found_by) == (
        D(1987, 3, 13), "dateline 'TOKYO, March 13 -' (year from the other sources' dates)")


def test_wire_dateline_without_a_date_gives_nothing():
    sources, warnings = date_sources(_pairs("Trump signs order\n\nWASHINGTON (AP) — The White House said" + BODY,
                                            "Talks stall\n2004-03-01\n\nBody."))
    assert sources[0].published is None
    assert warnings[0].startswith("S1 (1.txt): no publication date in the text")


@pytest.mark.parametrize("header", [
    "By Daily Mail Reporter\nPUBLISHED: 16:38 EST, 9 November 2013 | UPDATED: 08:12 EST, 10 November 2013",
    "By Daily Mail Reporter\nUPDATED: 08:12 EST, 10 November 2013 | PUBLISHED: 16:38 EST, 9 November 2013",
    "By Daily Mail Reporter\nUPDATED: 08:12 EST, 10 November 2013\nPUBLISHED: 16:38 EST, 9 November 2013",
])
def test_daily_mail_published_wins_over_updated(header):
    text = f"Kerry heads to Geneva for Iran talks\n{header}\n{BODY}"
    assert find_published(text) == (D(2013, 11, 9), "byline 'PUBLISHED: 16:38 EST, 9 November 2013'")


@pytest.mark.parametrize("line", ["Friday, December 03, 2004", "Friday 3 December 2004"])
def test_weekday_month_day_year_line(line):
    assert find_published(f"Lycos, spammers trade blows\n{line}\n{BODY}") == (D(2004, 12, 3), f"date line '{line}'")


@needs_dev
def test_weekday_date_in_a_page_dumped_on_one_line():
    text = _dev("lycos-make-love-not-spam-2004/04_pcworld.txt")
    assert find_published(text) == (D(2004, 12, 3), "dated header 'Friday, December 03, 2004'")


@pytest.mark.parametrize("text", [
    "Lycos spam war. On Friday, December 03, 2004, Lycos Europe said it would stop " + "the campaign " * 20,
    "Lycos spam war. Police said Friday, December 03, 2004 that Lycos would stop " + "the campaign " * 20,
    "Lycos spam war. Lycos said Monday, December 03, 2004 Europe would stop " + "the campaign " * 20,
])
def test_a_weekday_date_inside_a_sentence_is_no_dateline(text):
    assert find_published(text) == (None, None)


@needs_dev
def test_day_first_dot_date_with_time_in_a_real_page():
    text = _dev("lycos-make-love-not-spam-2004/01_heise.txt")
    assert find_published(text) == (D(2004, 11, 26), "date opening the line '26.11.2004'")


@pytest.mark.parametrize(("line", "expected"), [
    ("26.11.2004 16:43", D(2004, 11, 26)),
    ("05.09.2023 16:43", D(2023, 9, 5)),  # dots are day-first: 5 September, not 9 May
])
def test_dot_dates_are_day_first(line, expected):
    assert find_published(f"Lycos users are to attack spammers\n{line}\n{BODY}") == (expected, f"date line '{line}'")


def test_slash_dates_stay_unambiguous_only():
    assert find_published(f"Lycos users are to attack spammers\n05/09/2023 16:43\n{BODY}") == (None, None)


def test_a_body_date_is_never_the_publication_date():
    assert find_published("Greek sprinters suspended" + BODY) == (None, None)
    long_lede = "Greek sprinters suspended. " + "Kenteris was arrested on March 3, 2004 in Athens, police said. " * 5
    assert find_published(long_lede) == (None, None)


@needs_dev
def test_every_dev_source_gets_the_date_its_gold_key_states():
    wrong = []
    for gold in sorted(DEV.glob("*.gold.yaml")):
        key = yaml.safe_load(gold.read_text(encoding="utf-8"))
        stated = {entry["file"]: entry.get("published") for entry in key["sources"].values()}
        pairs, _ = read_sources(str(DEV / key["corpus"]), Path("/"))
        sources, _ = date_sources(pairs)
        for source in sources:
            want = stated[Path(source.path).name]
            got = source.published.isoformat() if source.published else None
            if got != (str(want) if want else None):
                wrong.append((key["corpus"], source.path, want, got, source.published_found_by))
    assert wrong == []
