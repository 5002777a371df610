"""A thing one source states and another questions (BBC News on the Yukos bankruptcy case, December
2004 to February 2005; dev corpus yukos-yugansk-auction-2004-05, S1, S5 and S6), verbatim with each
article's headline."""
from __future__ import annotations

from support import conflicts_of_kind

STATED = ("US to rule on Yukos refuge call\n"
          "The company added it had opted to take action through American courts as US bankruptcy law gives "
          "worldwide jurisdiction over a debtor company's property and because it was seeking a judiciary willing to "
          "protect the value of shareholders' investments.")
QUESTIONED = ("Yukos accused of lying to court\n"
              "Analysts have questioned whether a US court has any jurisdiction over Russian companies, while Moscow "
              "officials have dismissed Yukos' legal wrangling as meaningless.")
DENIED = ("Yukos loses US bankruptcy battle\n"
          "Texas Judge Letitia Clark said Yukos did not have enough of a US presence to establish US jurisdiction.")


def doubts(nlp, texts):
    return [c for c in conflicts_of_kind(nlp, texts, [None] * len(texts), "denial") if c.about.startswith("Whether")]


def test_jurisdiction_one_source_states_and_another_questions_is_a_dispute(nlp):
    [conflict] = doubts(nlp, [STATED, QUESTIONED])
    assert conflict.about == "Whether there is US jurisdiction: stated in S1; questioned by analysts (S2)"
    assert [claim.citations[0].source for claim in conflict.claims] == ["S1", "S2"]


def test_a_judge_finding_too_little_presence_to_establish_jurisdiction_states_none(nlp):
    # "to establish US jurisdiction": the noun named, but no one said to have or give it
    assert doubts(nlp, [DENIED, QUESTIONED]) == []
