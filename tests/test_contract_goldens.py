"""Goldens for the contracts outside tools rely on: ``briefgen schema`` and the section registry."""
from __future__ import annotations

from click.testing import CliRunner
from support import REPO_ROOT

from briefgen.cli import cli

GOLDEN = REPO_ROOT / "tests" / "golden"


def test_schema_command_matches_the_golden_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.output == (GOLDEN / "schema.json").read_text(encoding="utf-8")
