"""Rows that name no one are shown as the smallest clause around them that does (timeline audit t1:
"police raided his home on Jan. 16", "in 2022 and 2023, military spending had been around 66 percent
higher …", "what caused this week's cloak-and-dagger dealings" were rejected as unreadable alone).
Real sentences of the dev corpora, with their articles' dates."""
from __future__ import annotations

import datetime as dt

from support import timeline_of

import briefgen.sections.timeline.extractor  # noqa: F401  (registers the extractor)


def rows(text, day):
    return [(r.date.label(), r.text) for r in timeline_of(text, day)]


def test_a_raid_on_his_home_says_whose_home(nlp):
    # Foreign Policy, 23 January 2026
    text = ("Speaking to the BBC from hiding on Thursday, NUP leader Bobi Wine disputed the results of the election "
            "but said he will not challenge them in court, citing the country’s “captured” judiciary. Wine said he "
            "has been undercover since police raided his home on Jan. 16, though the government denies this, "
            "claiming that officers were deployed as security.")
    raid = [line for day, line in rows(text, dt.date(2026, 1, 23)) if day == "2026-01-16"]
    assert raid == ["Wine said he has been undercover since police raided his home on Jan. 16, though the government "
                    "denies this, claiming that officers were deployed as security"]


def test_figures_told_in_a_report_say_who_reports_them(nlp):
    # France 24, 4 February 2026
    text = ("The BND said that its analysis of Russian budget data showed that in 2022 and 2023, military spending "
            "had been around 66 percent higher than officially reported.")
    [(day, line)] = rows(text, dt.date(2026, 2, 4))
    assert day == "2022-01-01/2023-12-31" and line == text.rstrip(".")


def test_a_row_that_names_someone_stays_its_own_clause(nlp):
    # ABC News, 5 February 2026: the relative clause names its party and stays the row
    assert rows('NATO chief Mark Rutte, who visited Kyiv on Tuesday, said "Russian attacks like those last night '
                'do not signal seriousness about peace".', dt.date(2026, 2, 5))[0] == (
        "2026-02-03", "NATO chief Mark Rutte, who visited Kyiv on Tuesday")


def test_a_wh_clause_takes_the_clause_it_completes(nlp):
    # BBC, December 2004 (undated in the dev corpus; here dated 21 December 2004 to resolve "this week")
    text = ("Analysts say that Yukos's legal attempts to block the auction by filing for bankruptcy protection in "
            "the US are probably what caused this week's cloak-and-dagger dealings.")
    [(day, line)] = rows(text, dt.date(2004, 12, 21))
    assert line.startswith("Yukos's legal attempts to block the auction") and line.endswith("cloak-and-dagger dealings")
