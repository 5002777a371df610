"""Rows timeline audit s28 rejected (seed 60521, dev corpora), each with its source's sentence."""
from __future__ import annotations

import datetime as dt

from support import timeline_of


def rows(text, day):
    return [(r.date.label(), r.text) for r in timeline_of(text, day)]


def test_the_week_after_another_week_is_not_this_week(nlp):
    # Reuters, 28 March 1987 (us-japan-chip-tariffs-1987, S3; timeline-26): dated 23-29 March, the report's own week
    found = rows("Government officials said Japan would make a formal request next week for emergency talks and that the "
                 "two sides would probably meet the week after, just days before the April 17 deadline set by "
                 "Washington for the tariffs to take effect.", dt.date(1987, 3, 28))
    assert not any(label.startswith("1987-03-23") for label, _ in found)


def test_a_participle_read_as_a_conjunct_dates_its_noun(nlp):
    # Foreign Policy, 23 January 2026 (ukraine-peace-talks-abu-dhabi-2026, S1 ¶33; timeline-17): the August 2025
    # row was Ushakov's statement, which the parser made the subject of "agreed"
    found = rows("Kremlin aide Yuri Ushakov told reporters after Thursday’s meeting with U.S. officials in Moscow that, "
                 "while Russia was “sincerely interested” in a diplomatic solution, there would be “no hope” of a "
                 "long-term settlement unless territorial issues were resolved according to the framework agreed at the "
                 "Trump-Putin Alaska summit in August 2025.", dt.date(2026, 1, 23))
    # and of what Ushakov says, only the occasion is the date's fact: "the framework agreed at …" told his claim
    # as the brief's (timeline audit s38, row 16)
    assert ("2025-08", "the Trump-Putin Alaska summit in August 2025") in found


def test_a_fact_told_on_a_day_of_its_own_is_dated_without_the_telling_day(nlp):
    # BleepingComputer, 2 May 2025 (tiktok-dpc-fine-china-transfers-2025, S1 ¶10; timeline-14): the February row
    # opened "in April 2025, TikTok revealed …"
    found = dict(rows("However, in April 2025, TikTok revealed that it had discovered in February 2025 that some EEA "
                      "user data had been stored on servers in China, contradicting the company's earlier statements.",
                      dt.date(2025, 5, 2)))
    assert "in April 2025" not in found["2025-02"] and "discovered in February 2025" in found["2025-02"]
    assert found["2025-04"].startswith("in April 2025, TikTok revealed")


def test_a_claim_told_on_a_day_keeps_its_speaker(nlp):
    # Reuters, 29 April 2025 (eu-small-parcel-fee-2025, S1 ¶9)
    found = dict(rows("Fees should be charged on low-value e-commerce packages coming into the European Union from next "
                      "year, France said on Tuesday, as it seeks greater controls on online platforms such as Shein and "
                      "Temu that ship cheap items to European consumers duty-free.", dt.date(2025, 4, 29)))
    assert found["2026"].endswith("France said on Tuesday")


def test_a_peoples_adjective_is_no_person_named_in_a_row(nlp):
    # PYMNTS, 4 May 2025, and The Register, 2 May 2025 (tiktok-dpc-fine-china-transfers-2025; timeline-15): the row
    # listed "European Enclave" (a data store the recogniser took for a person) for "European data"
    from briefgen.model.source import Source
    from briefgen.nlp.annotate import annotate
    from support import run_sections

    documents = annotate([
        (Source(id="S1", path="s1.txt", sha256="0", published=dt.date(2025, 5, 4)),
         "After Meta, TikTok Now Faces One of EU’s Largest GDPR Fines | PYMNTS.com\n\nAccording to the Commission, "
         "however, TikTok last month admitted storing some European data in China after having previously denied "
         "doing so.\n"),
        (Source(id="S2", path="s2.txt", sha256="1", published=dt.date(2025, 5, 2)),
         "TikTok fined €530M after EU user data ends up on servers in China\n\n\"Finland's strong digital "
         "infrastructure, clean energy mix, and robust data governance make it an ideal location for the next phase "
         "of this development. Once live, it will support the default storage of European user data within our "
         "secure European Enclave, expanding our capacity to manage data locally while meeting the highest standards "
         "of security and oversight,\" TikTok said.\n")])
    timeline = run_sections(documents, "actors", "timeline").items["timeline"]
    [row] = [r for r in timeline if "admitted" in r.text]
    assert "European Enclave" not in row.actors


def test_a_line_cut_inside_a_quotation_it_opens_reaches_the_quotation_s_end(nlp):
    # Reuters, 7 April 1987 (gencorp-takeover-bid-1987, S7; timeline-09): the line ended 'was a " …'
    text = ("GENCORP &lt;GY> SAYS BUYBACK BETTER THAN TAKEOVER\nApril 7, 1987\n\n    AKRON, Ohio, April 7 - GenCorp Inc "
            "said the decision by\nGeneral Partners, comprised of AFG Industries and Wagner and\nBrown, to end its "
            "hostile offer for the company supports its\nbelief that the buy back offer it announced yesterday was a\n"
            "\"financially superior alternative.\"\n")
    [line] = [t for _, t in rows(text, dt.date(1987, 4, 7)) if "buy back offer" in t]
    assert line.endswith('was a "financially superior alternative."')


# timeline audit s30 (seed 91157)
def test_a_telling_by_no_one_named_on_another_day_is_no_row_of_its_own(nlp):
    # Reuters, 4 February 2026 (ukraine-peace-talks-abu-dhabi-2026, S4 ¶37; row 23): the same line was also a row of
    # Wednesday, the day a source told Reuters of Tuesday's visit
    found = rows("Emmanuel Bonne, diplomatic advisor to French President Emmanuel Macron, visited Moscow on Tuesday to "
                 "meet with Russian officials, a source familiar with the trip told Reuters on Wednesday.",
                 dt.date(2026, 2, 4))
    assert [label for label, _ in found] == ["2026-02-03"]


def test_a_named_partys_saying_on_its_day_stays_a_row(nlp):
    # seeds (S5 ¶14): Washington's statement last week is news of that week, besides the 2022 supplies it tells of
    found = rows("Washington said last week that North Korea had supplied infantry rockets and missiles to Russia in "
                 "2022 for use by the private paramilitary group Wagner.", dt.date(2023, 9, 5))
    assert sorted(label for label, _ in found) == ["2022", "2023-08-28/2023-09-03"]


def test_a_year_end_event_is_late_in_the_year_and_told_as_past(nlp):
    # BBC News, December 2004 (yukos-yugansk-auction-2004-05, S3 ¶9; row 30): dated 31 December and marked expected
    [row] = timeline_of("\"Everything was done by market methods,\" Mr Putin said at his year-end press conference in "
                        "Moscow.", dt.date(2004, 12, 23))
    assert (row.date.start, row.date.end, row.expected) == (dt.date(2004, 12, 21), dt.date(2004, 12, 31), False)


def test_an_undated_contrast_that_undoes_the_line_stays_in_it(nlp):
    # PYMNTS, 4 May 2025 (tiktok-dpc-fine-china-transfers-2025, S5 ¶21; row 13): the line stopped before "but the deal
    # collapsed", and read as a deal near
    [(_, line)] = rows("According to reports last month, the Trump administration was close to arranging a deal that "
                       "would have allowed TikTok to continue to operate in the U.S., but the deal collapsed after the "
                       "president imposed steep tariffs on Chinese exports to the U.S.", dt.date(2025, 5, 4))
    assert "but the deal collapsed" in line

