"""One ask or offer as one sentence states it, before sources are merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.model.citations import Citation
from briefgen.nlp.document import Document, Sentence


@dataclass
class Record:
    """One ask or offer as one sentence states it, before sources are merged."""

    kind: str
    party: str
    party_text: str
    counterparty: str | None
    cp_stated: bool
    cp_prep: str
    link: str
    items: list[str]
    status: str
    document: Document
    sentence: Sentence
    paragraph: int
    passive: bool = False
    citations: list[Citation] = field(default_factory=list)
    lemma: str = ""
    cores: list[tuple[frozenset[str], str]] = field(default_factory=list)
    hedge: str | None = None
    hedge_text: str = ""
