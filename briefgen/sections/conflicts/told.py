"""What each sentence of the sources names, read once: the denial rule compares every denial with
every story sentence of the other sources, so their actors, lemmas and story sentences are kept."""
from __future__ import annotations

from briefgen.sections.story import story_sentences


def actors_in(span, index) -> list[str]:
    """The actors a span names, by the brief's actor index."""
    return index.named_in(span) if index else []


class SentenceActors:
    """The actors named in each sentence, found once per sentence: every denial is compared with
    every sentence of the other sources."""

    def __init__(self, index):
        self.index = index
        self.known: dict[tuple[str, int], set[str]] = {}

    def __call__(self, document, sentence) -> set[str]:
        key = (document.source.id, sentence.index)
        if key not in self.known:
            self.known[key] = set(actors_in(sentence.span, self.index))
        return self.known[key]

    def story(self, document) -> list:
        """The document's story sentences (:func:`story_sentences`), found once per document."""
        key = ("story", document.source.id)
        if key not in self.known:
            self.known[key] = story_sentences(document)
        return self.known[key]

    def lemmas(self, document, sentence) -> set[str]:
        """The sentence's word lemmas, read once."""
        key = (document.source.id, -1 - sentence.index)
        if key not in self.known:
            self.known[key] = {t.lemma_.lower() for t in sentence.span}
        return self.known[key]
