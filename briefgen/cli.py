"""The command line: ``briefgen build``, ``briefgen check``, ``briefgen schema``.

Heavy libraries (spaCy, WeasyPrint) are imported only inside the commands that need them, so
``--help`` and ``check`` start fast. Every ``BriefgenError`` is printed as one clear message and
turned into its exit code (0 success, 1 failed build or check, 2 bad usage or config, 130 interrupted).
"""
from __future__ import annotations

import json
import os
import shlex
import signal
import sys
import threading
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


def _count(number: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


INTERRUPTED = 130  # the shell's code for a command ended by Ctrl-C (128 + SIGINT)
# How long a multiprocessing queue may take to flush after Ctrl-C before exit stops waiting for it.
QUEUE_FLUSH_SECONDS = 2.0


def _run(command) -> None:
    """Run a command body, printing briefgen errors instead of tracebacks; Ctrl-C exits 130."""
    try:
        command()
    except BriefgenError as exc:
        _stderr(f"error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _exit_interrupted()


def _exit_interrupted() -> None:
    """Exit 130 after Ctrl-C. Every ``finally`` block has run by now, so the writers' temp files are gone.

    A parallel parse (spaCy ``nlp.pipe(n_process=...)``) leaves a multiprocessing queue whose
    feeder thread is stuck writing to workers that the same Ctrl-C ended; Python's exit would wait
    for it forever. When one is still stuck after a short wait, leave without that wait.
    """
    _stderr("interrupted")
    feeders = [t for t in threading.enumerate() if t.name == "QueueFeederThread" and t.is_alive()]
    for feeder in feeders:
        feeder.join(QUEUE_FLUSH_SECONDS / len(feeders))
    if any(feeder.is_alive() for feeder in feeders):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(INTERRUPTED)
    sys.exit(INTERRUPTED)


_quiet_children = False


def _quiet_interrupt_in_forked_children() -> None:
    """Parse workers forked during a build stop quietly on Ctrl-C (the terminal sends it to them too):
    the build itself reports the interrupt once, instead of a traceback per worker. A worker's exit
    code of 0 keeps spaCy from adding a warning that its workers failed."""
    global _quiet_children
    if _quiet_children or not hasattr(os, "register_at_fork"):
        return
    _quiet_children = True

    def stop(signum, frame):
        raise SystemExit(0)

    os.register_at_fork(after_in_child=lambda: signal.signal(signal.SIGINT, stop))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def cli() -> None:
    """Turn a folder of news articles into a sourced brief (Markdown, HTML, PDF, JSON)."""


@cli.command()
@click.argument("config", required=False, type=click.Path(path_type=Path))
@click.option("--sources", "sources", help="Folder, file or glob of articles (overrides the config; other articles than the "
              "config's take their title from their headlines unless --title is given).")
@click.option("--title", "title", help="Title of the brief (overrides the config and the sources' headlines).")
@click.option("--out", "out", help="Output folder (overrides the config).")
@click.option("--format", "formats", help="Comma-separated outputs: md,html,pdf,json (default: all four).")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=1),
              help="Processes for parsing (default: one per CPU core; small corpora use one).")
@click.option("--cache-dir", "cache_dir", help="Parse cache folder (default: $BRIEFGEN_CACHE_DIR, else the "
              "config's cache_dir, else the user cache folder).")
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Neither read nor write the caches: the parse cache and the brief cache "
              "(every source is parsed and the brief extracted again).")
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
                             f"briefgen build --sources {shlex.quote(str(chosen))}")
        if chosen is not None and not chosen.is_file():
            raise UsageError(f"config file not found: {chosen}")
        if sources is not None:
            _check_sources(sources)
        loaded, base = load_config(chosen)
        if title is not None:
            loaded = loaded.model_copy(update={"title": title})
        elif sources is not None and not _same_path(Path.cwd() / sources, base / loaded.sources):
            loaded = loaded.model_copy(update={"title": None})  # the config's title names its own articles
        request = BuildRequest(config=loaded, base=base, sources=sources, out=out,
                               formats=_parse_formats(formats), jobs=jobs, cache=not no_cache,
                               cache_dir=cache_dir, config_path=chosen)
        request.progress = make_progress(quiet)
        _quiet_interrupt_in_forked_children()
        try:
            result = run_build(request)
        finally:
            request.progress.close()
        if not quiet:
            _report_build(result)

    _run(body)


def _same_path(a: Path, b: Path) -> bool:
    """Whether two paths name the same file or folder (globs compared as written)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _check_sources(sources: str) -> None:
    """``--sources`` must name something that exists (a glob may match nothing as a path); a usage
    error says where it looked."""
    if any(ch in sources for ch in "*?["):
        return
    looked = os.path.abspath(os.path.expanduser(sources))
    if not os.path.lexists(looked):
        where = "" if looked == sources else f" (looked for {looked})"
        raise UsageError(f"sources not found: {sources}{where}")


def _report_build(result) -> None:
    """Warnings (each once), then the files written. A brief from the brief cache does not print again
    the warnings its first build printed; one line says they are unchanged and where they are."""
    shown = list(result.warnings)
    brief_warnings = list(result.brief.warnings) if result.brief is not None else []
    if getattr(result, "cached", False) and brief_warnings:
        for warning in brief_warnings:  # what is left are this run's own notices (cache problems)
            if warning in shown:
                shown.remove(warning)
        one = len(brief_warnings) == 1
        same = "the same warning" if one else f"the same {len(brief_warnings)} warnings"
        json_out = next((path for path in result.written if path.name == "brief.json"), None)
        where = f"listed in {json_out}" if json_out else f"build with --no-cache to print {'it' if one else 'them'} again"
        _stderr(f"brief unchanged, taken from the brief cache, with {same} as its first build ({where})")
    for warning in dict.fromkeys(shown):
        _stderr(f"warning: {warning}")
    texts = [path for path in result.written if path.parent.name == "sources"]
    for path in result.written:
        if path not in texts:
            _stderr(f"wrote {path}")
    if texts:
        _stderr(f"wrote {_count(len(texts), 'source text')} in {texts[0].parent}")


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
            click.echo(f"check failed: {_count(len(problems), 'problem')} in {path}")
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
