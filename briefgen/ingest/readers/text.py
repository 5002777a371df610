"""Plain text and Markdown: the file itself, decoded, is the source text (nothing else changed)."""
from __future__ import annotations

from briefgen.ingest.decode import decode_noted
from briefgen.ingest.readers import Reader, ReadText
from briefgen.ingest.titles import find_title


class TextReader(Reader):
    """``.txt`` and ``.md`` articles: UTF-8 (BOM removed) or a noted legacy encoding."""

    name = "text"
    suffixes = (".txt", ".md")
    plain = True

    def read(self, data: bytes) -> ReadText:
        text, encoding, note = decode_noted(data)
        notes = [f"not valid UTF-8; read as {encoding}"] if encoding in ("cp1252", "latin-1") else []
        if note:
            notes.append(note)
        return ReadText(text=text, encoding=encoding, title=find_title(text), notes=tuple(notes))
