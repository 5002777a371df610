"""A claim and the "But … said" that answers it a sentence or two later (BBC News, "Yukos accused of
lying to court", December 2004, dev corpus yukos-yugansk-auction-2004-05, S5), and a "But" that answers
another party's words between (BBC News dataset, politics/075, "Boris opposes mayor apology", 2005: a story
outside the dev set), verbatim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

DAY = dt.date(2004, 12, 21)
ANSWERED = ("Deutsche Bank's evidence came on the first day of a two-day hearing in Houston. Its lawyer, Hugh Ray, told "
            "the court that Yukos had claimed it had transferred $27m into two Texas bank accounts opened by its new US "
            "subsidiary. By doing so, he said, the firm had intended to reinforce its US presence - and thus its chances "
            "of getting its case heard in US courts. But he said that the papers documenting the transaction were not "
            "drawn up till weeks after Yukos made its bankruptcy application on 14 December, and then backdated.")

ANSWERED_BETWEEN = ("Mr Johnson also claimed Tony Blair's intervention in the row was \"an attempt to reassure Jewish "
                    "voters\". London mayor Mr Livingstone says he is \"standing by\" his remarks which likened an "
                    "Evening Standard journalist to a \"concentration camp guard\". But the prime minister says it is "
                    "time for Mr Livingstone to say sorry.")


def rebuttals(nlp, text):
    return [c for c in conflicts_of_kind(nlp, [text], [DAY], "contrast") if c.about.startswith("Two positions")]


def test_a_claim_and_the_but_that_answers_it_are_two_positions(nlp):
    [conflict] = rebuttals(nlp, ANSWERED)
    assert conflict.about == ("Two positions: it had transferred $27m into two Texas bank accounts opened … (Yukos, S1) "
                              "or the papers documenting the transaction were not drawn up till … (Hugh Ray, S1)")
    assert [c.citations[0].sentence for c in conflict.claims] == [1, 3]


def test_a_but_after_another_partys_words_answers_those_not_the_claim(nlp):
    # the prime minister answers Mr Livingstone's standing by his remarks, not Mr Johnson's claim about Mr Blair
    assert rebuttals(nlp, ANSWERED_BETWEEN) == []


def test_a_claim_in_another_paragraph_is_not_answered(nlp):
    split = ANSWERED.replace(" But he said", "\n\nBut he said")
    assert rebuttals(nlp, split) == []
