"""Collective parties and descriptions of the asks-and-offers section: the head nouns a phrase
needs to stand for a party it does not name ("the strikers", "member states", "the company").
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import lexicon_cache, load_lexicon
from briefgen.nlp.syntax import SUBJECTS, phrase_run, run_text, subtree_without
from briefgen.sections.asks_offers.triggers import lexicon_pairs


@lexicon_cache
def description_kinds() -> dict[str, str]:
    """Description noun -> the kind of actor it can stand for, from ``ask_description_nouns``."""
    return dict(lexicon_pairs("ask_description_nouns"))


def collective(token: Token) -> str | None:
    """A collective party written as the explicit subject and naming no one actor ("the West",
    "six world powers", "the strikers", "shipowners"): its words, or None. Its head must be a
    collective noun of ``ask_collective_nouns``; a possessive pronoun ("its allies") leaves it to
    a pronoun's question, and a singular common noun without a name ("the company") is a
    description, not a collective (see ``Resolver.description``)."""
    if token.pos_ == "PRON" or token.dep_ not in SUBJECTS + ("conj", "pobj", "poss", "compound", "dobj", "dative", "appos"):
        return None
    nouns = load_lexicon("ask_collective_nouns")
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and token.text.islower() and lemma.endswith("s") and lemma[:-1] in nouns:
        lemma = lemma[:-1]  # "member states" mistagged a proper noun keeps its lemma "states"
    if lemma not in nouns and token.lower_ not in nouns:
        return None
    run = phrase_run(subtree_without(token, {"appos", "relcl", "acl", "punct", "conj", "cc", "prep"}), token)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and run:  # "Ukraine's partners": the owner names whose they are
        run = [t for t in token.doc[owner.left_edge.i : run[-1].i + 1]]
    if not run or any(t.pos_ == "PRON" for t in run) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return None
    named = any(t.text[:1].isupper() or t.pos_ in ("NUM", "PROPN") or t.dep_ in ("compound", "amod", "poss")
                for t in run if t != token)
    if token.tag_ not in ("NNS", "NNPS") and not named:
        return None
    if lemma in load_lexicon("ask_vague_collectives") and not any(
            t.pos_ not in ("NUM", "DET") and (t.text[:1].isupper() or t.dep_ in ("compound", "amod", "poss"))
            for t in run if t != token):
        return None  # "countries", "the two leaders", "officials": no one a reader could name
    if token.tag_ not in ("NNS", "NNPS") and token.lemma_.lower() in description_kinds() and any(
            t.ent_type_ in ("NORP", "GPE") or (t.text[:1].isupper() and t.dep_ == "amod") for t in run if t != token):
        return None  # "the Russian oil firm": one actor described, resolved as a description or dropped
    text = run_text(run)
    return text[0].lower() + text[1:] if run[0].dep_ == "det" else text


def as_written(token: Token) -> str | None:
    """A body the ask is addressed to, as the sentence writes it ("the Houston court", "the
    board"), when its head is a collective noun: who is asked, even when the index cannot say
    which actor it is. Never for a party: a party must resolve (``collective``, ``Resolver``)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in load_lexicon("ask_collective_nouns"):
        return None
    run = phrase_run(subtree_without(token, {"appos", "relcl", "acl", "punct", "conj", "cc", "prep"}), token)
    if not run or any(t.pos_ == "PRON" or t.tag_ == "PRP$" for t in run):
        return None  # "its board": whose, a pronoun's question
    text = run_text(run)
    return text[0].lower() + text[1:] if run[0].dep_ == "det" else text


def is_named_collective(token: Token) -> bool:
    """A collective named by whose it is ("Ukraine's partners", "European allies")."""
    return any(c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))
               for c in token.children)


def named_entity(token: Token) -> str | None:
    """The name an entity token is part of, as written, for a counterparty the actor index does
    not hold ("agreed to buy Piedmont"): a name in the text, never a guess."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", "PERSON", "GPE"):
        return None
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), None)


def audience(token: Token) -> str | None:
    """The public an ask is addressed to, as written ("the public", "people"), or None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in load_lexicon("ask_audience_nouns"):
        return None
    run = phrase_run(subtree_without(token, {"relcl", "acl", "appos", "conj", "cc", "prep", "punct"}), token)
    return run_text(run) or None
