"""The build: read -> date -> parse -> extract -> assemble -> render -> write, one plain loop per stage.

Everything is rendered in memory before anything is written, so a failed build never leaves
half-written output.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from briefgen.config import ALL_SECTIONS, Config
from briefgen.errors import BuildError, ConfigError
from briefgen.extract import Context, get_extractor, registered
from briefgen.model.brief import Brief, Sections
from briefgen.model.source import Source
from briefgen.progress import Progress

# Sections other extractors depend on run first, whatever order the config lists them in.
EXTRACTION_ORDER = ["actors", "timeline", "asks_offers", "sanctions", "conflicts", "key_points"]


@dataclass
class BuildRequest:
    """One build: the validated config, the folder its relative paths start from, and CLI overrides."""

    config: Config
    base: Path
    sources: str | None = None
    out: str | None = None
    formats: list[str] | None = None
    report: Callable[[str], None] = lambda message: None
    progress: Progress = field(default_factory=Progress)
    jobs: int | None = None  # parse processes; None: one per CPU core
    cache: bool = True  # False: the parse cache is neither read nor written
    cache_dir: str | None = None  # overrides BRIEFGEN_CACHE_DIR, the config's cache_dir and the default
    config_path: Path | None = None  # the config file, which an output must never overwrite


@dataclass
class BuildResult:
    """What a build produced: the brief, the files written and the warnings to show."""

    brief: Brief
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def resolve_path(base: Path, value: str) -> Path:
    """A config path made absolute against the config's folder (absolute paths are kept)."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def extraction_order(config: Config) -> list[str]:
    """The extractors to run, dependencies first: the configured sections plus the ones they need."""
    wanted = [name for name in config.sections]
    needed = set(wanted) | {"actors"}
    if "key_points" in wanted or "conflicts" in wanted:
        needed |= {"timeline", "asks_offers", "sanctions"}
    needed &= set(registered())
    return [n for n in EXTRACTION_ORDER if n in needed] + [n for n in wanted if n not in EXTRACTION_ORDER]


def extract_sections(documents, config: Config, warnings: list[str], order: list[str],
                     advance: Callable[[], None] = lambda: None) -> Sections:
    """Run the extractors in ``order`` (see :func:`extraction_order`) and keep the configured ones."""
    wanted = [name for name in config.sections]
    context = Context(documents=documents, warnings=warnings)
    for name in order:
        options = getattr(config, name, None)
        context.options = options.model_dump(by_alias=False) if options is not None else {}
        extractor = get_extractor(name)
        try:
            context.results[name] = extractor.extract(context)
        except Exception as exc:  # noqa: BLE001 - one failing section must not cost the whole brief
            warnings.append(f"section {name} failed and is left empty ({type(exc).__name__}: {exc}); "
                            "please report this with the sources that caused it")
            context.results[name] = []
        advance()
    return Sections(**{name: context.results[name] for name in wanted if name in Sections.model_fields})


def brief_title(config: Config, sources: list[Source]) -> str:
    """The configured title, else the most common headline among the sources, else a plain one."""
    if config.title:
        return config.title
    titles = Counter(s.title for s in sources if s.title)
    if titles:
        return sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return f"Brief of {len(sources)} sources"


def assemble(config: Config, sources: list[Source], sections: Sections, warnings: list[str]) -> Brief:
    """The Brief model: title, date range and sources around the extracted sections."""
    dates = sorted(s.published for s in sources if s.published)
    return Brief(
        title=brief_title(config, sources),
        as_of=dates[-1] if dates else None,
        date_range=[dates[0], dates[-1]] if dates else None,
        sources=sources,
        sections=sections,
        warnings=warnings,
    )


# Config fields used only after the brief exists (rendering and writing): not part of the brief's key.
RENDER_ONLY_FIELDS = {"out", "formats", "templates", "stylesheet", "cache_dir"}


def build_key(config: Config, sources: list[Source], order: list[str], read_warnings: list[str]) -> str:
    """What a brief depends on: sources as read (and what was skipped), config, pipeline, briefgen's
    files and extractors."""
    from briefgen.brief_cache import brief_key, extractor_fingerprint, package_fingerprint
    from briefgen.cache import model_fingerprint
    from briefgen.lexicons import extra_lexicon_fingerprint

    return brief_key({
        "sources": [s.model_dump(mode="json") for s in sources],
        "read_warnings": read_warnings,
        "config": config.model_dump(mode="json", exclude=RENDER_ONLY_FIELDS),
        "model": model_fingerprint(config.nlp.model),
        "package": package_fingerprint(),
        "extractors": extractor_fingerprint(order),
        "lexicons": extra_lexicon_fingerprint(),
    })


