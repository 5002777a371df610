"""Trigger nouns of the asks-and-offers section, read when their party is named: "its request
that …", "a call by the Senate", "offers from the union", "Y made an offer", "ended its tender offer"
(withdrawn), and "the offer is conditioned on …" (the same source's latest offer).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import agent_of, child, is_passive, prep_objects, subject_of
from briefgen.sections.asks_offers.clause import condition_of
from briefgen.sections.asks_offers.frame import COUNTERPARTY_PREPS, Frame, first_of, is_actorish, path_to
from briefgen.sections.asks_offers.triggers import future_aux, intent_head

#: Nouns that state an ask or offer only as the object of a verb that makes them ("signed an agreement").
DEAL_NOUNS = ("agreement", "deal", "accord")
#: Verbs by which a party sets a deadline of its own ("set out deadlines for an agreement").
DEADLINE_VERBS = ("set", "impose", "give", "issue")


def read_noun(noun: Token, kind: str) -> Frame | None:
    """The frame of a trigger noun whose party is named: "its request that X", "a call by Y",
    "offers from Z", "Y made an offer", "ended its tender offer" (withdrawn)."""
    if noun.dep_ == "compound" or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
        return None  # "had no plans to bow": nothing offered
    owner = child(noun, "poss")
    preps = prep_objects(noun)
    party_token = owner or preps.get("by") or preps.get("from")  # "pressure from member states"
    head, withdrawn = noun, False
    verb = noun.head if noun.dep_ in ("dobj", "attr", "pobj", "nsubj", "nsubjpass") else None
    if verb is not None and noun.dep_ == "pobj":
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") and verb.lower_ in ("in", "with", "for") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        lemma = verb.lemma_.lower()
        if noun.dep_ == "dobj" and lemma in load_lexicon("ask_withdraw_verbs"):
            withdrawn, head = True, verb
            agent = prep_objects(verb.head).get("by") if verb.dep_ == "acl" else None
            # "the decision by General Partners to end its hostile offer": the one who decided
            party_token = agent or party_token or first_of(subject_of(verb))
        elif noun.dep_ in ("dobj", "pobj") and lemma in load_lexicon("ask_light_verbs"):
            head = verb
            party_token = first_of(agent_of(verb) if is_passive(verb) else subject_of(verb)) or party_token
        elif noun.dep_ in ("nsubj", "nsubjpass") and lemma in load_lexicon("ask_noun_subject_verbs") \
                and (lemma != "come" or "from" in prep_objects(verb)):
            head = verb  # "the offer is conditioned on …", "a call … came from X"; not "the offer is a bargain"
            party_token = party_token or prep_objects(verb).get("from")
    if noun.lemma_.lower() == "deadline" and (head == noun or head.lemma_.lower() not in DEADLINE_VERBS):
        return None  # "extended that deadline": someone else's deadline, not a demand of the extender
    if noun.lemma_.lower() in DEAL_NOUNS and head == noun:
        return None  # "the deal collapsed": a deal is a pledge only as what a party signs or reaches
    refers_back = False
    if party_token is None:
        if not (head != noun and noun.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
            return None
        if kind not in ("offer", "pledge"):
            return None  # "the pressure on Reagan included …": whose pressure, the noun must say
        refers_back = True  # "the offer is also conditioned on …": the offer told just before
    if kind == "ask" and noun.lemma_.lower() == "appeal" and head != noun and \
            head.lemma_.lower() in ("lodge", "file"):
        kind = "threat"  # "will lodge an appeal with the court": an appeal at law, not a plea
    if kind == "threat" and head != noun and future_aux(head) is None and intent_head(head) is None:
        return None
    counterparty = None
    around = prep_objects(head) if head != noun else {}  # "put pressure on India", "delivered … to X"
    for prep in COUNTERPARTY_PREPS[kind]:
        for found in (preps.get(prep), around.get(prep)):
            if found is not None and found != party_token and is_actorish(found) and counterparty is None:
                counterparty = found
    if counterparty is None and kind == "offer" and "for" in preps:
        target = preps["for"]  # "a tender offer for all shares of Harper and Row": the company bid for
        if target.lemma_.lower() in ("share", "stock") and "of" in prep_objects(target):
            target = prep_objects(target)["of"]
        counterparty = target if target.pos_ == "PROPN" else None
    items = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")]
    if counterparty is None and kind in ("ask", "demand"):
        # "its request that GenCorp remove …": asked of the subject of what is asked
        counterparty = next((s for c in items if c.dep_ != "relcl" for s in c.children
                             if s.dep_ in ("nsubj", "nsubjpass") and is_actorish(s)), None)
    items += [preps[p] for p in ("for", "of", "that", "on") if p in preps and preps[p] != party_token
              and preps[p] != counterparty]
    if not items and head == noun:
        return None
    if head != noun and not items:
        obj = [c for c in head.children if c.dep_ in ("prep", "advcl", "xcomp") and c.i > noun.i]
        items = obj[:1] or ([noun] if kind == "threat" else [])  # "will lodge an appeal": the act is the threat
    if not items:
        return None
    condition = condition_of(path_to(noun, head) + items)
    if condition is None and head.lemma_.lower() in ("condition", "subject") and head != noun:
        condition = next((c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "to")), None)
        # "the offer is further conditioned on GenCorp management withdrawing its proposals"
    return Frame(kind, noun, head, [party_token] if party_token is not None else [], counterparty, items,
                 condition, withdrawn=withdrawn, refers_back=refers_back)
