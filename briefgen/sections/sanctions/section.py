"""The Sanctions section's spec (the extractor is in :mod:`.extractor`)."""
from __future__ import annotations

from briefgen.model.items import Sanction
from briefgen.sections.spec import ListOptions, Section


class SanctionsOptions(ListOptions):
    """Options of the sanctions section."""


class SanctionsSection(Section):
    """Sanctions and other punitive or coercive measures — tariffs, fines, bans and suspensions,
    injunctions and lawsuits, strikes, seizures — imposed, threatened, planned, eased or lifted, each cited."""

    name = "sanctions"
    title = "Sanctions and measures"
    item = Sanction
    Options = SanctionsOptions
    requires = ("actor_index",)
    key_point_weight = 3
    position = 30
    extractor = "briefgen.sections.sanctions.extractor:extract_sanctions"
