"""Regenerate the golden seed brief: ``python tests/regen_golden.py`` (run from anywhere).

The golden test builds the seeds exactly this way and compares byte for byte, so review the diff
(``git diff tests/golden``) before committing a regenerated file.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLDEN = REPO_ROOT / "tests" / "golden"
GOLDEN_FILES = ("brief.md", "brief.json")


def build_seeds(out: Path) -> None:
    """Build md and json from the seeds with the example config, from the repository root."""
    from briefgen.cli import cli

    cwd = os.getcwd()
    os.chdir(REPO_ROOT)
    try:
        result = CliRunner().invoke(cli, ["build", "--sources", "seeds", "--out", str(out),
                                          "--format", "md,json", "--quiet"])
    finally:
        os.chdir(cwd)
    if result.exit_code != 0:
        raise SystemExit(f"build failed:\n{result.output}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build_seeds(Path(tmp))
        GOLDEN.mkdir(exist_ok=True)
        for name in GOLDEN_FILES:
            shutil.copyfile(Path(tmp) / name, GOLDEN / name)
    print(f"regenerated {', '.join(GOLDEN_FILES)} in {GOLDEN}", file=sys.stderr)


if __name__ == "__main__":
    main()
