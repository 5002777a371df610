"""The parse cache: one spaCy ``DocBin`` file per parsed text, so unchanged sources are not re-parsed.

An entry is keyed by everything that decides what the parse looks like: the text's sha256, the
pipeline's name and version, its components, the spaCy version and briefgen's own sentence rule
version (:data:`briefgen.nlp.SENTENCE_RULE_VERSION`). The pipeline part of the key names a folder
(``<cache>/docs/<pipeline key>/``) and the text's sha256 names the file in it, so a new model or rule
simply starts a new folder and old entries are never read.

Writes go to a temporary file in the same folder and are moved into place with ``os.replace``, so
two builds at once never see a half-written entry. An entry that cannot be read, or whose text is
not the text asked for, is ignored (the build warns once) and replaced by a fresh parse.

Where the cache lives, first match wins: ``--no-cache`` (none), ``--cache-dir DIR``, the
``BRIEFGEN_CACHE_DIR`` environment variable, ``cache_dir`` in the config, the user's cache folder
(``platformdirs.user_cache_dir("briefgen")``).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from briefgen.write import write_atomic

ENV_VAR = "BRIEFGEN_CACHE_DIR"
# Bump when the layout of an entry changes.
CACHE_FORMAT = 1
SUFFIX = ".spacy"


def default_cache_dir() -> Path:
    """The user's cache folder for briefgen (e.g. ``~/.cache/briefgen`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefgen"))


def resolve_cache_dir(flag: str | Path | None = None, config_value: str | Path | None = None,
                      enabled: bool = True) -> Path | None:
    """The cache folder to use (``None`` when caching is off): flag, then env, then config, then default."""
    if not enabled:
        return None
    for value in (flag, os.environ.get(ENV_VAR) or None, config_value):
        if value:
            return Path(value).expanduser()
    return default_cache_dir()


def text_key(text: str) -> str:
    """The sha256 of a text as UTF-8, the file name of its entry."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pipeline_key(fingerprint: dict) -> str:
    """A short stable hash of a pipeline fingerprint (model, version, components, rule versions)."""
    blob = json.dumps({"format": CACHE_FORMAT, **fingerprint}, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:20]


class ParseCache:
    """Parsed documents on disk for one pipeline, read and written as spaCy ``DocBin`` files."""

    def __init__(self, root: Path, fingerprint: dict):
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.folder = self.root / "docs" / pipeline_key(fingerprint)
        self.problems: list[str] = []
        self.hits = 0
        self.misses = 0
        self._writable = True

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def load(self, text: str, vocab):
        """The cached ``Doc`` of ``text``, or ``None`` if there is no usable entry."""
        from spacy.tokens import DocBin

        key = text_key(text)
        path = self._path(key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            self.misses += 1
            return None
        except OSError as exc:
            self._problem(f"cannot read parse cache entry {path} ({exc}); parsing again")
            self.misses += 1
            return None
        try:
            docs = list(DocBin(store_user_data=False).from_bytes(data).get_docs(vocab))
            if len(docs) != 1 or docs[0].text != text:
                raise ValueError("entry does not hold this text")
        except Exception as exc:  # noqa: BLE001 - any unreadable entry is simply rebuilt
            self._problem(f"ignored a corrupt parse cache entry {path} ({type(exc).__name__}); parsing again")
            self.misses += 1
            return None
        self.hits += 1
        return docs[0]

    def store(self, text: str, doc) -> None:
        """Save the parse of ``text`` atomically; a cache that cannot be written is skipped with a warning."""
        from spacy.tokens import DocBin

        if not self._writable:
            return
        path = self._path(text_key(text))
        data = DocBin(store_user_data=False, docs=[doc]).to_bytes()
        try:
            write_atomic(path, data)
        except OSError as exc:
            self._writable = False
            self._problem(f"parse cache {self.root} is not writable ({exc}); continuing without it")

    def _problem(self, message: str) -> None:
        if len(self.problems) < 5:
            self.problems.append(message)
        elif len(self.problems) == 5:
            self.problems.append("further parse cache problems not shown")


def model_fingerprint(model: str) -> str:
    """The spaCy version and the pipeline's meta.json, read without loading spaCy (for the brief cache)."""
    import importlib.metadata
    import importlib.util

    parts = [model]
    try:
        parts.append(importlib.metadata.version("spacy"))
    except importlib.metadata.PackageNotFoundError:
        pass
    root = Path(model) if Path(model).is_dir() else None
    if root is None and model.isidentifier():
        spec = importlib.util.find_spec(model)
        root = Path(spec.origin).parent if spec is not None and spec.origin else None
    for meta in sorted(root.rglob("meta.json")) if root is not None else ():
        parts.append(meta.read_text(encoding="utf-8", errors="replace"))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
