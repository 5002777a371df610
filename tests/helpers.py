"""Small builders for extractor tests: parse short texts into documents and run extractors."""
from __future__ import annotations

import datetime as dt
import hashlib

from briefgen.extract import Context, get_extractor
from briefgen.model.source import Source
from briefgen.nlp.document import Document, split_sentences


def make_documents(nlp, texts: list[str], published: list[dt.date | None] | None = None) -> list[Document]:
    """Documents S1..Sn from plain texts, parsed with the given pipeline."""
    documents = []
    for i, text in enumerate(texts):
        source = Source(
            id=f"S{i + 1}",
            path=f"test/{i:03d}.txt",
            published=published[i] if published else None,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        doc = nlp(text)
        documents.append(Document(source=source, text=text, doc=doc, sentences=split_sentences(doc)))
    return documents


def run_sections(documents, *names: str, options: dict | None = None) -> Context:
    """Run the named extractors in order on one context; results are in ``context.results``."""
    context = Context(documents=documents)
    for name in names:
        context.options = (options or {}).get(name, {})
        context.results[name] = get_extractor(name).extract(context)
    return context
