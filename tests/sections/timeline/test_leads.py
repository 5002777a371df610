"""Lead events: a dated report's first sentence, with no date written, is dated by the report's day."""
from __future__ import annotations

import datetime as dt

from support import run_sections

import briefgen.sections.timeline.extractor  # noqa: F401  (registers the extractor)
from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate


def timeline(*reports):
    """Timeline rows of (published, text) reports read as a build reads them."""
    documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0", published=day), text)
                          for i, (day, text) in enumerate(reports)])
    return run_sections(documents, "actors", "timeline").items["timeline"]


def test_a_wire_lead_statement_is_dated_by_the_report(nlp):
    # Reuters-21578, 23 March 1987
    [row] = timeline((dt.date(1987, 3, 23), "GENCORP SUES TO BLOCK OFFER\n    AKRON, Ohio, March 23 - Gencorp Inc said "
                      "it filed suit against the unsolicited 100 dlr-a-share tender offer of Wagner and Brown.\n"))
    assert (row.date.start, row.date.granularity, row.date.text) == (dt.date(1987, 3, 23), "day", "")
    assert row.date.anchor == "S1 published 1987-03-23"
    assert row.text == "Gencorp Inc said it filed suit against the unsolicited 100 dlr-a-share tender offer of " \
                       "Wagner and Brown"


def test_a_deed_under_a_dateline_is_the_days_news(nlp):
    # Reuters-21578, 13 March 1987
    [row] = timeline((dt.date(1987, 3, 13), "JAPAN DENIES BREAKING SEMICONDUCTOR TRADE PACT\n    TOKYO, March 13 - "
                      "Japan denied breaking a pact with the United States on semiconductor trade.\n"))
    assert (row.date.start, row.text) == (dt.date(1987, 3, 13), "Japan denied breaking a pact with the United "
                                                                 "States on semiconductor trade")


def test_a_deed_retold_without_a_dateline_is_not_dated_by_the_report(nlp):
    # Bloomberg, Monday 5 May 2025: the fine was imposed on Friday 2 May
    assert not timeline((dt.date(2025, 5, 5), "EU fine\nTikTok owner ByteDance Ltd. was fined €530 million ($600 "
                         "million) by the European Union for illegally sending user data to China.\n"))


def test_a_forecast_or_an_undated_report_gives_no_lead_row(nlp):
    # Reuters-21578, 20 October 1987; and the same lead in a report with no date
    lead = "The United States may lift an additional 84 mln dlrs in trade sanctions against Japan, officials said.\n"
    assert not timeline((dt.date(1987, 10, 20), "U.S. MAY END SANCTIONS\n" + lead))
    assert not timeline((None, "GENCORP SUES\nGencorp Inc said it filed suit against the tender offer.\n"))


def test_a_date_describing_an_object_leaves_the_lead_its_day(nlp):
    # Reuters-21578, 30 March 1987: "made March 18" dates the offer, not the board's call to reject it
    rows = timeline((dt.date(1987, 3, 30), "GENCORP REJECTS UNSOLICITED TAKEOVER BID\n    AKRON, OHio, March 30 - "
                     "Gencorp Inc said its board urged shareholders to reject the hostile unsolicited 100 dlr a share "
                     "tender offer made March 18 by General Acquisition Inc.\n"))
    assert (dt.date(1987, 3, 30), "Gencorp Inc said its board urged shareholders to reject the hostile unsolicited "
            "100 dlr a share tender offer made March 18 by General Acquisition Inc.") in [
        (r.date.start, r.text) for r in rows]



def test_a_date_in_a_condition_or_an_earlier_clause_leaves_the_lead_its_day(nlp):
    # Reuters-21578, 11 April and 9 March 1987 (dev corpora us-japan-chip-tariffs-1987, brazil-seamen-strike-1987):
    # April 17 is the condition's day and Saturday the ruling's, not the warning's or the alert's
    rows = timeline((dt.date(1987, 4, 11), "JAPAN WARNS U.S. IT MAY RETALIATE IN TRADE DISPUTE\n    TOKYO, April 11 - "
                     "Japan warned the United States it may take retaliatory measures if the United States imposes its "
                     "planned trade sanctions on April 17, a senior government official said.\n"))
    assert (dt.date(1987, 4, 11), False) in [(r.date.start, r.expected) for r in rows]
    rows = timeline((dt.date(1987, 3, 9), "BRAZIL SEAMEN CONTINUE STRIKE DESPITE COURT\n    RIO DE JANEIRO, March 9 - "
                     "Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain "
                     "on indefinite strike, even after the Higher Labour Court Saturday ruled it illegal, union leaders "
                     "said.\n"))
    assert [r.date.start for r in rows] == [dt.date(1987, 3, 7), dt.date(1987, 3, 9)]


def test_a_subjects_past_leaves_a_present_perfect_lead_its_day(nlp):
    # Reuters-21578, 7 April 1987 (dev corpus brazil-seamen-strike-1987): "has now ended" is the day's news
    rows = timeline((dt.date(1987, 4, 7), "BRAZIL SEAMEN'S STRIKE ENDS\n    SAO PAULO, April 7 - A Brazilian seamen's "
                     "strike, which began on February 27 and has been tapering off for weeks, has now ended, a "
                     "seamen's spokesman said.\n"))
    assert (dt.date(1987, 4, 7), "A Brazilian seamen's strike, which began on February 27 and has been tapering off "
            "for weeks, has now ended, a seamen's spokesman said") in [(r.date.start, r.text) for r in rows]
