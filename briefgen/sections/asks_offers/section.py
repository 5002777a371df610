"""The Asks and offers section's spec (the extractor is in :mod:`.extractor`)."""
from __future__ import annotations

from pydantic import Field

from briefgen.model.items import AskOffer
from briefgen.sections.spec import ListOptions, Section


class AsksOffersOptions(ListOptions):
    """Options of the asks and offers section. A story of half a dozen wires states forty and more
    asks and offers, so the default keeps more than the other lists."""

    max_items: int = Field(default=60, ge=1, description="At most this many items.")


class AsksOffersSection(Section):
    """Asks, demands, offers, pledges and refusals, best supported first."""

    name = "asks_offers"
    title = "Asks and offers"
    item = AskOffer
    Options = AsksOffersOptions
    requires = ("actor_index",)
    key_point_weight = 2
    position = 20
    extractor = "briefgen.sections.asks_offers.extractor:extract_asks_offers"
