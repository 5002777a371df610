"""Shared fixtures: one spaCy pipeline per session, one seed build per session, a private parse cache.
Paths and builders are in :mod:`support`, which every test imports the same way."""
from __future__ import annotations

import pytest
from support import REPO_ROOT  # noqa: F401 - the paths every test uses live in support


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
