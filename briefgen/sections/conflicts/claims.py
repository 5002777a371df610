"""Conflict items: the citation order, source lists and :class:`~briefgen.model.Conflict` building
shared by the date, place and denial rules of the conflicts section.
"""
from __future__ import annotations

from briefgen.model.citations import Citation
from briefgen.model.items import Claim, Conflict

#: Entity labels that can name an actor.
NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def source_number(source_id: str) -> int:
    """"S12" -> 12 (0 for an id of another shape)."""
    return int(source_id[1:]) if source_id[1:].isdigit() else 0


def citation_order(c: Citation) -> tuple[int, int]:
    """Sort key of a citation: the source's number, then the sentence."""
    return source_number(c.source), c.sentence


def source_ids(citations: list[Citation]) -> list[str]:
    """The sources the citations come from, once each, in source order."""
    return sorted({c.source for c in citations}, key=source_number)


def unique_citations(citations: list[Citation]) -> list[Citation]:
    """The citations without repeats of a source sentence, in citation order."""
    return [c for _, c in sorted({citation_order(c): c for c in citations}.items())]


def make_conflict(about: str, kind: str, claims: list[Claim], text: str) -> Conflict:
    """A conflict item citing every citation of its claims once."""
    citations = unique_citations([c for claim in claims for c in claim.citations])
    return Conflict(about=about, kind=kind, claims=claims, text=text, citations=citations,
                    support=len({c.source for c in citations}))
