"""A clause one source asserts and another negates, on one verb, subject and object, is a dispute;
a hedged clause asserts nothing, and a light verb shared by two clauses says no one thing."""
from __future__ import annotations

import datetime as dt

from briefgen.sections.conflicts.negations import statements
from support import conflicts_of_kind, make_documents

# dev corpus lycos-make-love-not-spam-2004: InformationWeek, 2 December 2004 (S3 ¶19, the defacement page as
# F-Secure quoted it) and Web User, 6 December 2004 (S5 ¶19, Lycos)
LOGGED = ('Your IP address and request have been logged and will be reported to your ISP for further action," '
          "according to F-Secure.")
NOT_LOGGED = ("It has also assured users of Make Love, Not Spam that they are not at risk of attack by any spammers "
              "and that their IP address could not be logged by any third parties as a result of visiting "
              "makelovenotspam.com.")
# Reuters, 29 April 2025 (dev corpus eu-small-parcel-fee-2025, S1 ¶1): a wish, not a statement that fees are charged
SHOULD = ("Fees should be charged on low-value e-commerce packages coming into the European Union from next year, "
          "France said on Tuesday, as it seeks greater controls on online platforms such as Shein and Temu that ship "
          "cheap items to European consumers duty-free.")
# dev corpus yukos-yugansk-auction-2004-05: BBC News, December 2004 (S2) and February 2005 (S6)
MAY_HAVE = ("Meanwhile, Tim Osborne, head of Yukos main shareholders' group Menatep, said that Yukos may have to declare "
            "itself bankrupt, and that legal action would be taken, outside Russia, against the auction winners.")
DID_NOT_HAVE = "Texas Judge Letitia Clark said Yukos did not have enough of a US presence to establish US jurisdiction."


def negations(nlp, texts, days):
    return [c for c in conflicts_of_kind(nlp, texts, days, "status") if c.about.startswith("Whether the")]


def test_a_clause_asserted_by_one_source_and_negated_by_another_is_a_dispute(nlp):
    [conflict] = negations(nlp, [LOGGED, NOT_LOGGED], [dt.date(2004, 12, 2), dt.date(2004, 12, 6)])
    assert conflict.about == "Whether the IP address was logged: yes (S1) or not (S2)"
    assert [c.citations[0].quote for c in conflict.claims] == [LOGGED, NOT_LOGGED]


def test_a_side_told_in_a_quotation_is_headed_as_quoted(nlp):
    # the "yes" side is the defacement page's words as F-Secure quoted them, not InformationWeek's own account
    # (conflicts audit c42, conflicts-10); the quotation opens in the sentence the parser split off before it
    quoted = ("Spammers defaced their enemy's site earlier in the week, replacing the home page with a screen that read, "
              '"yes, attacking spammers is wrong, you know this, you shouldn\'t be doing it. ' + LOGGED)
    [conflict] = negations(nlp, [quoted, NOT_LOGGED], [dt.date(2004, 12, 2), dt.date(2004, 12, 6)])
    assert conflict.about == "Whether the IP address was logged: yes (as quoted in S1) or not (S2)"


def test_a_hedged_clause_asserts_nothing(nlp):
    [document] = make_documents(nlp, [SHOULD])
    assert not [s for s in statements(document) if s.key[0] == "charge"]


def test_a_light_verb_of_one_party_is_no_dispute(nlp):
    assert negations(nlp, [MAY_HAVE, DID_NOT_HAVE], [dt.date(2004, 12, 20), dt.date(2005, 2, 25)]) == []
