"""Readers, one per input kind, chosen by file suffix (pelican ``readers.py``).

A reader turns a file's bytes into the text citations index into, plus what the file states about
itself (title). Built-ins are listed once below and registered exactly as a third-party reader is,
through the entry-point group ``briefgen.readers``; two readers claiming one suffix are refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import ClassVar

from briefgen.plugins import discover

ENTRY_POINT_GROUP = "briefgen.readers"
BUILTIN_READERS = (
    "briefgen.ingest.readers.text:TextReader",
    "briefgen.ingest.readers.html:HtmlReader",
    "briefgen.ingest.readers.newsplease:NewsPleaseReader",
    "briefgen.ingest.readers.pdf:PdfReader",
    "briefgen.ingest.readers.docx:DocxReader",
    "briefgen.ingest.readers.email:EmailReader",
)


@dataclass(frozen=True)
class ReadText:
    """What a reader read: the text as read (citation offsets index into it), its encoding, what
    the file's metadata states about it (title, publication date and how it was found, authors,
    address), and notes for the user (replaced bytes, legacy encodings)."""

    text: str
    encoding: str = "utf-8"
    title: str | None = None
    notes: tuple[str, ...] = field(default=())
    published: str | None = None  # ISO date the file's metadata states
    published_found_by: str | None = None
    authors: tuple[str, ...] = field(default=())
    url: str | None = None

    @classmethod
    def from_metadata(cls, text: str, metadata: dict, found_by: str, **fields) -> ReadText:
        """A text and the ``title``/``published``/``authors``/``url`` a reader's metadata gives."""
        published = metadata.get("published")
        return cls(text=text, title=metadata.get("title"), published=published,
                   published_found_by=found_by if published else None,
                   authors=tuple(metadata.get("authors") or ()), url=metadata.get("url"), **fields)


class Reader:
    """Base of every reader: ``name``, the ``suffixes`` it reads (lower case, with the dot), and
    ``read``, which raises :class:`briefgen.ingest.files.Skip` for a file it cannot use."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]

    #: True when the text read is the file itself (decoded): no copy is written beside the brief.
    plain: ClassVar[bool] = False

    def read(self, data: bytes) -> ReadText:
        raise NotImplementedError

    def read_all(self, data: bytes) -> list[ReadText]:
        """Every article the file holds (one, unless the kind holds several, as JSON Lines do)."""
        return [self.read(data)]


@cache
def readers() -> dict[str, Reader]:
    """Suffix -> reader, built-ins first; a suffix claimed twice is refused."""
    by_suffix: dict[str, Reader] = {}
    for origin, cls in discover(ENTRY_POINT_GROUP, BUILTIN_READERS):
        reader = cls()
        for suffix in reader.suffixes:
            if suffix in by_suffix:
                raise ValueError(f"reader {reader.name} from {origin} claims {suffix}, "
                                 f"already read by {by_suffix[suffix].name}")
            by_suffix[suffix.lower()] = reader
    return by_suffix


def reader_for(path: Path | str) -> Reader | None:
    """The reader of a file, by its suffix; None for a kind no reader reads."""
    return readers().get(Path(path).suffix.lower())


def known_suffixes() -> list[str]:
    """Every suffix some reader reads, sorted."""
    return sorted(readers())
