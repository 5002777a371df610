"""Parse every source with one pipeline: cached parses first, the rest in one ``nlp.pipe`` call."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.tokens import Doc

from briefgen.ingest.anatomy import classify_lines
from briefgen.ingest.titles import find_title
from briefgen.model.source import Source
from briefgen.nlp.document import Document, split_sentences
from briefgen.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_plan, pipeline_fingerprint
from briefgen.nlp.reading import reading_text


def annotate(
    sources: list[tuple[Source, str]],
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    *,
    cache_dir: Path | None = None,
    jobs: int = 1,
    advance: Callable[[], None] | None = None,
    warnings: list[str] | None = None,
) -> list[Document]:
    """Parse every source text with one pipeline: cached parses are loaded from ``cache_dir`` (when
    given), the rest go through one ``nlp.pipe`` call, in up to ``jobs`` processes when that pays
    (:func:`parse_plan`), and are saved to the cache. ``advance`` is called once per document;
    cache problems are appended to ``warnings``. The result does not depend on cache or jobs."""
    nlp = load_pipeline(model)
    texts = [reading_text(text) for _, text in sources]  # what a reader reads, offsets unchanged
    docs: list[Doc | None] = [None] * len(texts)
    cache = None
    if cache_dir is not None:
        from briefgen.cache.parses import ParseCache

        cache = ParseCache(cache_dir, pipeline_fingerprint(nlp, model))
        for i, text in enumerate(texts):
            docs[i] = cache.load(text, nlp.vocab)
            if docs[i] is not None and advance:
                advance()
    todo = [i for i, doc in enumerate(docs) if doc is None]
    if todo:
        processes, batch = parse_plan([texts[i] for i in todo], jobs, batch_size)
        parsed = nlp.pipe((texts[i] for i in todo), batch_size=batch, n_process=processes)
        for i, doc in zip(todo, parsed):
            if cache is not None:
                cache.store(texts[i], doc)
            docs[i] = doc
            if advance:
                advance()
    if cache is not None and warnings is not None:
        warnings.extend(cache.problems)
    return [
        Document(source=source, text=text, doc=doc, sentences=split_sentences(doc),
                 lines=classify_lines(text, find_title(text) or source.title))
        for (source, text), doc in zip(sources, docs)
    ]
