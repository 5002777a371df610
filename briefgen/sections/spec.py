"""What a section is: one class that is the single source of truth for its name, heading, item
model, typed options, what it needs and leaves for others, and its weight in the key points."""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from briefgen.config.base import Strict
from briefgen.model.items import Item
from briefgen.plugins import load_object

if TYPE_CHECKING:
    from briefgen.sections.context import Context


class SectionOptions(Strict):
    """A section's config block; a section with options subclasses it (``extra="forbid"``)."""


class ListOptions(SectionOptions):
    """Options of a section that lists items."""

    max_items: int = Field(default=40, ge=1, description="At most this many items.")


class Section:
    """A section spec. Subclasses set the class attributes and implement :meth:`extract`.

    ``requires`` names sections (their items) or resources that other sections ``provide``
    (attributes of the context, such as ``actor_index``); the build runs providers first and checks
    that each provided resource was left. ``position`` places the section in the default section
    list; ``key_point_weight`` > 0 lets key points draw on its items.
    """

    name: ClassVar[str]
    title: ClassVar[str]
    item: ClassVar[type[Item]]
    Options: ClassVar[type[SectionOptions]] = SectionOptions
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()
    key_point_weight: ClassVar[int] = 0
    position: ClassVar[int] = 100
    #: ``module:function`` called as ``function(context, options)`` by the default :meth:`extract`;
    #: imported only when the section runs, so loading the registry stays light (``check``, ``--help``).
    extractor: ClassVar[str] = ""

    def __init__(self, options: SectionOptions | None = None):
        self.options = options if options is not None else self.Options()

    @classmethod
    def requirements(cls, specs: dict[str, type[Section]]) -> tuple[str, ...]:
        """What must run before this section; ``specs`` is the whole registry (for sections whose
        needs depend on the others, like key points)."""
        return cls.requires

    def extract(self, context: Context) -> list[Item]:
        """The section's items, read from ``context``: by default, ``extractor``'s function."""
        if not self.extractor:
            raise NotImplementedError(f"section {self.name} has neither an extractor nor an extract method")
        return load_object(self.extractor)(context, self.options)
