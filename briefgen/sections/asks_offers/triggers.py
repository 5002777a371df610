"""Trigger verbs of the asks-and-offers section: which words ask, demand, offer, pledge or refuse,
read from the ``ask_triggers`` lexicon, and the verb form as the text gives it.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import lexicon_cache, load_lexicon

KINDS = ("ask", "demand", "offer", "pledge", "refusal")


def lexicon_pairs(name: str) -> list[tuple[str, str]]:
    """(left, right) of every "left = right" line of lexicon ``name``, stripped, in sorted order."""
    pairs = []
    for line in sorted(load_lexicon(name)):
        if "=" in line:
            left, right = line.split("=", 1)
            pairs.append((left.strip(), right.strip()))
    return pairs


@lexicon_cache
def triggers() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(single verb -> kind, (verb, particle) -> kind) from the ``ask_triggers`` lexicon."""
    single: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for words, kind in lexicon_pairs("ask_triggers"):
        if kind not in KINDS or not words:
            continue
        parts = words.split()
        if len(parts) == 1:
            single[parts[0]] = kind
        else:
            phrasal[(parts[0], " ".join(parts[1:]))] = kind
    return single, phrasal


def trigger_kind(token: Token) -> tuple[str, Token | None] | None:
    """(kind, particle token) if ``token`` is a trigger verb, else None."""
    if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)):
        return None  # a "noun" with a subject is a misparsed verb ("The West demands that ...")
    single, phrasal = triggers()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prep", "prt", "dative") and (lemma, child.lower_) in phrasal:
            return phrasal[(lemma, child.lower_)], child
    if lemma in single:
        return single[lemma], None
    return None


def status_of(verb: Token) -> str:
    """The verb form as the text gives it: auxiliaries and the verb, with a governing verb it
    depends on ("is trying to persuade", "is said to be seeking", "would receive")."""
    first = verb
    token = verb
    for _ in range(3):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
        if auxes:
            first = min([first, *auxes], key=lambda t: t.i)
        if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and trigger_kind(token.head) is None \
                and token.head.i < token.i:
            token = token.head
            first = min(first, token, key=lambda t: t.i)
            continue
        break
    if verb.i - first.i > 7:
        first = verb
    return verb.doc[first.i : verb.i + 1].text
