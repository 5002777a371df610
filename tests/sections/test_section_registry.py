"""The registry is the single source of truth: its snapshot, and everything derived from it."""
from __future__ import annotations

import json

import pytest
from support import REPO_ROOT

from briefgen.config.schema import Config
from briefgen.errors import ConfigError
from briefgen.sections.registry import (
    dependencies,
    extraction_order,
    get_section,
    key_point_weights,
    registry,
    section_names,
)

GOLDEN = REPO_ROOT / "tests" / "golden" / "registry.json"


def snapshot() -> list[dict]:
    """Name, title, options schema, requires, provides and weight of every section, default order."""
    specs = registry()
    out = []
    for name in section_names():
        spec = specs[name]
        schema = spec.Options.model_json_schema(by_alias=True)
        out.append({"name": name, "title": spec.title,
                    "options": {"properties": schema.get("properties", {}),
                                "additionalProperties": schema.get("additionalProperties")},
                    "requires": sorted(spec.requirements(specs)), "provides": sorted(spec.provides),
                    "key_point_weight": spec.key_point_weight})
    return out


def test_registry_matches_its_snapshot():
    assert snapshot() == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_unknown_section_lists_the_known_ones():
    with pytest.raises(ConfigError, match="unknown section 'sanction'; known: key_points, actors, asks_offers, "
                                          "sanctions, timeline, conflicts$"):
        get_section("sanction")


def test_extraction_order_runs_what_each_section_needs_first():
    assert extraction_order(["key_points"]) == ["actors", "timeline", "asks_offers", "sanctions", "key_points"]
    assert extraction_order(["conflicts"]) == ["actors", "timeline", "conflicts"]
    assert extraction_order(["timeline", "actors"]) == ["actors", "timeline"]
    assert extraction_order(section_names()) == [
        "actors", "timeline", "asks_offers", "sanctions", "conflicts", "key_points"]
    assert dependencies("conflicts") == ["actors", "timeline"]


def test_key_point_weights_come_from_the_specs():
    assert key_point_weights() == {"sanctions": 3, "asks_offers": 2, "timeline": 1}


def test_config_blocks_are_the_sections_own_options():
    config = Config.model_validate({"timeline": {"from": "2023-01-01", "max_items": 5}})
    assert type(config.timeline) is get_section("timeline").Options
    assert config.timeline.max_items == 5 and str(config.timeline.from_) == "2023-01-01"
    assert config.conflicts.max_items == 40  # one default, the spec's
    assert config.sections == ["key_points", "actors", "asks_offers", "sanctions", "timeline", "conflicts"]
