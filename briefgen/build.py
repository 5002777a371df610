"""The build: stages with one signature — ``read``, ``parse``, ``extract``, ``render``, ``write`` —
run by one plain loop (nbconvert ``Exporter._preprocess``, pelican ``run``).

Each stage takes the :class:`Build` state and adds to it. Everything is rendered in memory before
anything is written, so a failed build never leaves half-written output. An unchanged rebuild
takes the whole brief from the brief cache and skips parsing and extraction.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from briefgen.assemble import assemble
from briefgen.config.schema import Config
from briefgen.errors import BuildError, ConfigError
from briefgen.lexicons import use_lexicon_dirs
from briefgen.model.brief import Brief, Sections
from briefgen.model.source import Source
from briefgen.progress import Progress
from briefgen.sections.context import Context
from briefgen.sections.registry import extraction_order, get_section, registry
from briefgen.write import as_bytes


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
    cached: bool = False  # the brief came from the brief cache: its warnings were shown when it was built


@dataclass
class Build:
    """What the stages share: the request, then what each stage adds."""

    request: BuildRequest
    out_dir: Path
    formats: list[str]
    order: list[str]  # the sections to extract, dependencies first
    pairs: list[tuple[Source, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # part of the brief
    notices: list[str] = field(default_factory=list)  # cache problems: shown, but never part of the brief
    template_dirs: list[Path] = field(default_factory=list)
    stylesheet: str | None = None
    cache_dir: Path | None = None
    brief_cache: object | None = None
    cache_key: str = ""
    documents: list = field(default_factory=list)
    brief: Brief | None = None
    files: dict[str, str | bytes] = field(default_factory=dict)

    @property
    def config(self) -> Config:
        return self.request.config


def resolve_path(base: Path, value: str) -> Path:
    """A config path made absolute against the config's folder (absolute paths are kept)."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def read_stylesheet(path: Path) -> str:
    """The user's CSS, or a config error naming the file (missing, unreadable or not UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"stylesheet {path}: cannot be read as UTF-8 text ({exc.__class__.__name__})") from None


def lexicon_folder(path: Path) -> Path:
    """The user's lexicon folder, or a config error naming it."""
    if not path.is_dir():
        raise ConfigError(f"lexicons {path}: not a folder")
    return path


# ---------------------------------------------------------------- stages

def read(state: Build) -> None:
    """Read and date the sources; check every output path before anything is parsed or written."""
    from briefgen.dates.published import date_sources
    from briefgen.ingest.sources import read_sources
    from briefgen.paths import check_output_path, check_template_dir

    request, config = state.request, state.config
    with request.progress.stage("read") as stage:
        request.report("reading sources")
        spec = request.sources or config.sources
        source_base = Path.cwd() if request.sources else request.base
        pairs, state.warnings = read_sources(spec, source_base, config.max_file_bytes)
        sources, date_warnings = date_sources(pairs)
        state.warnings += date_warnings
        state.pairs = list(zip(sources, [text for _, text in pairs]))
        stage.note(f"{len(state.pairs)} source{'s' if len(state.pairs) != 1 else ''}")
        if config.templates:
            state.template_dirs = [check_template_dir(resolve_path(request.base, config.templates), request.config_path)]
        root = resolve_path(source_base, spec)
        while any(ch in root.name for ch in "*?[") and root != root.parent:
            root = root.parent  # a glob protects the folder it reads from
        inputs = ([root] if root.exists() else []) + [Path(s.path) for s in sources]
        check_output_path(state.out_dir, inputs, request.config_path, state.template_dirs,
                          names=[f"brief.{f}" for f in state.formats])
        if config.stylesheet:
            state.stylesheet = read_stylesheet(resolve_path(request.base, config.stylesheet))
        use_lexicon_dirs([lexicon_folder(resolve_path(request.base, config.lexicons))] if config.lexicons else [])
    _load_cached_brief(state)


def _load_cached_brief(state: Build) -> None:
    """Take the brief from the brief cache when nothing it depends on has changed."""
    from briefgen.cache.briefs import BriefCache, build_key
    from briefgen.cache.parses import resolve_cache_dir

    request, config = state.request, state.config
    config_cache = resolve_path(request.base, config.cache_dir) if config.cache_dir else None
    state.cache_dir = resolve_cache_dir(request.cache_dir, config_cache, request.cache)
    if state.cache_dir is None:
        return
    state.brief_cache = BriefCache(state.cache_dir)
    state.cache_key = build_key(config, [s for s, _ in state.pairs], state.order, state.warnings)
    state.brief = state.brief_cache.load(state.cache_key)
    if state.brief is not None:
        request.report("unchanged sources, config and code: brief taken from the cache")
        state.warnings = list(state.brief.warnings)


