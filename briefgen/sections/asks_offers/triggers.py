"""Triggers of the asks-and-offers section: which words ask, demand, offer, pledge, refuse or
threaten, read from the section's word lists (verbs, nouns, adjectives, modals).

The categories follow CAMEO / PLOVER (see ``data/ask_triggers.txt``). Every list is general English
and a user's lexicon folder can extend it.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import lexicon_cache, load_lexicon

KINDS = ("ask", "demand", "offer", "pledge", "refusal", "threat")


def lexicon_pairs(name: str) -> list[tuple[str, str]]:
    """(left, right) of every "left = right" line of lexicon ``name``, stripped, in sorted order."""
    pairs = []
    for line in sorted(load_lexicon(name)):
        if "=" in line:
            left, right = line.split("=", 1)
            pairs.append((left.strip(), right.strip()))
    return pairs


@lexicon_cache
def kinds_of(name: str) -> dict[str, str]:
    """word -> kind of a "WORD = KIND" lexicon, unknown kinds left out."""
    return {word: kind for word, kind in lexicon_pairs(name) if kind in KINDS and word}


@lexicon_cache
def verb_triggers() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(single verb -> kind, (verb, particle) -> kind) from the ``ask_triggers`` lexicon."""
    single: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for words, kind in kinds_of("ask_triggers").items():
        parts = words.split()
        if len(parts) == 1:
            single[parts[0]] = kind
        else:
            phrasal[(parts[0], " ".join(parts[1:]))] = kind
    return single, phrasal


def verb_trigger(token: Token) -> tuple[str, Token | None] | None:
    """(kind, particle token) if ``token`` is a trigger verb, else None. A "noun" with a subject
    of its own is a misparsed verb ("The West demands that ...")."""
    if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)):
        return None
    single, phrasal = verb_triggers()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prep", "prt", "dative") and (lemma, child.lower_) in phrasal:
            return phrasal[(lemma, child.lower_)], child
    base = trigger_lemma(token)  # "hoped" lemmatised "hop": the word's own base
    return (single[base], None) if base in single else None


def trigger_lemma(token: Token) -> str:
    """The base form a trigger verb is listed under: its lemma, or the regular base of its word
    when the tagger's lemma is wrong ("hoped" lemmatised "hop")."""
    single = verb_triggers()[0]
    lemma = token.lemma_.lower()
    if lemma in single:
        return lemma
    return next((f for f in inflected_forms(token.lower_) if f in single), lemma)


def inflected_forms(word: str) -> list[str]:
    """Base forms a regular inflection may have come from ("hoped" -> "hope", "urges" -> "urge")."""
    found = []
    for ending, base in (("ed", ""), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found.append(word[: -len(ending)] + base)
    return found


def noun_trigger(token: Token) -> str | None:
    """The kind a trigger noun states ("request", "offer", "pledge"), or None."""
    if token.pos_ != "NOUN" and not (token.pos_ == "VERB" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
        return None
    nouns = kinds_of("ask_trigger_nouns")
    return nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)


def adjective_trigger(token: Token) -> str | None:
    """The kind an adjective frame states ("willing to", "prepared to"), or None: the adjective
    must govern a to-infinitive."""
    if token.pos_ not in ("ADJ", "VERB") or token.dep_ not in ("acomp", "amod", "ROOT", "xcomp", "ccomp", "conj"):
        return None
    kind = kinds_of("ask_trigger_adjectives").get(token.lower_)
    if kind is None:
        return None
    if token.pos_ == "VERB" and token.tag_ != "VBN":
        return None
    has_infinitive = any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                         and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in token.children)
    has_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    return kind if has_infinitive or (has_for and token.lower_ in ("ready", "prepared", "open")) else None


def modal_of(verb: Token) -> tuple[str, Token] | None:
    """(kind, modal token) when a verb is governed by a modal of obligation ("must", "should",
    "needs to", "has to"), else None."""
    modals = kinds_of("ask_modals")
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in modals and c.lower_ in ("must", "should", "ought"):
            return modals[c.lower_], c
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ("need", "have") and head.lemma_.lower() in modals \
            and any(a.lower_ == "to" for a in verb.children if a.dep_ == "aux"):
        return modals[head.lemma_.lower()], head
    return None


def future_aux(verb: Token) -> Token | None:
    """The future or conditional modal of a verb ("will", "would", "'ll", "shall"), or None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")),
                None)


def intent_head(verb: Token) -> Token | None:
    """The word that makes a verb an intention ("plans to appeal", "threatened to strike",
    "is going to sue"), or None."""
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in load_lexicon("ask_intent_words"):
        return head
    return None
