"""Hostile or mistaken configs through the CLI: file, line and key path, exit 2, nothing executed,
nothing written."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from support import SEEDS

from briefgen.cli import cli

CASES = {
    "syntax": ("title: ok\nsections: [actors\n", "briefing.yaml:3: YAML syntax error: expected ',' or ']'"),
    "duplicate": ("title: a\nnlp:\n  model: x\n  model: y\n", "briefing.yaml:4: duplicate key 'model' (first at line 3)"),
    "anchor": ("nlp: &n\n  batch_size: 2\nactors: *n\n", "briefing.yaml:1: anchor '&n' is not allowed"),
    "merge": ("nlp:\n  <<: {batch_size: 2}\n", "briefing.yaml:2: merge key '<<' is not allowed"),
    "python_tag": ("title: !!python/object/apply:os.mkdir [PWNED]\n",
                   "briefing.yaml:1: tag '!!python/object/apply:os.mkdir' is not allowed (no YAML tags)"),
    "python_name": ("title: !!python/name:os.system\n", "briefing.yaml:1: tag '!!python/name:os.system' is not allowed"),
    "local_tag": ("title: !secret x\n", "briefing.yaml:1: tag '!secret' is not allowed"),
    "wrong_type": ("nlp:\n  batch_size: many\n", "briefing.yaml:2: nlp.batch_size: Input should be a valid integer"),
    "unknown_key": ("timeline:\n  form: 2023-01-01\n", "briefing.yaml:2: timeline.form: unknown key 'form'; known: from, to,"),
    "yes_no": ("title: no\n", "briefing.yaml:1: title: YAML reads the unquoted 'no' as true/false, not text; put it in quotes"),
    "bare_date": ("out: out\ntitle: 2023-09-01\n",
                  "briefing.yaml:2: title: YAML reads the unquoted '2023-09-01' as a date, not text; put it in quotes"),
    "sexagesimal": ("sources: 1:30\n", "briefing.yaml:1: sources: YAML reads the unquoted '1:30' as a number"),
    "format_no": ("formats: [md, no]\n", "briefing.yaml:1: formats[1]: Input should be 'md', 'html', 'pdf' or 'json' "
                  "(YAML reads the unquoted 'no' as true/false; put it in quotes)"),
    "control_char": ("title: a\nout: b\x07\n", "briefing.yaml:2: YAML error: control character U+0007 is not allowed"),
    "not_utf8": ("title: caf\udce9\n", "briefing.yaml:1: not UTF-8 text (byte 0xe9 at byte offset 10)"),
    "deep": ("title: " + "[" * 5000 + "]" * 5000 + "\n", "briefing.yaml: YAML error: nested too deeply"),
    "top_level_list": ("- actors\n", "briefing.yaml:1: the top level must be a mapping"),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_config_exit_2_with_file_line_and_nothing_written(tmp_path, monkeypatch, name):
    text, expected = CASES[name]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.yaml").write_bytes(text.encode("utf-8", errors="surrogateescape"))
    result = CliRunner().invoke(cli, ["build", "briefing.yaml", "--sources", str(SEEDS), "--out", "out"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: invalid config briefing.yaml\n")
    assert expected in result.output
    assert "Traceback" not in result.output
    assert sorted(os.listdir(tmp_path)) == ["briefing.yaml"]  # no out/, no PWNED/


def test_every_problem_at_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.yaml").write_text("title: yes\nnlp:\n  modle: x\nkey_points:\n  count: 0\n")
    result = CliRunner().invoke(cli, ["build", "briefing.yaml"])
    assert result.exit_code == 2
    assert result.output.splitlines()[1:] == [
        "briefing.yaml:1: title: YAML reads the unquoted 'yes' as true/false, not text; put it in quotes",
        "briefing.yaml:3: nlp.modle: unknown key 'modle'; known: model, batch_size",
        "briefing.yaml:5: key_points.count: Input should be greater than or equal to 1 (got 0)",
    ]


def test_quoted_values_are_text(tmp_path, monkeypatch):
    from pathlib import Path

    from briefgen.config.yaml_loader import load_config

    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.yaml").write_text("title: 'no'\nsources: \"1:30\"\n")
    config, _ = load_config(Path("briefing.yaml"))
    assert (config.title, config.sources) == ("no", "1:30")
