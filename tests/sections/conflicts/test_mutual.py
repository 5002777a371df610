"""Mutual blame: a sentence telling two named parties each blaming the other is a conflict the source states."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

# Reuters, 2 March 1987 (Reuters-21578 NEWID 875, ICO coffee quota talks; outside the dev set): the section said
# "No disagreements found"
EACH_LAID = ("The U.S. And Brazil, the largest coffee importer and exporter respectively, each laid the blame on the "
             "other for the breakdown of the talks.")


def test_two_parties_each_laying_the_blame_on_the_other_disagree(nlp):
    [blame] = [c for c in conflicts_of_kind(nlp, [EACH_LAID], [dt.date(1987, 3, 2)], "denial")
               if c.about.startswith("Who is to blame")]
    assert blame.about == "Who is to blame for the breakdown of the talks: United States and Brazil each blame the other"
    assert [claim.text for claim in blame.claims] == [EACH_LAID]
