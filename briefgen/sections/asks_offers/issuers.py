"""Who issued a document a sentence cites as its speaker: "the statement said …" after "Petrobras
said in a statement", "the letter said …" after "X sent a letter". A document does not speak; the
one who issued it does, and the item is reported by them, not by "statement".
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import subject_of

#: Nouns of a document that speaks for whoever issued it.
DOCUMENT_NOUNS = ("statement", "letter", "communique", "communiqué", "release", "filing", "memo", "declaration")
#: How many sentences back the document's first mention is looked for.
LOOKBACK = 4


def issuer_of(token: Token, document: Document, sentence: Sentence,
              phrase: Callable[[Token], str | None]) -> str | None:
    """The actor who issued the document ``token`` names ("the statement", "the Petrobras
    statement"): its possessor or name before it, else who said, issued or sent it in the nearest
    earlier mention of the same noun in the source. None when no mention names one."""
    lemma = token.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS or not any(c.dep_ in ("det", "poss", "compound") for c in token.children):
        return None
    first = max(0, sentence.index - LOOKBACK)
    for home in reversed(document.sentences[first : sentence.index + 1]):
        for mention in reversed([t for t in home.span if t.lemma_.lower() == lemma and t.i <= token.i]):
            found = own_issuer(mention, phrase)
            if found:
                return found
    return None


def own_issuer(mention: Token, phrase: Callable[[Token], str | None]) -> str | None:
    """Who a single mention of a document says issued it: "its statement", "the Petrobras
    statement", "Petrobras said in a statement", "X issued a statement"."""
    for c in mention.children:
        if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and (name := phrase(c)):
            return name
    verb = mention.head.head if mention.dep_ == "pobj" else mention.head if mention.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    return next((n for s in subject_of(verb) if s.pos_ != "PRON" and (n := phrase(s))), None)
