"""The typed data model of a brief: the only thing templates and ``brief.json`` see.

Field names follow the ``brief.json`` contract in DESIGN.md; tools outside the code read them, so
renaming one is a breaking change. Extra fields (``support``, ``status``…) are allowed by the contract.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "briefgen.brief/1"

Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "range"]


class Model(BaseModel):
    """Base for all brief models: unknown fields are refused so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Citation(Model):
    """Evidence for a line: ``source_text[start:end] == quote`` exactly, where ``source_text`` is the
    file as read (UTF-8, BOM removed)."""

    source: str = Field(description="Source id, e.g. S1.")
    sentence: int = Field(description="0-based index of the sentence in the source.")
    start: int = Field(description="Character offset of the quote in the source text.")
    end: int = Field(description="Character offset just past the quote.")
    quote: str = Field(description="The exact source text cited.")


class Date(Model):
    """A resolved temporal expression: an interval with the granularity the text gives."""

    start: dt.date
    end: dt.date
    granularity: Granularity
    text: str = Field(description="The wording in the source, e.g. 'late July'.")
    anchor: str | None = Field(default=None, description="What relative wording was resolved against.")

    def overlaps(self, other: "Date") -> bool:
        """The two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def label(self) -> str:
        """The date shown at its true granularity: 2023-07, not 2023-07-01."""
        if self.granularity == "day":
            return self.start.isoformat()
        if self.granularity == "month":
            return self.start.strftime("%Y-%m")
        if self.granularity == "year":
            return str(self.start.year)
        if self.granularity == "decade":
            return f"{self.start.year}s"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


class Source(Model):
    """One article as read; ``published`` is only ever a date the text itself states."""

    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    published_found_by: str | None = Field(
        default=None, description="How the publication date was found (date line, front matter…)."
    )
    published_estimate: dt.date | None = Field(
        default=None, description="An estimate made from the content when the text states no date."
    )
    published_basis: str | None = Field(default=None, description="Why the estimate was made.")
    sha256: str
    encoding: str = "utf-8"


class Item(Model):
    """Fields every section item shares: the evidence and how many sources back it."""

    citations: list[Citation] = Field(default_factory=list)
    support: int = Field(default=0, description="Number of distinct sources cited.")


class Actor(Item):
    """One real-world entity, all its name variants joined."""

    name: str
    kind: Literal["person", "organization", "country", "group"]
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    mentions: int = 0


class AskOffer(Item):
    """Who wants what from whom, or offers what to whom."""

    kind: Literal["ask", "offer", "demand", "pledge", "refusal"]
    party: str
    counterparty: str | None = None
    items: list[str] = Field(default_factory=list)
    status: str | None = None
    text: str


class Sanction(Item):
    """A sanction imposed, threatened, in force, or allegedly violated."""

    status: str
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None
    reason: str | None = None
    date: Date | None = None
    text: str


class TimelineEvent(Item):
    """One dated event; ``expected`` marks plans and forecasts, not things that happened."""

    date: Date
    text: str
    actors: list[str] = Field(default_factory=list)
    expected: bool = False


class Claim(Model):
    """One side of a disagreement, with its own evidence."""

    text: str
    citations: list[Citation] = Field(default_factory=list)


class Conflict(Item):
    """Sources disagreeing about one fact, or a denial beside a claim."""

    about: str
    kind: str = "disagreement"
    claims: list[Claim] = Field(default_factory=list)
    text: str


class KeyPoint(Item):
    """One line of the bottom line up front."""

    text: str
    section: str


class Sections(Model):
    """The configured sections; a section that was not configured is left out of ``brief.json``."""

    key_points: list[KeyPoint] | None = None
    actors: list[Actor] | None = None
    asks_offers: list[AskOffer] | None = None
    sanctions: list[Sanction] | None = None
    timeline: list[TimelineEvent] | None = None
    conflicts: list[Conflict] | None = None


class Brief(Model):
    """The whole brief, as written to ``brief.json``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    title: str
    as_of: dt.date | None = None
    date_range: list[dt.date] | None = Field(default=None, description="First and last publication date.")
    sources: list[Source]
    sections: Sections
    warnings: list[str] = Field(default_factory=list)

    def to_json(self) -> str:
        """Deterministic JSON text (sorted by construction, no timestamps)."""
        data = self.model_dump(mode="json", by_alias=True, exclude_none=False)
        data["sections"] = {k: v for k, v in data["sections"].items() if v is not None}

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def brief_json_schema() -> dict:
    """The JSON Schema of ``brief.json`` (``briefgen schema`` prints it)."""
    return Brief.model_json_schema(by_alias=True)
