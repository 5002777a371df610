"""A cache of whole briefs, so an unchanged rebuild skips parsing and extraction.

The key covers everything a brief depends on: the sources as read (ids, paths, sha256, stated dates),
the config, the spaCy pipeline, briefgen's own files (code and word lists), user lexicon folders, and
the code of every extractor that runs — so a changed or replaced extractor never gets a stale brief.
Entries live beside the parse cache and are written atomically; an unreadable entry is rebuilt.
"""
from __future__ import annotations

import hashlib
import inspect
import json
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from briefgen import __version__
from briefgen.model.brief import Brief

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the briefgen package
# Config fields used only after the brief exists (rendering and writing): not part of the brief's key.
RENDER_ONLY_FIELDS = {"out", "formats", "templates", "stylesheet", "cache_dir"}


@cache
def package_fingerprint() -> str:
    """sha256 over briefgen's own code and data files (found once per process)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".j2", ".css"}:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_fingerprint(names: list[str]) -> str:
    """The code of the sections that will run: a replaced or patched ``extract``, or a changed
    extractor module, changes it."""
    import importlib.util

    from briefgen.sections.registry import get_section

    digest = hashlib.sha256()
    for name in names:
        cls = get_section(name)
        extract = cls.extract
        code = getattr(extract, "__code__", None)
        digest.update(f"{name}:{extract.__module__}.{extract.__qualname__}:{cls.extractor}".encode())
        if code is not None:
            _hash_code(digest, code)
        files = [inspect.getsourcefile(cls)]  # a third-party section's helpers live there too
        if cls.extractor:
            spec = importlib.util.find_spec(cls.extractor.partition(":")[0])
            files.append(spec.origin if spec else None)
        for source_file in files:
            if source_file and Path(source_file).is_file():
                digest.update(Path(source_file).read_bytes())
    return digest.hexdigest()


def _hash_code(digest, code) -> None:
    """Bytecode and constants, nested functions included (their repr would hold memory addresses)."""
    digest.update(code.co_code)
    digest.update(repr(code.co_names).encode())
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            _hash_code(digest, const)
        elif isinstance(const, frozenset):
            digest.update(repr(sorted(map(repr, const))).encode())  # set order varies with the hash seed
        else:
            digest.update(repr(const).encode())


def brief_key(parts: dict) -> str:
    """The cache key of one build's brief (``parts`` must be JSON-serialisable)."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class BriefCache:
    """Whole briefs as JSON files named by their key."""

    def __init__(self, root: Path):
        self.root = root / "briefs"

    def _path(self, key: str) -> Path:
        return self.root / f"{key}.json"

    def load(self, key: str) -> Brief | None:
        """The cached brief, or None when absent or unreadable."""
        path = self._path(key)
        try:
            return Brief.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, ValidationError):
            return None

    def store(self, key: str, brief: Brief) -> None:
        """Save a brief; a cache that cannot be written is not an error (the build is done)."""
        from briefgen.write import write_atomic

        try:
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(key), brief.to_json().encode("utf-8"))
        except OSError:
            pass


def build_key(config, sources: list, order: list[str], read_warnings: list[str]) -> str:
    """What a brief depends on: sources as read (and what was skipped), config, pipeline, briefgen's
    files and the sections that run."""
    from briefgen.cache.parses import model_fingerprint
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
