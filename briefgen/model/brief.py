"""The whole brief, as written to ``brief.json``, and its JSON Schema."""
from __future__ import annotations

import datetime as dt
import json

from pydantic import ConfigDict, Field, create_model

from briefgen.model.base import Model
from briefgen.model.source import Source

SCHEMA_ID = "briefgen.brief/1"


def _sections_model() -> type[Model]:
    """One optional list field per registered section, of that section's item model, in the
    default order of a brief."""
    from briefgen.sections.registry import get_section, section_names

    fields = {name: (list[get_section(name).item] | None, None) for name in section_names()}
    return create_model("Sections", __base__=Model, __doc__=(
        "The configured sections; a section that was not configured is left out of ``brief.json``."), **fields)


Sections = _sections_model()


class Brief(Model):
    """The whole brief, as written to ``brief.json``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    title: str
    as_of: dt.date | None = None
    date_range: list[dt.date] | None = Field(default=None, description="First and last publication date.")
    sources: list[Source]
    sections: Sections
    warnings: list[str] = Field(default_factory=list)
    outputs: dict[str, str] | None = Field(default=None, description=(
        "sha256 of each other output written with this brief.json (brief.md, brief.html, brief.pdf): "
        "briefgen check fails on a file changed after the build."))

    def to_json(self) -> str:
        """Deterministic JSON text (sorted by construction, no timestamps)."""
        data = self.model_dump(mode="json", by_alias=True, exclude_none=False)
        data["sections"] = {k: v for k, v in data["sections"].items() if v is not None}

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def brief_json_schema() -> dict:
    """The JSON Schema of ``brief.json`` (``briefgen schema`` prints it)."""
    return Brief.model_json_schema(by_alias=True)
