"""Who speaks and who is spoken for around an ask or offer: a spokesperson whose own description
names the party ("Christine Grahn, TikTok's Head of Public Policy"), and a condition that only
repeats the party's act for someone else ("if the IAAF does not").
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import Document, Sentence
from briefgen.sections.asks_offers.resolve import Resolver
from briefgen.sections.asks_offers.speakers import body_described


def spokesperson_of(speaker: Token, document: Document, sentence: Sentence, resolver: Resolver) -> str | None:
    """The body a speaker's own description says they speak for ("Christine Grahn, TikTok's Head
    of Public Policy", "a TikTok spokesman", "an attorney for Pennzoil")."""
    return body_described(speaker, lambda token: resolver.actor(token, document, sentence))


def elliptical(clause: Token) -> bool:
    """A condition whose verb is only an auxiliary standing for the party's own act ("he will
    appeal against the decision if the IAAF does not"): its subject does the same, no one is asked."""
    return clause.lemma_.lower() in ("do", "be", "have", "will", "would", "can", "could") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "prep", "oprd") for c in clause.children)
