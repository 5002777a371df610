"""One article as read, with the publication date its own text or metadata states."""
from __future__ import annotations

import datetime as dt

from pydantic import Field

from briefgen.model.base import Model


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
