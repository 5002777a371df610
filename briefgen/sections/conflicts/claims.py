"""Building a :class:`~briefgen.model.items.Conflict` from its claims, shared by the date, place,
number and denial rules of the conflicts section."""
from __future__ import annotations

from briefgen.model.citations import unique_citations
from briefgen.model.items import Claim, Conflict


def make_conflict(about: str, kind: str, claims: list[Claim], text: str) -> Conflict:
    """A conflict item citing every citation of its claims once."""
    citations = unique_citations([c for claim in claims for c in claim.citations])
    return Conflict(about=about, kind=kind, claims=claims, text=text, citations=citations,
                    support=len({c.source for c in citations}))
