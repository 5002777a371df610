"""Shared fixtures: the repository paths, one spaCy pipeline per session, one seed build per session."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "seeds"
SHARED = REPO_ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "seeds.gold.yaml"


def load_score_module():
    """The evaluation script from ../shared, imported as a module (None when it is absent)."""
    if not SCORE_PY.exists():
        return None
    spec = importlib.util.spec_from_file_location("briefgen_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once for the whole test session."""
    from briefgen.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory):
    """The seed corpus built once, in all four formats, as the README's command would build it."""
    import os

    from click.testing import CliRunner

    from briefgen.cli import cli

    out = tmp_path_factory.mktemp("seed_out")
    cwd = os.getcwd()
    os.chdir(REPO_ROOT)
    try:
        result = CliRunner().invoke(cli, ["build", "--sources", "seeds", "--out", str(out), "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session", autouse=True)
def _private_parse_cache(tmp_path_factory):
    """Every test (and every briefgen it starts) uses a fresh parse cache, never the user's own."""
    import os

    previous = os.environ.get("BRIEFGEN_CACHE_DIR")
    os.environ["BRIEFGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("parse_cache"))
    yield
    if previous is None:
        os.environ.pop("BRIEFGEN_CACHE_DIR", None)
    else:
        os.environ["BRIEFGEN_CACHE_DIR"] = previous
