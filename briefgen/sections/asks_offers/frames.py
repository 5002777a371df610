"""Frames of the asks-and-offers section: who asks, offers, demands, pledges or refuses what of
whom, read off one trigger verb's parse.

Nothing here knows a story's names or goods: trigger verbs come from :mod:`.asks_triggers`, items
from :mod:`.asks_items`, hedges from :mod:`.asks_hedges`, and actor names are only recognised
through the ``resolve`` callable the extractor passes in. The names those modules define are
importable from here too, as they were before the split.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from briefgen.nlp.syntax import (
    CONDITIONAL_MARKS,
    EDGE_JUNK_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    agent_of,
    child,
    conjuncts,
    is_conditional,
    is_negated,
    is_passive,
    phrase_run,
    prep_objects,
    run_text,
    subject_of,
    subtree_without,
)
from briefgen.sections.asks_offers.hedges import (
    CLAUSE_DEPS,
    HEDGE_LINKS,
    Hedge,
    hedge_label,
    hedge_of,
    hedge_words,
    speaker_run,
)
from briefgen.sections.asks_offers.items import (
    CORE_MODIFIERS,
    Resolve,
    given_items,
    item_core,
    noun_items,
    verb_items,
)
from briefgen.sections.asks_offers.triggers import KINDS, status_of, trigger_kind, triggers

__all__ = [
    "CLAUSE_DEPS", "CONDITIONAL_MARKS", "CORE_MODIFIERS", "COUNTERPARTY_PREPS", "EDGE_JUNK_DEPS", "HEDGE_LINKS",
    "ITEM_PREPS", "KINDS", "RELATIVE_PRONOUNS", "SUBJECTS", "Frame", "Hedge", "Resolve", "agent_of", "child",
    "conjuncts", "hedge_label", "hedge_of", "hedge_words", "is_conditional", "is_negated", "is_passive",
    "item_core", "noun_items", "prep_objects", "read_frame", "speaker_run", "status_of", "subject_of",
    "text_end", "trigger_kind", "triggers", "verb_items",
]

#: Prepositions whose object is the counterparty, by kind ("receive X from Y", "call on Y").
COUNTERPARTY_PREPS = {
    "ask": ("from", "of"),
    "demand": ("on", "upon", "to", "of", "from"),
    "offer": ("to",),
    "pledge": ("to", "with"),
    "refusal": ("to", "from"),
}
#: Prepositions whose object is the thing asked for or given ("ask for", "provide Y with").
ITEM_PREPS = ("for", "with")


@dataclass
class Frame:
    """One trigger's reading: tokens for the party, counterparty and items, all from one sentence."""

    trigger: Token
    kind: str
    party: list[Token]
    counterparty: Token | None
    cp_how: str
    link: str
    items: list[tuple[str, Token]]
    status: str
    used: set[int] = field(default_factory=set)
    passive: bool = False
    hedge: Hedge | None = None


def text_end(verb: Token) -> int:
    """Index of the last token of a verb's own phrase (its conjuncts and relative clauses left out)."""
    tokens = subtree_without(verb, {"conj", "cc", "relcl", "punct"})
    return max(t.i for t in tokens)


def _names_actor(token: Token, resolve: Resolve) -> str | None:
    """The actor a token's whole phrase names, if any."""
    return resolve(run_text(phrase_run(list(token.subtree), token)))


def read_frame(verb: Token, kind: str, particle: Token | None, resolve: Resolve) -> Frame | None:
    """The ask/offer/demand/pledge/refusal a trigger verb states, or None."""
    passive = is_passive(verb)
    party = agent_of(verb) if passive else subject_of(verb)
    if not party:
        return None
    preps = prep_objects(verb)
    obj = child(verb, "dobj")
    patient = child(verb, "nsubjpass") if passive else None
    embedded = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    counterparty, cp_how = None, ""
    items: list[tuple[str, Token]] = []
    used: set[int] = set()
    link = ""

    if embedded is not None:
        used.update(t.i for t in embedded.subtree)
        inner_subject = child(embedded, "nsubj", "nsubjpass")
        if obj is not None and obj.i > embedded.i:
            obj = None  # "demanding that X be lifted, a demand backed by Y": an afterthought, not the asked
        counterparty = obj or patient or (inner_subject if kind in ("ask", "demand") else None)
        inner = trigger_kind(embedded)
        to = "to " if any(c.dep_ == "aux" and c.lower_ == "to" for c in embedded.children) else ""
        if inner and inner[0] == "offer" and kind in ("ask", "demand"):
            items, recipient = given_items(embedded, resolve)
            link = to + embedded.text
        else:
            items = verb_items(embedded)
            link = to.strip()
            if inner_subject is not None and counterparty != inner_subject:
                # "promised that the US will act": the clause with its own subject is the item
                first = min(t.i for t in inner_subject.subtree)
                items = [(run_text(phrase_run(list(verb.doc[first : text_end(embedded) + 1]), embedded)), embedded)]
                link = ""
            if counterparty is not None and counterparty.pos_ != "PRON" and not _names_actor(counterparty, resolve):
                # "wants these talks to continue": a subject that is no actor is part of the item
                first = min(t.i for t in counterparty.subtree)
                items = [(run_text(phrase_run([t for t in verb.doc[first : text_end(embedded) + 1]], embedded)),
                          embedded)]
                counterparty, link = None, ""
    else:
        item_obj = patient if (passive and kind == "offer") else obj
        for prep in ITEM_PREPS:
            # "ask Y for X", "provide Y with X", "call for X": the object of for/with is the item
            # when the direct object is an actor or the trigger is the phrasal verb itself
            phrasal = particle is not None and particle.lower_ == prep
            actor_obj = item_obj is not None and _names_actor(item_obj, resolve)
            if prep in preps and (phrasal or actor_obj):
                if actor_obj:
                    counterparty, cp_how = item_obj, ""
                item_obj = preps[prep]
                break
        if passive and kind != "offer" and patient is not None:
            counterparty = patient
        if item_obj is not None:
            items, recipient = noun_items(item_obj, resolve, strip_recipient=kind == "offer")
            if recipient is not None and counterparty is None:
                counterparty, cp_how = recipient, ""
            used.update(t.i for t in item_obj.subtree)
        if kind == "refusal" and counterparty is None and obj is not None:
            owner = child(obj, "poss") or next((c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                                                and resolve(c.text)), None)
            if owner is not None and owner.pos_ == "PROPN":
                counterparty, cp_how = owner, ""
    if counterparty is None:
        dative = child(verb, "dative")
        if dative is not None and dative.pos_ in ("NOUN", "PROPN"):
            counterparty, cp_how = dative, ""
        else:
            for prep in COUNTERPARTY_PREPS[kind]:
                if prep in preps:
                    counterparty, cp_how = preps[prep], prep
                    break
    if not items and counterparty is not None and cp_how and not _names_actor(counterparty, resolve):
        # "agreed to a ceasefire": a prepositional object that is no actor is what is agreed to
        items, _ = noun_items(counterparty, resolve)
        counterparty, cp_how = None, ""
    items = [(text, token) for text, token in items if text.strip(" ,;:-–—")]
    if not items:
        return None
    return Frame(verb, kind, party, counterparty, cp_how, link, items, status_of(verb), used, passive,
                 hedge_of(verb, party))
