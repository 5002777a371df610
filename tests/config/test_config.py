"""Config loading: safe YAML, every problem reported at once with file and line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import REPO_ROOT

from briefgen.config.schema import Config
from briefgen.config.yaml_loader import load_config
from briefgen.errors import ConfigError
from briefgen.sections.registry import section_names

EXAMPLE = REPO_ROOT / "config" / "briefing.yaml"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"invalid config {path.as_posix()}\n")
    return raised.value.problems


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_config(text: str) -> Path:
    path = Path("briefing.yaml")
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_is_valid():
    config, base = load_config(EXAMPLE)
    assert base == EXAMPLE.parent
    assert config.sources == "../seeds"
    assert config.out == "../out"
    assert config.sections == ["key_points", "actors", "asks_offers", "sanctions", "timeline", "conflicts"]
    assert config.title == "North Korea–Russia arms talks"


def test_no_config_gives_defaults_and_working_folder(in_tmp):
    assert load_config(None) == (Config(), in_tmp)


def test_default_config_path_is_used_when_present(in_tmp):
    (in_tmp / "config").mkdir()
    (in_tmp / "config" / "briefing.yaml").write_text("title: From default\n", encoding="utf-8")
    config, base = load_config(None)
    assert config.title == "From default"
    assert base == in_tmp / "config"


def test_empty_or_comment_only_file_is_defaults(in_tmp):
    assert load_config(write_config("")) == (Config(), in_tmp)
    assert load_config(write_config("# only a comment\n")) == (Config(), in_tmp)


def test_quoted_date_is_accepted(in_tmp):
    config, _ = load_config(write_config('timeline:\n  from: "2023-09-01"\n  to: 2023-09-30\n'))
    assert (config.timeline.from_, config.timeline.to) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))


def test_every_schema_problem_is_reported_with_its_line(in_tmp):
    path = write_config(
        "title: 5\n"
        "sources: ../seeds\n"
        "nlp:\n"
        "  modle: x\n"
        "sections:\n"
        "  - actors\n"
        "  - sanction\n"
        "  - actors\n"
        "formats: [md, doc]\n"
        "key_points:\n"
        "  count: 11\n"
        "colour: red\n"
    )
    assert problems_of(path) == [
        "briefing.yaml:1: title: Input should be a valid string (got 5)",
        "briefing.yaml:4: nlp.modle: unknown key 'modle'; known: model, batch_size",
        "briefing.yaml:7: sections[1]: unknown section 'sanction'; known: " + ", ".join(section_names()),
        "briefing.yaml:8: sections[2]: duplicate section 'actors'",
        "briefing.yaml:9: formats[1]: Input should be 'md', 'html', 'pdf' or 'json' (got 'doc')",
        "briefing.yaml:11: key_points.count: Input should be less than or equal to 10 (got 11)",
        (
            "briefing.yaml:12: colour: unknown key 'colour'; known: title, sources, out, formats, sections, "
            "templates, stylesheet, cache_dir, max_file_bytes, lexicons, nlp, actors, timeline, asks_offers, sanctions, conflicts, "
            "key_points"
        ),
    ]


def test_unsafe_yaml_features_are_refused(in_tmp):
    path = write_config(
        "nlp: &base\n"
        "  model: x\n"
        "title: !!python/object/apply:os.system [ls]\n"
        "title: again\n"
        "actors: *base\n"
    )
    assert problems_of(path) == [
        "briefing.yaml:1: anchor '&base' is not allowed (no anchors or aliases)",
        "briefing.yaml:3: tag '!!python/object/apply:os.system' is not allowed (no YAML tags)",
        "briefing.yaml:4: duplicate key 'title' (first at line 3)",
        "briefing.yaml:5: alias '*base' is not allowed (no anchors or aliases)",
    ]


def test_nested_duplicate_key(in_tmp):
    path = write_config("nlp:\n  model: a\n  batch_size: 4\n  model: b\n")
    assert problems_of(path) == ["briefing.yaml:4: duplicate key 'model' (first at line 2)"]


def test_yaml_syntax_error_names_file_and_line(in_tmp):
    path = write_config("title: ok\nsections: [actors\nout: x\n")
    assert problems_of(path) == [
        "briefing.yaml:3: YAML syntax error: expected ',' or ']', but got ':' (while parsing a flow sequence)"
    ]


def test_top_level_must_be_a_mapping(in_tmp):
    assert problems_of(write_config("- actors\n- timeline\n")) == [
        "briefing.yaml:1: the top level must be a mapping of options (key: value), not a list"
    ]


def test_missing_file(in_tmp):
    with pytest.raises(ConfigError) as raised:
        load_config(Path("nope.yaml"))
    assert str(raised.value) == "config file not found: nope.yaml"
    assert raised.value.exit_code == 2
