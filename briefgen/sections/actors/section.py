"""The actors section's spec: people, organisations, countries and groups of the story."""
from __future__ import annotations

from pydantic import Field

from briefgen.model.items import Actor
from briefgen.sections.spec import Section, SectionOptions


class ActorsOptions(SectionOptions):
    """Options of the actors section."""

    max_items: int = Field(default=40, ge=1, description="At most this many actors, most prominent first.")
    min_mentions: int = Field(default=1, ge=1, description="Drop actors mentioned fewer times than this.")


class ActorsSection(Section):
    """Every actor, most prominent first; provides the actor index other sections resolve names with."""

    name = "actors"
    title = "Actors"
    item = Actor
    Options = ActorsOptions
    provides = ("actor_index",)
    position = 10
    extractor = "briefgen.sections.actors.extractor:extract_actors"
