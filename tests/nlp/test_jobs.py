"""--jobs: parsing in several processes gives byte-identical output to one process."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from support import SEEDS

from briefgen.cli import cli
from briefgen.nlp.pipeline import PARALLEL_MIN_CHARS, parse_plan


def build(out: Path, *args: str) -> dict[str, bytes]:
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(out), "--format", "md,json",
                                      "--quiet", "--no-cache", *args])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in ("brief.md", "brief.json")}


def test_parse_plan_uses_one_process_for_little_text():
    assert parse_plan(["short text"] * 3, jobs=8, batch_size=16) == (1, 16)
    assert parse_plan(["x" * PARALLEL_MIN_CHARS], jobs=8, batch_size=16) == (1, 16)  # one text: one process
    assert parse_plan(["x" * 3000] * 100, jobs=2, batch_size=16) == (2, 13)  # 4 batches per process
    assert parse_plan(["x" * 3000] * 500, jobs=2, batch_size=16) == (2, 16)
    assert parse_plan(["x" * 3000] * 6, jobs=4, batch_size=16) == (3, 1)


def test_jobs_output_is_byte_identical(tmp_path):
    """The seeds (over the parallel threshold) parsed in one and in two processes."""
    assert sum(len(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")) >= PARALLEL_MIN_CHARS
    assert build(tmp_path / "one", "--jobs", "1") == build(tmp_path / "two", "--jobs", "2")


def test_jobs_must_be_positive(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path), "--jobs", "0"])
    assert result.exit_code == 2
