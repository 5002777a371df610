"""Adjective frames of the asks-and-offers section: "X is willing / prepared / ready to Y", and
readiness to "take measures" if another party acts, which is a threat of retaliation.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import child, is_negated, prep_objects, subject_of
from briefgen.sections.asks_offers.clause import condition_of
from briefgen.sections.asks_offers.frame import (Frame, is_actorish, line_head, named_party, partner_of, path_to,
                                                swap_partner)
from briefgen.sections.asks_offers.triggers import modal_of, noun_trigger
from briefgen.sections.asks_offers.verbs import demand_if_conditioning, threat_if_threatening


def threat_if_retaliating(kind: str, items: list[Token], condition: Token | None) -> str:
    """Readiness or a promise to "take measures" or "action" if another party acts is a threat of
    retaliation, not an offer ("Japan was ready to take 'appropriate measures' if Washington went
    ahead with the sanctions")."""
    if kind not in ("offer", "pledge") or condition is None:
        return kind
    for item in items:
        obj = child(item, "dobj") if item.pos_ in ("VERB", "AUX") else None
        if item.lemma_.lower() == "take" and obj is not None and obj.lemma_.lower() in load_lexicon(
                "ask_retaliation_objects"):
            return "threat"
    return kind


def read_adjective(adjective: Token, kind: str) -> Frame | None:
    """The frame of "X is willing / prepared / ready to Y"."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in adjective.children)
    head = adjective.head if adjective.dep_ in ("acomp", "xcomp", "ccomp") and not own_subject else adjective
    # "MTS said Marine Midland Banks Inc has committed to lend it …": the bank's pledge, not MTS's
    if modal_of(head) is not None:
        return None  # "Russia must be ready for this": someone's demand, read as a modal frame
    party = subject_of(head) if head != adjective else [c for c in adjective.children if c.dep_ == "nsubj"]
    if not party and adjective.dep_ == "amod":
        party = [adjective.head]
    if not party:
        return None
    if is_negated(head) or is_negated(adjective):
        kind = "refusal" if kind != "refusal" else "offer"
        if kind == "offer":
            return None  # "not unwilling": leave double negatives alone
    items = [c for c in adjective.children if c.dep_ in ("xcomp", "ccomp", "advcl", "prep")]
    if not items:
        return None
    kind = demand_if_conditioning(threat_if_threatening(kind, items), items)
    line = head if adjective.dep_ != "amod" else adjective
    condition = condition_of(path_to(adjective, line_head(line)) + items)
    # "ready to continue talks with the United States": whom the act is with
    partner = partner_of(items) or bid_target(items) or included_partner(head) or swap_partner(items)
    if threat_if_retaliating(kind, items, condition) == "threat":
        kind = "threat"  # and it is aimed at whoever the condition names ("if Washington went ahead")
        partner = partner or next((s for s in subject_of(condition) if is_actorish(s)), None) \
            if condition.pos_ in ("VERB", "AUX") else partner
    return Frame(kind, adjective, line_head(line), party, partner, items, condition)


def included_partner(head: Token) -> Token | None:
    """A partner the clause adds with "including with" ("Moscow was ready for international
    cooperation over the plant, including with the United States")."""
    for including in (c for c in head.children if c.lower_ == "including"):
        for prep in (p for p in including.children if p.dep_ == "prep" and p.lower_ in ("with", "to")):
            found = next((named_party(o) for o in prep.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def bid_target(items: list[Token]) -> Token | None:
    """The company a bid named in the act is for ("prepared to raise its bid for GenCorp Inc")."""
    for item in items:
        for t in item.subtree:
            if noun_trigger(t) == "offer":
                target = prep_objects(t).get("for")
                if target is not None and target.pos_ == "PROPN":
                    return target
    return None