def read_stylesheet(path: Path) -> str:
    """The user's CSS, or a config error naming the file (missing, unreadable or not UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"stylesheet {path}: cannot be read as UTF-8 text ({exc.__class__.__name__})") from None


def build(request: BuildRequest) -> BuildResult:
    """Run the whole build described by ``request`` and write its outputs atomically."""
    from briefgen.ingest import read_sources
    from briefgen.estimate import estimate_dates
    from briefgen.brief_cache import BriefCache
    from briefgen.cache import resolve_cache_dir
    from briefgen.nlp.annotate import annotate
    from briefgen.nlp.pipeline import default_jobs
    from briefgen.paths import check_output_path, check_template_dir
    from briefgen.pubdate import date_sources
    from briefgen.render import render_outputs
    from briefgen.write import write_outputs

    config, base = request.config, request.base
    sources_spec = request.sources or config.sources
    out_dir = Path(os.path.normpath(request.out or resolve_path(base, config.out)))
    formats = request.formats or list(config.formats)
    unknown = [s for s in config.sections if s not in ALL_SECTIONS]
    if unknown:
        raise BuildError(f"unknown sections: {', '.join(unknown)}")

    progress = request.progress
    with progress.stage("read") as stage:
        request.report("reading sources")
        source_base = Path.cwd() if request.sources else base
        pairs, warnings = read_sources(sources_spec, source_base, config.max_file_bytes)
        sources, date_warnings = date_sources(pairs)
        warnings += date_warnings
        pairs = list(zip(sources, [text for _, text in pairs]))
        stage.note(f"{len(pairs)} sources")
        template_dirs = ([check_template_dir(resolve_path(base, config.templates), request.config_path)]
                         if config.templates else [])
        root = resolve_path(source_base, sources_spec)
        while any(ch in root.name for ch in "*?[") and root != root.parent:
            root = root.parent  # a glob protects the folder it reads from
        inputs = ([root] if root.exists() else []) + [Path(s.path) for s in sources]
        check_output_path(out_dir, inputs, request.config_path, template_dirs,
                          names=[f"brief.{f}" for f in formats])
        stylesheet = read_stylesheet(resolve_path(base, config.stylesheet)) if config.stylesheet else None

    config_cache = resolve_path(base, config.cache_dir) if config.cache_dir else None
    cache_dir = resolve_cache_dir(request.cache_dir, config_cache, request.cache)
    notices: list[str] = []  # cache problems: shown, but never part of the brief
    order = extraction_order(config)
    briefs = BriefCache(cache_dir) if cache_dir else None
    key = build_key(config, sources, order, warnings) if briefs else ""
    brief = briefs.load(key) if briefs else None
    if brief is not None:  # nothing that the brief depends on has changed
        request.report("unchanged sources, config and code: brief taken from the cache")
        for name in ("parse", "extract"):
            with progress.stage(name) as stage:
                stage.note("unchanged, from the brief cache")
        warnings = list(brief.warnings)
    else:
        with progress.stage("parse", total=len(pairs)) as stage:
            request.report(f"parsing {len(pairs)} sources")
            documents = annotate(pairs, config.nlp.model, config.nlp.batch_size, cache_dir=cache_dir,
                                 jobs=request.jobs or default_jobs(), advance=stage.advance, warnings=notices)
            warnings += estimate_dates(documents)

        with progress.stage("extract", total=len(order)) as stage:
            request.report("extracting")
            sections = extract_sections(documents, config, warnings, order, stage.advance)
            brief = assemble(config, sources, sections, warnings)
        if briefs:
            briefs.store(key, brief)

    with progress.stage("render", total=len(formats)) as stage:
        request.report("rendering")
        files: dict[str, str | bytes] = {}
        # One group per step so the display moves; HTML and PDF together, as PDF is HTML plus one step.
        for group in (["json"], ["md"], ["html", "pdf"]):
            chosen = [f for f in group if f in formats]
            if chosen:
                files.update(render_outputs(brief, chosen, template_dirs, stylesheet))
                stage.advance(len(chosen))
        write_outputs(out_dir, files)
    return BuildResult(brief=brief, written=[out_dir / name for name in files], warnings=warnings + notices)

