"""The section registry: built-ins and plugins, registered the same way, and everything derived
from it — names, default order, titles, extraction order, key-point weights.

Built-ins are listed once, below, as ``module:Class`` paths (in the order their option blocks
appear in the config); other distributions add sections through the entry-point group
``briefgen.sections``. A second section with a taken name is refused.
"""
from __future__ import annotations

from functools import cache

from briefgen.errors import ConfigError
from briefgen.plugins import discover
from briefgen.sections.spec import Section

ENTRY_POINT_GROUP = "briefgen.sections"
BUILTIN_SECTIONS = (
    "briefgen.sections.actors.section:ActorsSection",
    "briefgen.sections.timeline.section:TimelineSection",
    "briefgen.sections.asks_offers.section:AsksOffersSection",
    "briefgen.sections.sanctions.section:SanctionsSection",
    "briefgen.sections.conflicts.section:ConflictsSection",
    "briefgen.sections.key_points.section:KeyPointsSection",
)


@cache
def registry() -> dict[str, type[Section]]:
    """Name -> section spec, in registration order (built-ins first)."""
    specs: dict[str, type[Section]] = {}
    origins: dict[str, str] = {}
    for origin, spec in discover(ENTRY_POINT_GROUP, BUILTIN_SECTIONS):
        if not (isinstance(spec, type) and issubclass(spec, Section)):
            raise ConfigError(f"section plugin {origin} is not a briefgen.sections.spec.Section subclass")
        name = getattr(spec, "name", "")
        if not name or not name.isidentifier():
            raise ConfigError(f"section plugin {origin} has no valid name ({name!r})")
        if name in specs:
            raise ConfigError(f"section '{name}' from {origin} is already registered by {origins[name]}")
        specs[name], origins[name] = spec, origin
    for name, spec in specs.items():
        for needed in spec.requirements(specs):
            if needed not in specs and not providers(needed, specs):
                raise ConfigError(f"section '{name}' requires '{needed}', which no registered section provides")
    return specs


def get_section(name: str) -> type[Section]:
    """The spec registered under ``name``; an unknown name lists the known ones."""
    specs = registry()
    if name not in specs:
        raise ConfigError(f"unknown section '{name}'; known: {', '.join(section_names())}")
    return specs[name]


def section_names() -> list[str]:
    """Every section name in the default order of a brief (by ``position``, then registration)."""
    specs = registry()
    order = {name: i for i, name in enumerate(specs)}
    return sorted(specs, key=lambda name: (specs[name].position, order[name]))


def providers(requirement: str, specs: dict[str, type[Section]] | None = None) -> list[str]:
    """The sections that provide ``requirement`` (a resource name)."""
    specs = specs if specs is not None else registry()
    return [name for name, spec in specs.items() if requirement in spec.provides]


def dependencies(name: str) -> list[str]:
    """The sections that must run before ``name``: the required sections and every provider of a
    required resource."""
    specs = registry()
    found: list[str] = []
    for needed in specs[name].requirements(specs):
        for section in ([needed] if needed in specs else providers(needed, specs)):
            if section not in found:
                found.append(section)
    return found


def extraction_order(wanted: list[str]) -> list[str]:
    """The sections to run for ``wanted``, each after what it depends on (ties in registration
    order); a dependency cycle is a config error naming the sections in it."""
    specs = registry()
    needed: set[str] = set()
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name not in needed:
            needed.add(name)
            stack.extend(dependencies(name))
    order: list[str] = []
    while len(order) < len(needed):
        ready = [n for n in specs if n in needed and n not in order and set(dependencies(n)) <= set(order)]
        if not ready:
            stuck = sorted(needed - set(order))
            raise ConfigError(f"sections depend on each other in a cycle: {', '.join(stuck)}")
        order.append(ready[0])
    return order


def key_point_weights() -> dict[str, int]:
    """Section -> weight in the key points, for the sections that have one (highest first)."""
    specs = registry()
    weighted = [(name, spec.key_point_weight) for name, spec in specs.items() if spec.key_point_weight > 0]
    return dict(sorted(weighted, key=lambda pair: -pair[1]))
