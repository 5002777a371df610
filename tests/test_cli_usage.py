"""What a new user meets on the command line: interrupts, hints for a mistaken argument, a missing
sources folder, the title flag, and quiet cached rebuilds."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from support import REPO_ROOT, SEEDS

from briefgen.build import BuildResult
from briefgen.cli import cli
from briefgen.model.brief import Brief, Sections
from briefgen.progress import LogProgress


def _interrupted(*args, **kwargs):
    raise KeyboardInterrupt


def _stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


# ---------------------------------------------------------------- Ctrl-C

def test_ctrl_c_exits_130_leaving_no_output_and_no_done_line(tmp_path, monkeypatch):
    monkeypatch.setattr("briefgen.nlp.annotate.annotate", _interrupted)
    lines = []
    monkeypatch.setattr("briefgen.progress.make_progress", lambda quiet=False: LogProgress(lines.append))
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 130
    assert _stderr_lines(result) == ["interrupted"]
    assert not (tmp_path / "out").exists()
    assert any(line.startswith("briefgen: read") and "done" in line for line in lines)
    assert lines[-1] == "briefgen: parse 5 ..."  # started, never reported done


def test_ctrl_c_while_writing_leaves_no_temp_files(tmp_path, monkeypatch):
    """The writers' finally blocks remove their temp files on the way out; nothing is half-written."""
    import briefgen.write

    real = briefgen.write._write_temp
    calls = []

    def write_then_interrupt(*args, **kwargs):
        if calls:
            raise KeyboardInterrupt  # Ctrl-C while the second is written, the first one on disk
        calls.append(real(*args, **kwargs))
        return calls[-1]

    monkeypatch.setattr(briefgen.write, "_write_temp", write_then_interrupt)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(out), "--format", "md,json",
                                      "--no-cache", "--quiet"])
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"
    assert len(calls) == 1 and not calls[0].exists()
    assert sorted(p.name for p in out.iterdir()) == []


def test_ctrl_c_during_a_parallel_parse_exits_130_quietly(tmp_path):
    """A real SIGINT to the whole process group, as a terminal sends it, while forked spaCy workers
    parse: one "interrupted" line, no worker tracebacks, and the process ends (it used to hang)."""
    sources = tmp_path / "in"
    sources.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for copy in range(40):  # about 570,000 characters: several seconds of parsing in two processes
        for number, text in enumerate(texts):
            (sources / f"{copy:02d}_{number}.txt").write_text(f"{text}\nCopy {copy}.\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "build", "--sources", str(sources), "--out", str(tmp_path / "out"),
         "--format", "md", "--no-cache", "--jobs", "2"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        for line in process.stderr:
            if line.startswith("briefgen: parse"):
                break
        time.sleep(1.5)  # the workers are forked and parsing
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("briefgen did not exit after Ctrl-C")
        rest = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, rest
    assert rest.splitlines()[-1] == "interrupted"
    assert "Traceback" not in rest and "W127" not in rest
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- a mistaken argument

def test_a_folder_given_as_config_hints_at_sources():
    result = CliRunner().invoke(cli, ["build", str(SEEDS)])
    assert result.exit_code == 2
    assert _stderr_lines(result) == [
        f"error: {SEEDS} is a folder; to build from the articles in it use: briefgen build --sources {SEEDS}"]


def test_the_hint_quotes_a_folder_name_for_the_shell(tmp_path, monkeypatch):
    (tmp_path / "my articles").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "my articles"])
    assert result.exit_code == 2
    assert _stderr_lines(result) == [
        "error: my articles is a folder; to build from the articles in it use: briefgen build --sources 'my articles'"]


def test_a_missing_config_file_stays_config_file_not_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "missing.yaml"])
    assert result.exit_code == 2
    assert _stderr_lines(result) == ["error: config file not found: missing.yaml"]


def test_a_missing_sources_folder_is_a_usage_error_naming_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--sources", "nowhere"])
    assert result.exit_code == 2
    assert _stderr_lines(result) == [f"error: sources not found: nowhere (looked for {tmp_path / 'nowhere'})"]


