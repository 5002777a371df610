"""Items of the asks-and-offers section: what is asked for, offered or refused, as noun phrases or
clauses, and the core words that identify one item across sources.

Measure nouns ("quantities of munitions") come from the ``ask_measure_nouns`` lexicon; the other
half of a deal ("in return for ...") is recognised through the ``ask_cues`` lexicon. Actor names are
only recognised through the ``resolve`` callable the extractor passes in.
"""
from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import (
    child,
    conjuncts,
    phrase_run,
    prep_objects,
    run_text,
    subtree_without,
)
from briefgen.sections.asks_offers.triggers import trigger_kind

Resolve = Callable[[str], "str | None"]
CORE_MODIFIERS = {"compound", "amod", "nummod", "nmod", "neg", "quantmod"}


def noun_items(token: Token, resolve: Resolve | None = None, strip_recipient: bool = False,
               depth: int = 0) -> tuple[list[tuple[str, Token]], Token | None]:
    """Noun phrases of an object, one per conjunct, trimmed of determiners and relative clauses.

    A measure noun ("quantities of munitions") gives the noun after "of". With ``strip_recipient``
    a leading name that resolves to an actor ("send Russia artillery shells", misparsed as a
    compound) is taken off the item and returned as the recipient.
    """
    items: list[tuple[str, Token]] = []
    recipient = None
    measures = load_lexicon("ask_measure_nouns")
    bare_measures: list[tuple[str, Token]] = []
    for noun in conjuncts(token):
        if noun.pos_ == "PRON" or noun.dep_ == "cc":
            continue
        of_obj = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
        if noun.lower_ in measures or noun.lemma_.lower() in measures:
            if of_obj is not None and depth < 3:
                sub, rec = noun_items(of_obj, resolve, strip_recipient, depth + 1)
                items.extend(sub)
                recipient = recipient or rec
            else:
                bare_measures.append((run_text(phrase_run(subtree_without(noun, {"conj", "cc", "relcl", "punct"}), noun)), noun))
            continue
        drop = {"conj", "cc", "relcl", "acl", "appos", "punct"}
        tokens = subtree_without(noun, drop)
        for c in noun.children:  # "the capability to build X", "reports that X happened"
            if c.dep_ == "acl" and c.i > noun.i and any(
                    g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children):
                tokens += list(c.subtree)
        tokens = [t for t in tokens if not _in_cue(t, noun)]
        run = phrase_run(tokens, noun)
        if strip_recipient and resolve is not None and run and run[0] != noun:
            names = [t for t in run if t.dep_ == "compound" and t.pos_ == "PROPN" and t.head == noun]
            if names and names[0] == run[0]:
                name = run_text(names)
                if resolve(name):
                    recipient = names[-1]
                    run = [t for t in run if t.i > names[-1].i]
        if run:
            items.append((run_text(run), noun))
        for c in noun.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                sub, _ = noun_items(c, resolve, False, depth + 1)
                items.extend(sub)
    if not items:
        items = bare_measures
    return items, recipient


def _in_cue(token: Token, top: Token) -> bool:
    """Inside an "in return for" / "in exchange for" phrase below ``top`` (the other half of a deal)."""
    cues = load_lexicon("ask_cues")
    for prep in top.subtree:
        if prep.dep_ == "prep" and prep.head != prep and prep != top:
            words = " ".join(t.lower_ for t in prep.doc[prep.i : prep.i + 2])
            if words in cues and token in prep.subtree:
                return True
    return False


def verb_items(verb: Token) -> list[tuple[str, Token]]:
    """The verb phrases of a clause ("cease its arms negotiations with Russia"), one per conjunct."""
    items = []
    for v in conjuncts(verb):
        if v.pos_ not in ("VERB", "AUX") or (v != verb and trigger_kind(v)):
            continue
        tokens = subtree_without(v, {"conj", "cc", "nsubj", "nsubjpass", "mark", "relcl", "punct"})
        tokens = [t for t in tokens if not (t.dep_ == "aux" and t.head == v and t.lower_ == "to")]
        run = phrase_run(tokens, v)
        if run:
            items.append((run_text(run), v))
    return items


def given_items(verb: Token, resolve: Resolve) -> tuple[list[tuple[str, Token]], Token | None]:
    """What an embedded give-verb hands over: "send Y X", "provide Y with X", "sell X to Y"."""
    preps = prep_objects(verb)
    obj = child(verb, "dobj")
    if "with" in preps:
        return noun_items(preps["with"], resolve)[0], obj
    if obj is not None:
        return noun_items(obj, resolve, strip_recipient=True)
    return [], None


def _core_noun(token: Token, depth: int = 0) -> list[Token]:
    out = [token]
    if depth > 4:
        return out
    for c in token.children:
        if c.dep_ in CORE_MODIFIERS:
            out += _core_noun(c, depth + 1)
        elif c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                out += [c] + _core_noun(objs[0], depth + 1)
    return out


def item_core(text: str, token: Token) -> tuple[frozenset[str], str]:
    """The content that identifies an item across sources, and the words that say only that:
    a noun with its compounds, adjectives, numbers and "of" phrase ("release of prisoners"); a
    clause's subject, negation, verb, particle and object ("sanctions lifted"). Determiners,
    possessives, adverbials and other phrases are left out, so the core is true wherever the item is."""
    sent = token.sent  # search the sentence's own text: doc.text rebuilds the whole document
    found = sent.text.find(text)
    start = sent.start_char + found if found >= 0 else -1
    if start < 0:
        start, end = token.sent.start_char, token.sent.end_char
    else:
        end = start + len(text)
    if token.pos_ in ("VERB", "AUX"):
        tokens = [token]
        for c in token.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"):
                tokens += _core_noun(c)
            elif c.dep_ in ("neg", "prt", "acomp"):
                tokens.append(c)
    else:
        tokens = _core_noun(token)
    tokens = sorted({t.i: t for t in tokens if start <= t.idx < end and not t.is_punct}.values(), key=lambda t: t.i)
    key = frozenset(t.lemma_.lower() for t in tokens)
    words = "".join(t.text + (t.whitespace_ if nxt.i == t.i + 1 else " ")
                    for t, nxt in pairwise(tokens)) + (tokens[-1].text if tokens else "")
    return key, words.strip()
