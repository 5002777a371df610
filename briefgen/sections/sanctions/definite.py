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


#: Nouns of a decision that holds measures ("The ruling also includes an order suspending data transfers").
DECISION_NOUNS = frozenset({"decision", "ruling", "judgment", "judgement", "verdict"})
#: How far back a source is read for who took the decision a definite "the ruling" points back to.
DECISION_LOOKBACK = 3


def held_by_decision(token: Token) -> Token | None:
    """The definite decision noun whose verb holds the measure ``token`` ("*The ruling* also includes an
    order suspending …"), or None."""
    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is not None and holder.lemma_.lower() in DECISION_NOUNS and is_definite(holder):
            return holder
        return None
    return None


def decision_owner(parties, document: Document, sentence: Sentence, token: Token) -> tuple[Token, Sentence] | None:
    """Who took the decision a measure is held in, when the decision is a definite one told before: the
    named subject of the nearest earlier sentence (of the last few) that announces or takes a decision
    ("The DPC announced its final decision Friday …"), and that sentence; None when that sentence
    names no one, or more than one."""
    if held_by_decision(token) is None:
        return None
    for back in range(1, DECISION_LOOKBACK + 1):
        if sentence.index - back < 0:
            return None
        before = document.sentences[sentence.index - back]
        takers: dict[str, Token] = {}
        for noun in before.span:
            if noun.lemma_.lower() not in DECISION_NOUNS or noun.dep_ != "dobj":
                continue
            taker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            name = parties.actor(taker, strict=True) if taker is not None and taker.pos_ != "PRON" else None
            if name:
                takers.setdefault(name, taker)
        if takers:
            return (next(iter(takers.values())), before) if len(takers) == 1 else None
    return None
