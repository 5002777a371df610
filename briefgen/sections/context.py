"""What an extractor sees: the parsed documents, the warnings list, the items of the sections
already extracted, and the typed resources sections provide for one another."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefgen.nlp.document import Document


@dataclass
class Context:
    """One build's extraction state; the loop fills ``items`` and the provided resources.

    ``actor_index`` (provided by actors) resolves a name to its canonical actor; ``dated_events``
    (provided by timeline) are the dated events of every source before merging, in source order.
    """

    documents: list[Document]
    warnings: list[str] = field(default_factory=list)
    items: dict[str, list] = field(default_factory=dict)
    actor_index: Any = None
    dated_events: list | None = None

    def has(self, requirement: str) -> bool:
        """A required section has run, or a required resource has been provided."""
        if requirement in self.items:
            return True
        return getattr(self, requirement, None) is not None
