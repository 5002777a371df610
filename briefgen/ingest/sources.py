"""Reading source files: which files, in what order, as what text, and which to skip (and why).

The text returned is exactly what citation offsets index into, so it is the decoded file with
only a UTF-8 byte-order mark removed: no newline or whitespace normalisation.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest.anatomy import classify_lines, set_aside_counts
from briefgen.ingest.files import Skip, display_path, display_spec, expand_spec, read_regular_file
from briefgen.ingest.readers import Reader, ReadText, known_suffixes, reader_for
from briefgen.ingest.titles import find_title, readable_title
from briefgen.model.source import Source


def read_sources(
    spec: str, base: Path, max_file_bytes: int = 5_000_000
) -> tuple[list[tuple[Source, str]], list[str]]:
    """Read every usable source named by ``spec`` as (Source, text) pairs, plus warnings.

    ``spec`` is a folder, a file or a glob, relative to ``base`` (the config file's folder) unless
    absolute. Unusable files are skipped with a warning rather than failing the whole build; a
    build with nothing usable fails with ``SourceError`` saying what was found and why each file
    was skipped. A file holding several articles (JSON Lines) gives one source per article.
    """
    paths = expand_spec(spec, base)
    if not paths:
        raise SourceError(f"no files in {display_spec(spec, base)} (read: {', '.join(known_suffixes())})")
    pairs: list[tuple[Source, str]] = []
    warnings: list[str] = []
    skipped: list[str] = []  # 'name: why', for the error when nothing is usable
    for path in paths:
        shown = display_path(path)
        try:
            data = read_regular_file(path, max_file_bytes)
            reader = reader_of(path)
            articles = reader.read_all(data)
        except Skip as why:
            warnings.append(f"skipped {shown}: {why}")
            skipped.append(f"{path.name}: {why}")
            continue
        digest = hashlib.sha256(data).hexdigest()
        for part, read in enumerate(articles, 1):
            where = shown if len(articles) == 1 else f"{shown} (article {part})"
            warnings.extend(f"{where}: {note}" for note in read.notes)
            pairs.append((make_source(f"S{len(pairs) + 1}", shown, digest, reader, read,
                                      part if len(articles) > 1 else None), read.text))
    if not pairs:
        reasons = "; ".join(skipped[:8])
        more = f"; and {len(skipped) - 8} more" if len(skipped) > 8 else ""
        raise SourceError(f"no usable sources in {display_spec(spec, base)} ({len(paths)} skipped: "
                          f"{reasons}{more})")
    return pairs, warnings


def make_source(sid: str, shown: str, digest: str, reader: Reader, read: ReadText, part: int | None) -> Source:
    """The Source of one article as read: what its file's metadata states, its anatomy's counts, and
    where the text as read is kept when it is not the file itself."""
    return Source(
        id=sid, path=shown, part=part,
        title=readable_title(read.title, read.text),
        published=dt.date.fromisoformat(read.published) if read.published else None,
        published_found_by=read.published_found_by if read.published else None,
        sha256=digest, encoding=read.encoding, reader=reader.name,
        text_sha256=hashlib.sha256(read.text.encode("utf-8")).hexdigest(),
        text_path=None if reader.plain else f"sources/{sid}.txt",
        authors=list(read.authors), url=read.url,
        set_aside=set_aside_counts(classify_lines(read.text, find_title(read.text) or read.title)),
    )


def reader_of(path: Path | str) -> Reader:
    """The reader of a file, or Skip naming the kinds that are read."""
    reader = reader_for(path)
    if reader is None:
        raise Skip(f"no reader for {Path(path).suffix or 'files without a suffix'} "
                   f"(read: {', '.join(known_suffixes())})")
    return reader


def read_file(path: Path | str, data: bytes) -> ReadText:
    """The text of one file as its reader reads it (the build and ``briefgen check`` both use this)."""
    return reader_of(path).read(data)
