"""Two speakers' positions one sentence sets against each other with "but" (BBC News, "Yukos unit
fetches $9bn at auction", December 2004, dev corpus yukos-yugansk-auction-2004-05, S2), and two plain
reports so joined that dispute nothing (Reuters, "PETROBRAS ASKS ARMY TO WITHDRAW TROOPS", 13 March
1987, dev corpus brazil-seamen-strike-1987, S5), verbatim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

INSISTED = ("Yukos has always insisted the auction was state-sponsored theft but Russian authorities argued they were "
            "imposing the law, trying to recover billions in unpaid taxes.")
REPORTS = ("Petrobras said the request for the withdrawal of the troops was made at 1100 local hours (1400 GMT), but a "
           "company spokesman said he did not know if the troops had already been removed.")


def positions(nlp, text, day):
    return [c for c in conflicts_of_kind(nlp, [text], [day], "contrast") if c.about.startswith("Two positions")]


def test_an_insisted_position_and_an_argued_one_are_a_dispute(nlp):
    [conflict] = positions(nlp, INSISTED, None)
    assert conflict.about == ("Two positions: the auction was state-sponsored theft (Yukos, S1) or they were imposing "
                              "the law, trying to recover billions in … (Russian authorities, S1)")


def test_two_reports_joined_by_but_are_no_dispute(nlp):
    assert positions(nlp, REPORTS, dt.date(1987, 3, 13)) == []
