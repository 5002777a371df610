"""The imposer of a measure told as one the reader already knows: "the tariff on small packages … was
revised down to 54% from 120%", right after "The EU's move comes after the US's new tariffs on Chinese
goods …", is the United States' tariff.

Only a measure noun with the definite article and no imposer of its own takes one, and only when the
sentence just before names exactly one party as the owner (possessive or compound) of a measure of
the same kind; that sentence is cited beside its own. Anything else stays unnamed: a guess is a defect.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import Document, Sentence
from briefgen.sections.sanctions.lexicons import measure_kind


def is_definite(noun: Token) -> bool:
    """'the tariff', not 'a tariff', 'tariffs' or 'its tariff'."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ == "poss" for c in noun.children)


def owner_told_before(parties, document: Document, sentence: Sentence, measure: Token) -> tuple[Token, Sentence] | None:
    """The one named owner of a measure of ``measure``'s kind in the sentence before ``sentence``
    (``parties`` reads names off a noun phrase), and that sentence; None when there is none or more than one."""
    if not is_definite(measure) or sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    kind = measure_kind(measure.lemma_.lower())
    owners: dict[str, Token] = {}
    for noun in before.span:
        if noun.pos_ == "NOUN" and measure_kind(noun.lemma_.lower()) == kind:
            owner = parties.phrase_actor(noun)
            name = parties.actor(owner, strict=True) if owner is not None else None
            if name:
                owners.setdefault(name, owner)
    if len(owners) != 1:
        return None
    return next(iter(owners.values())), before
