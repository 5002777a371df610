"""An accusation beside the accused's own saying of the opposite is a dispute; the accused speaking of
something else, or of the same deed the same way, is none."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

# France 24, 4 February 2026 (dev corpus ukraine-peace-talks-abu-dhabi-2026, S4 ¶40-41)
ACCUSED = ("Russian Foreign Minister Sergei Lavrov has accused Ukrainian President Volodymyr Zelensky of not wanting "
           "to seal a peace deal as it would mean the end of Zelensky's political career, Russia's state RIA news "
           "agency reported.")
ANSWER = ("Zelensky has said he does want a deal, but is not willing to agree to Russian terms that he says amount to "
          "surrendering and is not ready to gift Moscow territory which its army has not won on the battlefield.")
ELSE = ("Around 55,000 Ukrainian troops have been killed since the start of Russia's full-scale invasion in 2022, "
        "said President Volodymyr Zelensky, adding a \"great number\" were also missing in action.")


def answers(nlp, text):
    return [c for c in conflicts_of_kind(nlp, [text], [dt.date(2026, 2, 4)], "denial") if "accuses" in c.about]


def test_an_accusation_and_the_accused_saying_the_opposite_are_a_dispute(nlp):
    [conflict] = answers(nlp, f"{ACCUSED} {ANSWER}")
    assert conflict.about == ("Sergei Lavrov accuses Volodymyr Zelensky of not wanting to seal a peace deal (S1); "
                              "Volodymyr Zelensky says otherwise (S1)")
    assert [c.citations[0].quote for c in conflict.claims] == [ACCUSED, ANSWER]


def test_the_accused_speaking_of_something_else_answers_nothing(nlp):
    assert answers(nlp, f"{ACCUSED} {ELSE}") == []
