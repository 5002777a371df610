"""The key points section's spec: it draws on every section with a key-point weight."""
from __future__ import annotations

from pydantic import Field

from briefgen.model.items import KeyPoint
from briefgen.sections.spec import Section, SectionOptions


class KeyPointsOptions(SectionOptions):
    """How the bottom line up front is chosen."""

    count: int = Field(default=5, ge=1, le=10, description="How many key points.")


class KeyPointsSection(Section):
    """The ``count`` best corroborated items of the weighted sections, one cited line each (most
    supporting sources first, then the section's weight, then the latest date)."""

    name = "key_points"
    title = "Key points"
    item = KeyPoint
    Options = KeyPointsOptions
    position = 0
    extractor = "briefgen.sections.key_points.extractor:extract_key_points"

    @classmethod
    def requirements(cls, specs):
        """Every section whose items may become key points."""
        return tuple(name for name, spec in specs.items() if spec.key_point_weight > 0)
