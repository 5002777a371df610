"""Word documents (``.docx``): the body's paragraphs, joined by a blank line, read with python-docx
(the ``docx`` extra, imported only when a document is read).

Running headers and footers, tables, text boxes and comments are not part of the body and are left
out; a line break inside a paragraph starts a new paragraph, as on the page.
"""
from __future__ import annotations

import io

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import Reader, ReadText
from briefgen.ingest.readers.extras import import_extra, needs_extra
from briefgen.ingest.titles import find_title, is_real_title

NEEDS_EXTRA = needs_extra("docx")
TITLE_STYLES = ("title",)


def open_document(data: bytes):
    """A python-docx document of ``data``; Skip when it is not a readable ``.docx`` file."""
    docx = import_extra("docx", "docx")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # not a zip, not a Word package, a damaged part
        raise Skip(f"not a readable Word document ({type(error).__name__}: {error})") from error


def document_paragraphs(document) -> list[tuple[str, str]]:
    """(style name, text) of each non-blank body paragraph, whitespace normalised, in order."""
    found = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        for line in paragraph.text.split("\n"):
            text = " ".join(line.split())
            if text:
                found.append((style, text))
    return found


class DocxReader(Reader):
    """Word documents: the body text, the document's own title."""

    name = "docx"
    suffixes = (".docx",)

    def read(self, data: bytes) -> ReadText:
        document = open_document(data)
        try:
            paragraphs = document_paragraphs(document)
            stored_title = document.core_properties.title
            tables = len(document.tables)
        except Exception as error:  # a damaged part
            raise Skip(f"not a readable Word document ({type(error).__name__}: {error})") from error
        if not paragraphs:
            raise Skip("no text in the document body")
        text = "\n\n".join(text for _, text in paragraphs)
        styled = next((t for style, t in paragraphs if style.lower() in TITLE_STYLES), None)
        title = " ".join(stored_title.split()) if is_real_title(stored_title) else styled or find_title(text)
        notes = (f"{tables} table(s) not read",) if tables else ()
        return ReadText(text=text, title=title, notes=notes)