def test_a_missing_absolute_sources_path_is_named_once(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--sources", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert _stderr_lines(result) == [f"error: sources not found: {tmp_path / 'nowhere'}"]


def test_a_glob_need_not_exist_as_a_path(tmp_path):
    """A pattern is not checked as a path; ingest says when it matches nothing (a failed build, exit 1)."""
    result = CliRunner().invoke(cli, ["build", "--sources", str(tmp_path / "*.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"error: no files match {tmp_path / '*.txt'}" in _stderr_lines(result)


def test_title_flag_overrides_the_title(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path), "--format", "json",
                                      "--title", "My own title", "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["title"] == "My own title"


def test_help_says_no_cache_skips_both_caches():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert ("--no-cache Neither read nor write the caches: the parse cache and the brief cache (every source is "
            "parsed and the brief extracted again).") in " ".join(result.output.split())


def test_check_counts_one_problem_in_the_singular(seed_out, tmp_path, monkeypatch):
    for name in ("brief.md", "brief.json"):
        (tmp_path / name).write_bytes((seed_out / name).read_bytes())
    with (tmp_path / "brief.md").open("a", encoding="utf-8") as md:
        md.write("\n")  # every line still cited, but no longer the file brief.json records
    monkeypatch.chdir(REPO_ROOT)
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "brief.md: changed after the build (its sha256 is not the one brief.json records)",
        f"check failed: 1 problem in {tmp_path}",
    ]


# ---------------------------------------------------------------- warnings of a cached rebuild

def test_a_cached_rebuild_does_not_repeat_its_warnings(tmp_path):
    out = tmp_path / "out"
    args = ["build", "--sources", str(SEEDS), "--out", str(out), "--cache-dir", str(tmp_path / "cache")]
    first = CliRunner().invoke(cli, [*args, "--format", "md,json"])
    assert first.exit_code == 0, first.output
    warnings = [line for line in _stderr_lines(first) if line.startswith("warning: ")]
    assert len(warnings) == 2 and all(line.startswith("warning: S4 ") for line in warnings)
    second = CliRunner().invoke(cli, [*args, "--format", "md,json"])
    assert second.exit_code == 0, second.output
    assert "warning:" not in second.stderr
    line = f"brief unchanged, taken from the brief cache, with the same 2 warnings as its first build " \
           f"(listed in {out / 'brief.json'})"
    assert line in _stderr_lines(second)
    without_json = CliRunner().invoke(cli, [*args, "--format", "md"])
    assert without_json.exit_code == 0, without_json.output
    assert ("brief unchanged, taken from the brief cache, with the same 2 warnings as its first build "
            "(build with --no-cache to print them again)") in _stderr_lines(without_json)


def _fake_build(monkeypatch, tmp_path, brief_warnings, warnings, cached):
    brief = Brief(title="T", sources=[], sections=Sections(), warnings=brief_warnings)
    result = BuildResult(brief=brief, written=[tmp_path / "brief.md"], warnings=warnings)
    result.cached = cached  # set, not passed, so the test does not depend on how build.py spells it
    monkeypatch.setattr("briefgen.build.build", lambda request: result)
    return CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path)])


def test_a_cached_rebuild_names_one_warning_in_the_singular_and_still_prints_new_notices(monkeypatch, tmp_path):
    result = _fake_build(monkeypatch, tmp_path, ["S1: undated"], ["S1: undated", "parse cache entry unreadable"],
                         cached=True)
    assert result.exit_code == 0, result.output
    assert _stderr_lines(result) == [
        ("brief unchanged, taken from the brief cache, with the same warning as its first build "
         "(build with --no-cache to print it again)"),
        "warning: parse cache entry unreadable",
        f"wrote {tmp_path / 'brief.md'}",
    ]


def test_a_fresh_build_prints_each_warning_once(monkeypatch, tmp_path):
    result = _fake_build(monkeypatch, tmp_path, ["S1: undated", "S1: undated"], ["S1: undated", "S1: undated"],
                         cached=False)
    assert result.exit_code == 0, result.output
    assert _stderr_lines(result) == ["warning: S1: undated", f"wrote {tmp_path / 'brief.md'}"]
