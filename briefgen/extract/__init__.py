"""Extractors, registered by name (spaCy ``Language.factory`` style).

Built-in extractors register themselves exactly as a third-party one would: a class with a
``name`` and an ``extract(context)`` method, decorated with :func:`register`. An unknown name lists
the valid ones; a duplicate name is refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from briefgen.errors import ConfigError
from briefgen.nlp.document import Document

_REGISTRY: dict[str, type[Extractor]] = {}


@dataclass
class Context:
    """What an extractor sees: the parsed documents, the section options and earlier results.

    ``results`` holds the items of the sections extracted before this one (actors always run
    first), so later extractors can resolve names to canonical actors.
    """

    documents: list[Document]
    options: dict[str, Any] = field(default_factory=dict)
    results: dict[str, list] = field(default_factory=dict)
    resources: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class Extractor(Protocol):
    """One section's extractor."""

    name: str

    def extract(self, context: Context) -> list: ...


def register(cls: type) -> type:
    """Class decorator adding an extractor under its ``name``; a second one with that name is refused."""
    name = getattr(cls, "name", None)
    if not name:
        raise ValueError(f"extractor {cls.__name__} has no name")
    if name in _REGISTRY and _REGISTRY[name] is not cls:
        raise ValueError(f"an extractor named '{name}' is already registered ({_REGISTRY[name].__name__})")
    _REGISTRY[name] = cls
    return cls


def registered() -> list[str]:
    """Names of the registered extractors, built-ins first, in their canonical order."""
    _load_builtins()
    return list(_REGISTRY)


def get_extractor(name: str) -> Extractor:
    """A new instance of the extractor registered under ``name``."""
    _load_builtins()
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise ConfigError(f"unknown section '{name}'; known: {', '.join(_REGISTRY)}") from None


def _load_builtins() -> None:
    """Import the built-in extractor modules (they register on import)."""
    from briefgen.extract import actors, asks_offers, conflicts, key_points, sanctions, timeline  # noqa: F401
