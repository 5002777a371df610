"""The command line: ``briefgen build``, ``briefgen check``, ``briefgen schema``.

Heavy libraries (spaCy, WeasyPrint) are imported only inside the commands that need them, so
``--help`` and ``check`` start fast. Every ``BriefgenError`` is printed as one clear message and
turned into its exit code (0 success, 1 failed build or check, 2 bad usage or config, 130 interrupted).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from briefgen import __version__
from briefgen.errors import BriefgenError, UsageError
from briefgen.render.formats import FORMATS

DEFAULT_CONFIG = Path("config/briefing.yaml")


def _stderr(message: str) -> None:
    click.echo(message, err=True)


def _parse_formats(value: str | None) -> list[str] | None:
    """``md,html`` -> ['md', 'html']; an unknown format is a usage error."""
    if value is None:
        return None
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise UsageError(f"unknown format {', '.join(bad) or repr(value)}; choose from {', '.join(FORMATS)}")
    return formats


INTERRUPTED = 130  # the shell's code for a command ended by Ctrl-C (128 + SIGINT)


def _run(command) -> None:
    """Run a command body, printing briefgen errors instead of tracebacks; Ctrl-C exits 130 once
    the temp files are gone (the writers remove them on the way out)."""
    try:
        command()
    except BriefgenError as exc:
        _stderr(f"error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _stderr("interrupted: nothing was written")
        sys.exit(INTERRUPTED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def cli() -> None:
    """Turn a folder of news articles into a sourced brief (Markdown, HTML, PDF, JSON)."""


@cli.command()
@click.argument("config", required=False, type=click.Path(path_type=Path))
@click.option("--sources", "sources", help="Folder, file or glob of articles (overrides the config).")
@click.option("--title", "title", help="Title of the brief (overrides the config and the sources' headlines).")
@click.option("--out", "out", help="Output folder (overrides the config).")
@click.option("--format", "formats", help="Comma-separated outputs: md,html,pdf,json (default: all four).")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=1),
              help="Processes for parsing (default: one per CPU core; small corpora use one).")
@click.option("--cache-dir", "cache_dir", help="Parse cache folder (default: $BRIEFGEN_CACHE_DIR, else the "
              "config's cache_dir, else the user cache folder).")
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Neither read nor write the caches: the parse cache and the brief cache.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(config: Path | None, sources: str | None, title: str | None, out: str | None, formats: str | None,
          jobs: int | None, cache_dir: str | None, no_cache: bool, quiet: bool) -> None:
    """Build a brief from CONFIG (default: config/briefing.yaml, else built-in defaults)."""

    def body() -> None:
        from briefgen.build import BuildRequest
        from briefgen.build import build as run_build
        from briefgen.config.yaml_loader import load_config
        from briefgen.progress import make_progress

        chosen = config
        if chosen is None and DEFAULT_CONFIG.is_file():
            chosen = DEFAULT_CONFIG
        if chosen is not None and chosen.is_dir():
            raise UsageError(f"{chosen} is a folder; to build from the articles in it use: "
                             f"briefgen build --sources {chosen}")
        if chosen is not None and not chosen.is_file():
            raise UsageError(f"config file not found: {chosen}")
        if sources is not None and not any(ch in sources for ch in "*?[") and not Path(sources).expanduser().exists():
            raise UsageError(f"sources not found: {Path(sources).expanduser().absolute()}")
        loaded, base = load_config(chosen)
        if title is not None:
            loaded = loaded.model_copy(update={"title": title})
        request = BuildRequest(config=loaded, base=base, sources=sources, out=out,
                               formats=_parse_formats(formats), jobs=jobs, cache=not no_cache,
                               cache_dir=cache_dir, config_path=chosen)
        request.progress = make_progress(quiet)
        try:
            result = run_build(request)
        finally:
            request.progress.close()
        if not quiet:
            shown = result.warnings
            if result.cached and result.brief.warnings:
                count = len(result.brief.warnings)
                _stderr(f"brief unchanged, taken from the cache: its {count} warning{'s' if count != 1 else ''} "
                        "were shown when it was built (they are in brief.json)")
                shown = result.warnings[len(result.brief.warnings):]
            for warning in shown:
                _stderr(f"warning: {warning}")
            texts = [path for path in result.written if path.parent.name == "sources"]
            for path in result.written:
                if path not in texts:
                    _stderr(f"wrote {path}")
            if texts:
                _stderr(f"wrote {len(texts)} source text{'s' if len(texts) != 1 else ''} in {texts[0].parent}")

    _run(body)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
def check(path: Path) -> None:
    """Verify a built brief in PATH: every line cited, every citation exact (exit 1 if not)."""

    def body() -> None:
        from briefgen.check import check_brief

        problems = check_brief(path)
        for problem in problems:
            click.echo(problem)
        if problems:
            click.echo(f"check failed: {len(problems)} problem(s) in {path}")
            sys.exit(1)
        click.echo(f"check passed: {path}")

    _run(body)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of brief.json."""
    from briefgen.model.brief import brief_json_schema

    click.echo(json.dumps(brief_json_schema(), indent=2, sort_keys=True))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="briefgen")
