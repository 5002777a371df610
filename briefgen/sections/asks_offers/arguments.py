"""Who and whom around a trigger verb when the parse does not say it outright: a gerund's subject
standing before it, who offered what a rejected relative names, where what is asked comes from,
and the maker a nationality names.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.syntax import is_passive, subject_of
from briefgen.sections.asks_offers.frame import is_actorish
from briefgen.sections.asks_offers.triggers import verb_triggers


def absolute_subject(verb: Token) -> list[Token]:
    """The subject of a gerund the parser left without one, standing right before it ("with Moscow
    and Kyiv exchanging prisoners and the U.S. and Russia agreeing to …": the U.S. and Russia)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or not is_actorish(before) or before.head == verb:
        return []
    top = before
    while top.dep_ == "conj" and top.head.pos_ == "PROPN":
        top = top.head
    return [t for t in [top, *top.conjuncts] if t.dep_ != "cc"]


def source_in(verb: Token) -> Token | None:
    """Whom an ask is of when its clause names where what is asked comes from ("seek one billion
    dlrs under a secured margin facility from Wells Fargo Bank")."""
    return next((o for t in verb.subtree if t.i > verb.i and t.dep_ == "prep" and t.lower_ == "from"
                 for o in t.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


#: Verbs of an ask made by filing with a court or authority ("filed for bankruptcy protection").
FILING_VERBS = ("file", "apply", "petition")
#: Prepositions that name where a filing is made ("in Houston", "with the court").
VENUE_PREPS = ("in", "with", "before", "at")


def venue_of(verb: Token, items: list[Token]) -> Token | None:
    """Where an ask at law or of an authority was filed, when the clause names it: the place a
    "where" clause hangs on ("the court in Houston, where Yukos had filed for …") or the object of
    "in/with/before" on the verb or on what is filed ("filed for Chapter 11 protection in Houston")."""
    if verb.lemma_.lower() not in FILING_VERBS:
        return None
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) and is_actorish(verb.head):
        return body_at(verb.head) if is_place(verb.head) else verb.head
    for token in (verb, *items):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS:
                found = next((o for o in prep.children if o.dep_ == "pobj" and is_actorish(o)), None)
                if found is not None:
                    return body_at(found) if is_place(found) else found
    return None


def body_at(place: Token) -> Token | None:
    """The body a place is named after ("the US bankruptcy court in Houston, Texas, where Yukos had
    filed …": the court, however the parser hung "in Houston"), else None: a place asks nothing."""
    doc = place.doc
    if place.i >= 2 and doc[place.i - 1].lower_ in ("in", "at") and doc[place.i - 2].pos_ == "NOUN" \
            and is_actorish(doc[place.i - 2]):
        return doc[place.i - 2]
    return None


def is_place(token: Token) -> bool:
    """A place named as where something was filed ("in the US", "in Houston"): no party is asked
    by that (audit #14: "filed for bankruptcy protection in the US" is of its court, not of the
    United States)."""
    return token.ent_type_ in ("GPE", "LOC", "FAC")


def offerer_of(noun: Token) -> Token | None:
    """Who offered or proposed what a noun names, when it is the object of their offer verb
    ("Shipowners have offered a 100 per cent raise, …")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb_triggers()[0].get(verb.lemma_.lower()) != "offer" or is_passive(verb):
        return None
    return next((s for s in subject_of(verb) if is_actorish(s)), None)


def organisation_in(items: list[Token], party: list[Token]) -> Token | None:
    """The organisation what is asked belongs to, named inside it ("requested a seat on the Caesars
    World board"): whom the ask is of."""
    own = {t.i for p in party for t in p.subtree}
    found = next((t for item in items for t in item.subtree if t.pos_ == "PROPN" and t.ent_type_ == "ORG"
                  and t.i not in own and t.dep_ in ("compound", "poss", "pobj")), None)
    if found is None:
        return None
    return next((found.doc[e.end - 1] for e in found.doc.ents if e.start <= found.i < e.end), found)  # its last word


def origin(items: list[Token]) -> Token | None:
    """Whom an ask with no stated counterparty is of, when what is asked carries a nationality or
    a name of its maker ("wants North Korean artillery shells": of North Korea)."""
    for item in items:
        for mod in item.lefts:
            if mod.dep_ in ("amod", "compound", "nmod") and mod.ent_type_ in ("NORP", "GPE", "ORG"):
                return mod
    return None
