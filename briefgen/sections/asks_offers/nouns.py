"""Trigger nouns of the asks-and-offers section, read when their party is named: "its request
that …", "a call by the Senate", "offers from the union", "Y made an offer", "ended its tender offer"
(withdrawn), and "the offer is conditioned on …" (the same source's latest offer).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import agent_of, child, conjuncts, is_negated, is_passive, prep_objects, subject_of
from briefgen.sections.asks_offers.clause import condition_of
from briefgen.sections.asks_offers.frame import (COUNTERPARTY_PREPS, Frame, first_of, is_actorish, is_receiving, partner_of,
                                                path_to, takeover_target)
from briefgen.sections.asks_offers.triggers import future_aux, intent_head, noun_trigger

#: Nouns that state an ask or offer only as the object of a verb that makes them ("signed an agreement").
DEAL_NOUNS = ("agreement", "deal", "accord")
#: Prepositions by which an ask or pressure is what made someone act ("after pressure from …").
PROMPTING_PREPS = ("after", "under", "following", "amid")
#: Verbs by which a party sets a deadline of its own ("set out deadlines for an agreement").
DEADLINE_VERBS = ("set", "impose", "give", "issue")


def receiving_verb(noun: Token) -> Token | None:
    """The verb by which someone receives or answers the noun ("rejected offers", "accepting pay
    offers"), or None."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in load_lexicon("ask_receiving_verbs"):
        return verb
    return None


def source_of(noun: Token) -> Token | None:
    """Who made an offer or ask the noun names when the parser hung its "from" elsewhere: on
    what is offered ("offers of a 100 pct raise from Petrobras") or on the verb that receives it
    ("accepting pay offers of 120 pct from four private companies")."""
    what = prep_objects(noun).get("of")
    found = prep_objects(what).get("from") if what is not None else None
    verb = receiving_verb(noun)
    if found is None and verb is not None:
        found = prep_objects(verb).get("from")
    return found if found is not None and is_actorish(found) else None


def also_from(maker: Token) -> list[Token]:
    """The makers coordinated with a "from" object by a second "from" ("from four private
    companies and from Fronape")."""
    prep = maker.head
    if prep.lower_ not in ("from", "by"):
        return []
    return [o for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_
            for o in c.children if o.dep_ == "pobj" and is_actorish(o)]


def moved_by(noun: Token) -> Token | None:
    """Whom an ask or pressure moved to act, when the noun says why they acted ("circulated a
    draft after pressure from member states", "following an appeal by Kyiv, SpaceX sent …"):
    the acting verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in PROMPTING_PREPS or prep.head.pos_ != "VERB":
        return None
    return first_of([s for s in subject_of(prep.head) if is_actorish(s)])


def receiver_of(noun: Token) -> Token | None:
    """Whom an ask or offer was made to, when the noun is what they receive or answer: the
    subject of "rejected offers from …", "accepted a request from …"."""
    verb = receiving_verb(noun)
    if verb is None or is_passive(verb):
        return None
    return first_of([s for s in subject_of(verb) if is_actorish(s)])


def pressed_on(noun: Token) -> Token | None:
    """Whom an ask is made of when it is named as part of the pressure on someone ("The pressure
    on Reagan to retaliate included a unanimous call by the Senate"): the "on" object of the
    subject, itself an ask or demand noun, of the verb that holds the noun."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in ("include", "be"):
        return None
    for subject in subject_of(verb):
        target = prep_objects(subject).get("on") if noun_trigger(subject) in ("ask", "demand") else None
        if target is not None and is_actorish(target):
            return target
    return None


def conjoined_frames(frame: Frame) -> list[Frame]:
    """Frames of the nouns coordinated with a trigger noun that name their own maker ("rejected
    offers of a 100 pct raise from Petrobras and an 80 pct increase from Syndarma"): each is an
    ask or offer of the same kind, from its own party."""
    noun = frame.trigger
    if noun.pos_ != "NOUN" or frame.head != noun:
        return []
    found = []
    for other in conjuncts(noun)[1:]:
        maker = prep_objects(other).get("from") or prep_objects(other).get("by")
        if other.pos_ == "NOUN" and maker is not None and is_actorish(maker):
            found.append(Frame(frame.kind, other, other, [maker], frame.counterparty, [other], keep=frame.keep))
    return found


def read_noun(noun: Token, kind: str) -> Frame | None:
    """The frame of a trigger noun whose party is named: "its request that X", "a call by Y",
    "offers from Z", "Y made an offer", "ended its tender offer" (withdrawn)."""
    if noun.dep_ == "compound" or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
        return None  # "had no plans to bow": nothing offered
    owner = child(noun, "poss")
    joint: list[Token] = []  # the rest of a coordinated party ("AFG and Wagner and Brown … withdrew the offer")
    preps = prep_objects(noun)
    party_token = owner or preps.get("by") or preps.get("from") or source_of(noun)  # "pressure from member states"
    if party_token is None and "of" in preps and is_actorish(preps["of"]) and any(
            c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in noun.children):
        party_token = preps["of"]  # "the willingness of the oil industry workers to sit again by the negotiating table"
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
            joint = [t for t in subject_of(verb)[1:] if t.dep_ != "cc"] if party_token in subject_of(verb) else []
        elif noun.dep_ in ("dobj", "pobj") and lemma in load_lexicon("ask_light_verbs"):
            if is_negated(verb):
                return None  # "Gazprom did not make a single bid": no offer made
            head = verb
            party_token = first_of(agent_of(verb) if is_passive(verb) else subject_of(verb)) or party_token
        elif noun.dep_ in ("nsubj", "nsubjpass") and lemma in load_lexicon("ask_noun_subject_verbs") \
                and (lemma != "come" or "from" in prep_objects(verb)):
            head = verb  # "the offer is conditioned on …", "a call … came from X"; not "the offer is a bargain"
            party_token = party_token or prep_objects(verb).get("from")
    if noun.lemma_.lower() == "deadline" and (head == noun or head.lemma_.lower() not in DEADLINE_VERBS):
        return None  # "extended that deadline": someone else's deadline, not a demand of the extender
    if head == noun and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return None  # "the status of TWA's bid for USAir Group is uncertain": the bid is mentioned, not made
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
    pressed = pressed_on(noun) if party_token is not None else None
    counterparty = (receiver_of(noun) or pressed) if party_token is not None else None
    moved = moved_by(noun) if party_token is not None and kind in ("ask", "demand") else None
    if moved is not None:  # "The Commission circulated a proposal after pressure from member states"
        head, counterparty = noun.head.head, moved
    around = prep_objects(head) if head != noun else {}  # "put pressure on India", "delivered … to X"
    beside = {**prep_objects(party_token), **(prep_objects(party_token.head) if party_token.head.dep_ == "prep" else {})} \
        if party_token is not None else {}  # "pressure by the Trump administration on Kyiv and Moscow"
    # "an appeal by Kyiv to SpaceX", parsed with "to SpaceX" hung on "by"
    for prep in COUNTERPARTY_PREPS[kind]:
        for found in (preps.get(prep), around.get(prep), beside.get(prep)):
            if found is not None and found != party_token and is_actorish(found) and counterparty is None:
                counterparty = found
    if counterparty is None and kind == "offer" and "for" in preps:
        target = preps["for"]  # "a tender offer for all shares of Harper and Row": the company bid for
        if target.lemma_.lower() in ("share", "stock") and "of" in prep_objects(target):
            target = prep_objects(target)["of"]
        counterparty = target if target.pos_ == "PROPN" else None
    items = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")]
    if counterparty is None and kind in ("offer", "pledge"):
        counterparty = partner_of(items)  # "its willingness to negotiate with Gencorp"
    if counterparty is None and kind == "offer":  # "made a conditional offer to acquire USAir"
        counterparty = next((t for c in items if c.pos_ == "VERB" and (t := takeover_target(c)) is not None), None)
    if counterparty is None and kind in ("ask", "demand"):
        # "its request that GenCorp remove …": asked of the subject of what is asked
        counterparty = next((s for c in items if c.dep_ != "relcl" and not is_receiving(c) for s in c.children
                             if s.dep_ in ("nsubj", "nsubjpass") and is_actorish(s)), None)
        # but "his insistence that Ukraine must receive guarantees" asks for Ukraine, not of it
    items += [preps[p] for p in ("for", "of", "that", "on") if p in preps and preps[p] != party_token
              and preps[p] != counterparty]
    prompted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in PROMPTING_PREPS else None
    if not items and head == noun and counterparty is not None and prompted is not None and prompted.pos_ == "VERB":
        # "terminals … had been disrupted or disconnected, following a public appeal by Kyiv to SpaceX":
        # what followed the appeal is what it asked for; the line holds it
        head, items = prompted, [prompted]
    if not items and moved is not None:
        items = [head]  # what the pressure moved them to do
    if not items and head == noun:
        return None
    if head != noun and not items:
        obj = [c for c in head.children if c.dep_ in ("prep", "advcl", "xcomp") and c.i > noun.i
               and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj")  # not "on Saturday"
               and not (counterparty is not None and counterparty.head == c)]  # not "on India": whom, not what
        # "put pressure on India, …, to curb its purchases": the to-infinitive is what is asked
        obj.sort(key=lambda c: not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        items = obj[:1] or ([noun] if kind == "threat" else [])  # "will lodge an appeal": the act is the threat
        if head.lemma_.lower() in ("condition", "subject"):
            items = [noun]  # "the offer is conditioned on …": what is offered is the offer told before
    if not items:
        return None
    condition = condition_of(path_to(noun, head) + items)
    if condition is None and head.lemma_.lower() in ("condition", "subject") and head != noun:
        condition = next((c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "to")), None)
        # "the offer is further conditioned on GenCorp management withdrawing its proposals"
    answered = receiving_verb(noun) if head == noun else None  # the line says it was rejected or accepted
    # the line says on whom the pressure was put
    keep = [answered] if answered is not None else [noun.head] if pressed is not None and counterparty == pressed else []
    return Frame(kind, noun, head, [party_token, *joint, *also_from(party_token)] if party_token is not None else [],
                 counterparty, items, condition, withdrawn=withdrawn, refers_back=refers_back, keep=keep)
