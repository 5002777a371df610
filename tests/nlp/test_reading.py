"""The reading text is the source's length: offsets into it are offsets into the source."""
from __future__ import annotations

import pytest
from support import SHARED

from briefgen.nlp.reading import reading_text

DEV = SHARED / "eval" / "dev"


def test_entities_links_and_urls_read_as_text_in_the_same_length():
    source = ("GENCORP &lt;GY> said it's needed for [energy production](https://www.cnbc.com/x) "
              "![logo](https://x.io/a.png) see www.example.com AT&amp;T")
    read = reading_text(source)
    assert len(read) == len(source)
    assert " ".join(read.split()) == "GENCORP said it's needed for energy production see AT &T"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_a_wire_reads_as_paragraphs_with_citations_still_exact(nlp):
    from briefgen.model.source import Source
    from briefgen.nlp.annotate import annotate

    text = (DEV / "gencorp-takeover-bid-1987/01_reuters.txt").read_text(encoding="utf-8")
    (document,) = annotate([(Source(id="S1", path="x.txt", sha256="0"), text)])
    first = next(s for s in document.sentences if "tender offer" in s.text)
    assert first.text.startswith("NEW YORK, March 18 -") and first.text.endswith("for 100 dlrs a share.")
    citation = document.cite(first)
    assert text[citation.start:citation.end] == citation.quote and "\n" in citation.quote  # the source's own lines
    assert "Lear Siegler Inc" in " ".join(document.doc.text.split()) and "&lt;" not in document.doc.text
