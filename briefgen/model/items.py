"""Section items: the fields every item shares, and one model per built-in section."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from briefgen.model.base import Model
from briefgen.model.citations import Citation
from briefgen.model.date import Date


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
    """Who wants what from whom, or offers, promises, refuses or threatens what to whom (the
    CAMEO / PLOVER categories of appeal, demand, offer, agreement, rejection and threat)."""

    kind: Literal["ask", "offer", "demand", "pledge", "refusal", "threat"]
    party: str
    counterparty: str | None = None
    items: list[str] = Field(default_factory=list, description="What is asked, offered or refused, as written.")
    status: str | None = Field(
        default=None,
        description="stated; reported (by someone other than the party: reported_by); conditional "
                    "(see condition); expected (a forecast); withdrawn.")
    condition: str | None = Field(default=None, description="The condition or exchange the clause states, as written.")
    reported_by: str | None = Field(default=None, description="Who reports the ask, when not the party itself.")
    text: str = Field(description="The source's own clause that states it, cut verbatim.")


class Sanction(Item):
    """A sanction imposed, threatened, in force, or allegedly violated."""

    status: str
    imposer: str | None = None
    demanded_by: str | None = Field(default=None, description="Who asks for the measure or its lifting "
                                    "(statuses demanded, sought, lift-demanded); the imposer is then the party asked.")
    opposed_by: str | None = Field(default=None, description="Who opposes lifting the measure (status lift-opposed).")
    target: str | None = None
    measure: str | None = None
    reason: str | None = None
    condition: str | None = Field(default=None, description="What the measure hinges on, as the source words it: "
                                  "'if Iran fails to meet its commitments', 'unless …', 'until Japan is in full compliance'.")
    amount: str | None = Field(default=None, description="The sum, rate or length the source gives the measure: "
                               "'€530 million', '100 pct', 'two-year', 'five years and nine months'.")
    date: Date | None = None
    text: str


class TimelineEvent(Item):
    """One dated event; ``expected`` marks plans and forecasts, not things that happened;
    ``background`` a date of someone's past told in passing ("Kenteris, the 2000 Olympic 200m
    champion"), not a step of the story."""

    date: Date
    text: str
    actors: list[str] = Field(default_factory=list)
    expected: bool = False
    background: bool = False
    who: str | None = Field(default=None, description=(
        "Whom the line's opening pronoun ('He said …') stands for: the named subject of the sentence "
        "before, which is cited beside the line."))
    disputed: str | None = Field(default=None, description=(
        "When sources disagree about this event's date: the heading of the conflict that says so "
        "('When a national seamen's strike was ruled illegal: 1987-03-06 (S3) or 1987-03-07 (S2)')."))


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
