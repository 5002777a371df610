"""Plugin discovery shared by sections and readers: built-ins are named once as ``module:Class``
paths and loaded exactly as a third-party distribution's entry points are (spaCy
``registry(entry_points=True)``, mkdocs plugins)."""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from importlib.metadata import entry_points


def load_object(path: str) -> object:
    """The object named by ``module:attribute`` (the entry-point value grammar)."""
    module, _, attribute = path.partition(":")
    target = importlib.import_module(module)
    for part in attribute.split(".") if attribute else []:
        target = getattr(target, part)
    return target


def discover(group: str, builtins: Sequence[str]) -> Iterator[tuple[str, object]]:
    """(where it came from, object) for each built-in, then for each entry point of ``group``,
    the entry points sorted by distribution and name so discovery order never depends on sys.path."""
    for path in builtins:
        yield f"briefgen ({path})", load_object(path)
    found = sorted(entry_points(group=group), key=lambda ep: ((ep.dist.name if ep.dist else ""), ep.name))
    for ep in found:
        yield f"{ep.dist.name if ep.dist else '?'} ({ep.value})", ep.load()
