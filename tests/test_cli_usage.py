"""What a new user meets on the command line: interrupts, hints for a mistaken argument, a missing
sources folder, the title flag, and quiet cached rebuilds."""
from __future__ import annotations

import json

from click.testing import CliRunner
from support import SEEDS

from briefgen.cli import cli
from briefgen.progress import LogProgress


def test_ctrl_c_exits_130_leaving_no_output_and_no_done_line(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("briefgen.nlp.annotate.annotate", interrupted)
    lines = []
    monkeypatch.setattr("briefgen.progress.make_progress", lambda quiet=False: LogProgress(lines.append))
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 130
    assert "interrupted: nothing was written" in result.output
    assert not (tmp_path / "out").exists()
    assert any(line.startswith("briefgen: read") and "done" in line for line in lines)
    assert not any(line.startswith("briefgen: parse") and "done" in line for line in lines)


def test_a_folder_given_as_config_hints_at_sources(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS)])
    assert result.exit_code == 2
    assert f"error: {SEEDS} is a folder; to build from the articles in it use: briefgen build --sources {SEEDS}" \
        in result.output


def test_a_missing_sources_folder_is_a_usage_error_naming_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--sources", "nowhere"])
    assert result.exit_code == 2
    assert f"error: sources not found: {tmp_path / 'nowhere'}" in result.output


def test_title_flag_overrides_the_title(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path), "--format", "json",
                                      "--title", "My own title", "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["title"] == "My own title"


def test_help_says_no_cache_skips_both_caches():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert "the parse cache and the brief cache" in " ".join(result.output.split())


def test_a_cached_rebuild_does_not_repeat_its_warnings(tmp_path):
    args = ["build", "--sources", str(SEEDS), "--out", str(tmp_path / "out"), "--format", "json",
            "--cache-dir", str(tmp_path / "cache")]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and "warning: S4" in first.output
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0
    assert "warning:" not in second.output
    assert "brief unchanged, taken from the cache: its " in second.output
