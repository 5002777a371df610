"""A resolved date: an interval with the granularity the text gives, and its label."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from briefgen.model.base import Model

Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "range"]


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
