"""One ask or offer as one sentence states it, before sources are merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.model.citations import Citation
from briefgen.nlp.document import Document, Sentence


@dataclass
class Record:
    """One ask or offer as one sentence states it: resolved names, the verbatim clause, and the
    content words of what is asked (``core``), which decide whether two sources say the same."""

    kind: str
    party: str
    counterparty: str | None
    items: list[str]
    text: str
    status: str
    document: Document
    sentence: Sentence
    condition: str | None = None
    reported_by: str | None = None
    core: frozenset[str] = frozenset()
    citations: list[Citation] = field(default_factory=list)
