"""Reading source files: which files, in what order, as what text, and which to skip (and why).

The text returned is exactly what citation offsets index into, so it is the decoded file with
only a UTF-8 byte-order mark removed: no newline or whitespace normalisation.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest.files import Skip, display_path, display_spec, expand_spec, read_regular_file
from briefgen.ingest.readers import ReadText, known_suffixes, reader_for
from briefgen.model.source import Source


def read_sources(
    spec: str, base: Path, max_file_bytes: int = 5_000_000
) -> tuple[list[tuple[Source, str]], list[str]]:
    """Read every usable source named by ``spec`` as (Source, text) pairs, plus warnings.

    ``spec`` is a folder, a file or a glob, relative to ``base`` (the config file's folder) unless
    absolute. Unusable files are skipped with a warning rather than failing the whole build; a
    build with nothing usable fails with ``SourceError``.
    """
    paths = expand_spec(spec, base)
    if not paths:
        raise SourceError(f"no .txt or .md files in {display_spec(spec, base)}")
    pairs: list[tuple[Source, str]] = []
    warnings: list[str] = []
    for path in paths:
        shown = display_path(path)
        try:
            data = read_regular_file(path, max_file_bytes)
            read = read_file(path, data)
        except Skip as why:
            warnings.append(f"skipped {shown}: {why}")
            continue
        warnings.extend(f"{shown}: {note}" for note in read.notes)
        source = Source(
            id=f"S{len(pairs) + 1}",
            path=shown,
            title=read.title,
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=read.encoding,
        )
        pairs.append((source, read.text))
    if not pairs:
        raise SourceError(f"no usable sources in {display_spec(spec, base)} ({len(paths)} skipped)")
    return pairs, warnings


def read_file(path: Path | str, data: bytes) -> ReadText:
    """The text of one file as its reader reads it (the build and ``briefgen check`` both use this)."""
    reader = reader_for(path)
    if reader is None:
        raise Skip(f"no reader for {Path(path).suffix or 'files without a suffix'} "
                   f"(read: {', '.join(known_suffixes())})")
    return reader.read(data)
