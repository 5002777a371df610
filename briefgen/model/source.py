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
    published_estimate_end: dt.date | None = Field(default=None, description=(
        "The last day of an estimated window of days (from published_estimate), when the other sources "
        "fix only a window: a year, or the days after an event they date."))
    published_basis: str | None = Field(default=None, description="Why the estimate was made.")
    sha256: str = Field(description="sha256 of the file's bytes.")
    encoding: str = "utf-8"
    reader: str = Field(default="text", description="The reader that read the file (text, html, pdf, …).")
    part: int | None = Field(default=None, description="Which article of a file that holds several (1-based).")
    text_sha256: str | None = Field(default=None, description="sha256 of the text as read (UTF-8).")
    text_path: str | None = Field(default=None, description=(
        "Where the text as read is kept, relative to the brief, when it is not the file itself "
        "(citation offsets index into it)."))
    authors: list[str] = Field(default_factory=list, description="Authors the file's metadata names.")
    url: str | None = Field(default=None, description="The address the file's metadata gives.")
    set_aside: dict[str, int] = Field(default_factory=dict, description=(
        "Lines of the text not read as story, by kind (byline, dateline, caption, credit, link, chrome, "
        "boilerplate, markup, metadata)."))
