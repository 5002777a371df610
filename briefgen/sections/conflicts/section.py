"""The Conflicts section's spec (the extractor is in :mod:`.extractor`)."""
from __future__ import annotations

from briefgen.model.items import Conflict
from briefgen.sections.spec import ListOptions, Section


class ConflictsOptions(ListOptions):
    """Options of the conflicts section."""


class ConflictsSection(Section):
    """Where sources disagree about a fact, and denials beside the claim they answer."""

    name = "conflicts"
    title = "Conflicts"
    item = Conflict
    Options = ConflictsOptions
    requires = ("actor_index", "actors", "dated_events")
    position = 50
    extractor = "briefgen.sections.conflicts.extractor:extract_conflicts"
