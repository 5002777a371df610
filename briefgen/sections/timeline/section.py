"""The timeline section's spec: dated events in date order, the same event across sources merged."""
from __future__ import annotations

import datetime as dt

from pydantic import Field

from briefgen.model.items import TimelineEvent
from briefgen.sections.spec import Section, SectionOptions


class TimelineOptions(SectionOptions):
    """Options of the timeline section."""

    # strict=False: a quoted date ("2023-09-01") is a date too, not a type error.
    from_: dt.date | None = Field(
        default=None, alias="from", strict=False, description="Leave out events ending before this date."
    )
    to: dt.date | None = Field(default=None, strict=False, description="Leave out events starting after this date.")
    include_expected: bool = Field(default=True, description="Keep planned or expected events (marked as such).")
    max_items: int = Field(default=60, ge=1, description="At most this many events.")


class TimelineSection(Section):
    """Dated events; provides every source's dated events (before merging) for the conflicts section."""

    name = "timeline"
    title = "Timeline"
    item = TimelineEvent
    Options = TimelineOptions
    requires = ("actor_index",)
    provides = ("dated_events",)
    key_point_weight = 1
    position = 40
    extractor = "briefgen.sections.timeline.extractor:extract_timeline"
