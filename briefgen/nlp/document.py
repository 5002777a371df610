"""A parsed source and its sentences: spans of the text exactly as read, so citations can be checked."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefgen.ingest.anatomy import BODY, Line, kind_at, sentence_kind
from briefgen.model.citations import Citation
from briefgen.model.source import Source


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
    # The anatomy of the text: each non-blank line's span and kind (ingest.anatomy).
    lines: list[Line] = field(default_factory=list)
    # Sentences by the index of their first token, built on first use by sentence_of.
    _by_start: dict[int, Sentence] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    _parts: dict[int, str] | None = field(default=None, repr=False, compare=False)  # part_of, per sentence
    _story: list[Sentence] | None = field(default=None, repr=False, compare=False)  # sections.story_sentences

    def cite(self, sentence: Sentence) -> Citation:
        """A citation quoting the whole sentence exactly."""
        return Citation(
            source=self.source.id,
            sentence=sentence.index,
            start=sentence.start,
            end=sentence.end,
            quote=self.text[sentence.start : sentence.end],
        )

    def part_of(self, sentence: Sentence) -> str:
        """What a sentence is part of: its line's kind, or for a body line the sentence's own kind
        (a caption or credit caught inside a long line)."""
        if self._parts is None:
            self._parts = {}
        part = self._parts.get(sentence.index)
        if part is None:
            if self._starts is None:
                self._starts = [line.start for line in self.lines]
            part = kind_at(self.lines, self._starts, sentence.start)
            part = self._parts[sentence.index] = sentence_kind(sentence.text) if part == BODY else part
        return part

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


#: A blank line, or a line break before an indented line, ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+")


def paragraph_start(document: Document, sentence: Sentence) -> int:
    """Offset where the sentence's paragraph begins."""
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(document.text, 0, sentence.start)]
    return starts[-1] if starts else 0