def parse(state: Build) -> None:
    """Parse every source with one spaCy pipeline (parse cache, parallel when it pays)."""
    from briefgen.dates.cross_dating import estimate_windows
    from briefgen.dates.estimate import estimate_dates
    from briefgen.nlp.annotate import annotate
    from briefgen.nlp.pipeline import default_jobs

    request, config = state.request, state.config
    with request.progress.stage("parse", total=len(state.pairs)) as stage:
        if state.brief is not None:
            stage.note("unchanged, from the brief cache")
            return
        request.report(f"parsing {len(state.pairs)} sources")
        state.documents = annotate(state.pairs, config.nlp.model, config.nlp.batch_size, cache_dir=state.cache_dir,
                                   jobs=request.jobs or default_jobs(), advance=stage.advance,
                                   warnings=state.notices)
        state.documents, estimated = estimate_dates(state.documents)
        state.documents, windows = estimate_windows(state.documents)
        state.warnings += estimated + windows


def extract(state: Build) -> None:
    """Run the section extractors, dependencies first, and assemble the brief."""
    with state.request.progress.stage("extract", total=len(state.order)) as stage:
        if state.brief is not None:
            stage.note("unchanged, from the brief cache")
            return
        state.request.report("extracting")
        sections, items = extract_sections(state.documents, state.config, state.warnings, state.order, stage.advance)
        state.brief = assemble(state.config, [d.source for d in state.documents], sections, state.warnings,
                               actors=items.get("actors"))
        if state.brief_cache is not None:
            state.brief_cache.store(state.cache_key, state.brief)


def render(state: Build) -> None:
    """Every requested format, in memory, in the configured section order."""
    from briefgen.render.outputs import render_outputs

    with state.request.progress.stage("render", total=len(state.formats)) as stage:
        state.request.report("rendering")
        # One group per step so the display moves; HTML and PDF together, as PDF is HTML plus one step;
        # JSON last, as it records the sha256 of the others.
        for group in (["md"], ["html", "pdf"], ["json"]):
            chosen = [f for f in group if f in state.formats]
            if chosen:
                digests = {name: hashlib.sha256(as_bytes(data)).hexdigest() for name, data in state.files.items()}
                state.files.update(render_outputs(state.brief, chosen, state.template_dirs, state.stylesheet,
                                                  order=list(state.config.sections), outputs=digests or None))
                stage.advance(len(chosen))
        texts = {source.id: text for source, text in state.pairs}
        for source in state.brief.sources:  # the text as read, where it is not the file itself
            if source.text_path and source.id in texts:
                state.files[source.text_path] = texts[source.id]


def write(state: Build) -> None:
    """All outputs, atomically: each is complete or as it was."""
    from briefgen.write import write_outputs

    write_outputs(state.out_dir, state.files)


STAGES = (read, parse, extract, render, write)


def build(request: BuildRequest) -> BuildResult:
    """Run the whole build described by ``request`` and write its outputs atomically."""
    config = request.config
    unknown = [name for name in config.sections if name not in registry()]
    if unknown:  # a config made in code, not read from YAML (which reports these with their line)
        raise BuildError(f"unknown sections: {', '.join(unknown)}")
    state = Build(request=request,
                  out_dir=Path(os.path.normpath(request.out or resolve_path(request.base, config.out))),
                  formats=request.formats or list(config.formats),
                  order=extraction_order(list(config.sections)))
    cached = False
    for stage in STAGES:
        if stage is parse:
            cached = state.brief is not None
        stage(state)
    return BuildResult(brief=state.brief, written=[state.out_dir / name for name in state.files],
                       warnings=state.warnings + state.notices, cached=cached)


# ---------------------------------------------------------------- extraction

def extract_sections(documents, config: Config, warnings: list[str], order: list[str],
                     advance: Callable[[], None] = lambda: None) -> tuple[Sections, dict[str, list]]:
    """Run the sections in ``order`` on one context: the configured ones as the brief's sections,
    and every section's items (those run only as a dependency too).

    A section whose requirement is missing (its provider failed) is skipped with a warning; a
    section that fails is left empty with a warning, so one failure never costs the whole brief.
    """
    context = Context(documents=documents, warnings=warnings)
    for name in order:
        spec = get_section(name)
        missing = [r for r in spec.requirements(registry()) if not context.has(r)]
        if missing:
            warnings.append(f"section {name} is left empty: {', '.join(missing)} missing")
            context.items[name] = []
        else:
            context.items[name] = _run_section(spec, getattr(config, name), context, warnings)
        advance()
    return Sections(**{name: context.items[name] for name in config.sections}), context.items


def _run_section(spec, options, context: Context, warnings: list[str]) -> list:
    """One section's items; a failure is a warning and an empty section."""
    try:
        items = spec(options).extract(context)
    except Exception as exc:  # noqa: BLE001 - one failing section must not cost the whole brief
        warnings.append(f"section {spec.name} failed and is left empty ({type(exc).__name__}: {exc}); "
                        "please report this with the sources that caused it")
        return []
    for resource in spec.provides:
        if not context.has(resource):
            warnings.append(f"section {spec.name} did not provide {resource}")
    return items
