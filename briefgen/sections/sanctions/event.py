"""One sanction as one sentence tells it, before the tellings of several sources are merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.model.citations import Citation
from briefgen.model.date import Date


@dataclass
class Event:
    """One sanction as read from one sentence, before sources are merged."""

    status: str
    imposer: str | None
    target: str | None
    target_head: str | None
    measure: str | None
    reason: str | None
    date: Date | None
    text: str
    citations: list[Citation] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    target_token: int | None = None
    cue: str | None = None  # the word that gave a lifting its status ("wants", "oppose")
    condition: str | None = None
    amount: str | None = None
    asker: str | None = None  # who asks for (or opposes) the measure or its lifting, not who would impose it
    teller: str | None = None  # who says the measure was taken, when the sentence names no imposer
    teller_cites: list[Citation] = field(default_factory=list)  # the sentences naming the teller
