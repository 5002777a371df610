"""Plain text and Markdown: the file itself, decoded, is the source text (nothing else changed)."""
from __future__ import annotations

import re

from briefgen.ingest.decode import decode_noted
from briefgen.ingest.readers import Reader, ReadText
from briefgen.ingest.titles import find_title

#: A tag of the common block and inline elements as a page writes it.
TAG = re.compile(r"</?(?:p|div|br|a|span|img|i|em|strong|b|iframe|blockquote|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)
MIN_TAGS = 3  # fewer is a text that mentions markup ("the <b> tag"), not markup


class TextReader(Reader):
    """``.txt`` and ``.md`` articles: UTF-8 (BOM removed) or a noted legacy encoding. A text holding
    HTML markup is read as it is (citations index into the file) with a note to save it as a page."""

    name = "text"
    suffixes = (".txt", ".md")
    plain = True

    def read(self, data: bytes) -> ReadText:
        text, encoding, note = decode_noted(data)
        notes = [f"not valid UTF-8; read as {encoding}"] if encoding in ("cp1252", "latin-1") else []
        if note:
            notes.append(note)
        tags = len(TAG.findall(text))
        if tags >= MIN_TAGS:  # a scraped post body saved as text: read as written (a text file is cited as it is)
            notes.append(f"holds HTML markup ({tags} tags), read as plain text; save it as .html to read it as a page")
        return ReadText(text=text, encoding=encoding, title=find_title(text), notes=tuple(notes))
