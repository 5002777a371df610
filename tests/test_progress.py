"""Progress: plain log lines off a terminal, a live display on one, nothing with --quiet."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest
from support import SEEDS

from briefgen.progress import LogProgress, Progress, RichProgress, make_progress

STAGES = ("read", "parse", "extract", "render")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_display_is_chosen_by_quiet_and_terminal():
    assert type(make_progress(quiet=True, stream=FakeTerminal())) is Progress
    assert isinstance(make_progress(stream=io.StringIO()), LogProgress)
    live = make_progress(stream=FakeTerminal())
    assert isinstance(live, RichProgress)
    live.close()


def test_log_lines_name_each_stage_and_its_count():
    lines: list[str] = []
    progress = LogProgress(lines.append)
    with progress.stage("parse", total=3) as stage:
        for _ in range(3):
            stage.advance()
        stage.note("1 from cache")
    assert lines[0] == "briefgen: parse 3 ..."
    assert lines[1].startswith("briefgen: parse 3/3 (1 from cache) done in ")


@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_a_stage_that_raises_reports_no_done_line(error):
    """A stage cut short by Ctrl-C or a failure did not finish: no "done" line, and the error goes on."""
    lines: list[str] = []
    progress = LogProgress(lines.append)
    with pytest.raises(error), progress.stage("parse", total=3) as stage:
        stage.advance()
        raise error
    assert lines == ["briefgen: parse 3 ..."]


def test_a_stage_with_nothing_to_do_shows_no_count():
    lines: list[str] = []
    with LogProgress(lines.append).stage("parse", total=5) as stage:
        stage.note("unchanged, from the brief cache")
    assert lines[1].startswith("briefgen: parse (unchanged, from the brief cache) done in ")


def test_rich_display_shows_every_stage():
    stream = FakeTerminal()
    progress = RichProgress(stream)
    for name in STAGES:
        with progress.stage(name, total=2) as stage:
            stage.advance(2)
    progress.close()
    shown = stream.getvalue()
    assert all(name in shown for name in STAGES) and "2/2" in shown


def _build(tmp_path, *args):
    from click.testing import CliRunner

    from briefgen.cli import cli

    return CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path / "out"),
                                    "--format", "md,json", *args])


def test_build_logs_plain_stage_lines_when_not_a_terminal(tmp_path):
    result = _build(tmp_path)
    assert result.exit_code == 0, result.output
    for name in STAGES:
        assert f"briefgen: {name} " in result.stderr
    assert "\x1b[" not in result.stderr  # no terminal control codes in a log


def test_quiet_build_prints_nothing(tmp_path):
    result = _build(tmp_path, "--quiet")
    assert result.exit_code == 0
    assert result.output == ""


def test_check_does_not_import_spacy_or_weasyprint(seed_out):
    code = ("import sys\nfrom briefgen.cli import cli\n"
            f"try:\n    cli(['check', {str(seed_out)!r}])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'weasyprint') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_one_source_is_counted_in_the_singular(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.txt").write_text("Officials met in Paris on Monday to discuss the accord.\n", encoding="utf-8")
    from click.testing import CliRunner

    from briefgen.cli import cli

    result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(tmp_path / "out"),
                                      "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("briefgen: read (1 source) done in ") for line in result.stderr.splitlines())
