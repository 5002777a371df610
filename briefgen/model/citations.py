"""Evidence: a citation of an exact source span, and the one order and marker grammar of citations."""
from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field

from briefgen.model.base import Model


class Citation(Model):
    """Evidence for a line: ``source_text[start:end] == quote`` exactly, where ``source_text`` is the
    file as read (UTF-8, BOM removed)."""

    source: str = Field(description="Source id, e.g. S1.")
    sentence: int = Field(description=(
        "Index of the sentence in the source, counted from 0 (brief.md shows it counted from 1: [S1 ¶4] is sentence 3)."))
    start: int = Field(description="Character offset of the quote in the source text.")
    end: int = Field(description="Character offset just past the quote.")
    quote: str = Field(description="The exact source text cited.")


def source_number(source_id: str) -> int:
    """S12 -> 12, so S10 sorts after S9 (0 for an id without digits)."""
    digits = re.sub(r"\D", "", source_id)
    return int(digits) if digits else 0


def source_key(source_id: str) -> tuple[int, str]:
    """Sort order of source ids: the number, then the id itself."""
    return source_number(source_id), source_id


def citation_key(c: Citation) -> tuple[int, str, int]:
    """Sort order of citations, the one used everywhere: source number, then sentence."""
    return (*source_key(c.source), c.sentence)


def source_ids(citations: Iterable[Citation]) -> list[str]:
    """The sources the citations come from, once each, in source order."""
    return sorted({c.source for c in citations}, key=source_key)


def marker_label(c: Citation) -> str:
    """``S1 ¶4``: the sentence number shown is 1-based."""
    return f"{c.source} ¶{c.sentence + 1}"


def evidence_id(c: Citation) -> str:
    """HTML id of the evidence note a marker links to."""
    return f"ev-{c.source}-{c.sentence + 1}"


def unique_citations(citations: Iterable[Citation]) -> list[Citation]:
    """One citation per cited sentence, sorted; the first (by offset) wins."""
    seen: dict[tuple[str, int], Citation] = {}
    for c in sorted(citations, key=lambda c: (*citation_key(c), c.start, -c.end)):
        seen.setdefault((c.source, c.sentence), c)
    return list(seen.values())
