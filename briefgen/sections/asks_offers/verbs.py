"""Trigger verbs of the asks-and-offers section: "urged shareholders to reject", "demanding that
Ukraine relinquish", "offered 100 dlrs per share for GenCorp", "will fight the bans imposed on them"
(adjective frames, "was willing to negotiate", are read in :mod:`.adjectives`).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import agent_of, child, is_negated, is_passive, prep_objects, subject_of
from briefgen.sections.asks_offers.arguments import (absolute_subject, offerer_of, organisation_in, origin, source_in,
                                                    venue_of)
from briefgen.sections.asks_offers.clause import condition_of
from briefgen.sections.asks_offers.frame import (COUNTERPARTY_PREPS, Frame, is_actorish, is_receiving, line_head, partner_of,
                                                path_to, takeover_target)
from briefgen.sections.asks_offers.nouns import DEAL_NOUNS, source_of
from briefgen.sections.asks_offers.triggers import future_aux, intent_head, trigger_lemma, verb_triggers

#: Prepositions whose object is what is asked, offered or agreed ("ask for", "agree to", "insist on").
ITEM_PREPS = ("for", "to", "on", "with", "of")
#: Verbs whose negation turns an offer or a wish into a refusal ("did not want", "would not agree").
NEGATED_TO_REFUSAL = ("offer", "pledge")
NEGATABLE_ASKS = ("want", "seek")
#: Particles of a small clause that asks for something's return ("want them back").
RETURN_PARTICLES = ("back",)
#: Verbs of intention: a refusal when negated ("doesn't intend to take down the sites"), else a plan.
INTENTIONS = ("intend",)
#: Acts of speech whose refusal is a no-comment ("declined to reveal", "refused to say").
SPEECH_ACTS = ("comment", "reveal", "disclose", "say", "elaborate", "discuss", "confirm", "specify", "identify",
               "name", "detail", "describe")
#: Verbs of hope: an appeal only to a party named as the one who would act.
WISHES = ("hope", "wish")
#: Threat verbs whose object is a measure they oppose, not one they threaten ("will fight the bans").
OPPOSING = ("fight", "appeal", "challenge", "contest", "resist", "oppose", "sue")
#: Of those, the ones that contest a measure without going to law: a rejection of it.
CONTESTING = ("fight", "contest", "resist", "oppose")
#: Verbs whose object is a decision, not a party ("planning to appeal it": the ruling).
APPEALING = ("appeal", "challenge", "contest")
#: Words that make a measure in a pledge its relief ("agreed to hold up imposing duties").
RELIEF = {"lift", "hold", "ease", "suspend", "remove", "end", "halt", "drop", "waive", "delay", "postpone", "scrap",
          "cut", "lower", "reduce", "exempt"}


def demand_if_conditioning(kind: str, items: list[Token]) -> str:
    """A promise or readiness to make something conditional on what another party does is a
    demand of it ("determined to make reimposition of quotas conditional on a redistribution")."""
    if kind in ("pledge", "offer") and any(t.lower_ == "conditional" for i in items for t in i.subtree):
        return "demand"
    return kind


def threat_if_threatening(kind: str, items: list[Token]) -> str:
    """A promise, offer or readiness whose content is a threat verb is a threat ("vowed to appeal
    the ruling", "ready to strike", "will keep fighting")."""
    if kind not in ("pledge", "offer"):
        return kind
    single = verb_triggers()[0]
    for item in items:
        for verb in (item, *(c for c in item.children if c.dep_ == "xcomp")):
            if verb.pos_ == "VERB" and single.get(verb.lemma_.lower()) == "threat":
                return "threat"
    return kind


def levies(items: list[Token]) -> set[str]:
    """"levy" when what is offered or proposed is a charge laid on something ("a flat fee on small
    parcels", "a charge on imports"): a measure, like a tariff; a fee paid for a service is not."""
    for item in items:
        for t in item.subtree:
            if t.lemma_.lower() not in load_lexicon("ask_levy_nouns"):
                continue
            laid = prep_objects(t).keys() | (prep_objects(t.head).keys() if t.dep_ == "dobj" else set())
            if laid & {"on", "per"}:
                return {"levy"}
    return set()


def is_mandate(clause: Token) -> bool:
    """A that-clause that states what is to be done, not a fact: a bare (subjunctive) verb
    ("demanding that Ukraine relinquish", "requested that it be given"), or a modal of obligation
    or will ("insisted that it should", "asked that it not accept")."""
    if clause.tag_ == "VB" or clause.lower_ in RETURN_PARTICLES:
        return True  # "demanding that Ukraine relinquish", "We want them back"
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "must", "would", "will", "be", "shall")
               for c in clause.children)


def complement(verb: Token) -> Token | None:
    """The clause a trigger verb governs ("urged X to reject", "demanding that Y cede"; "We want
    them back": a small clause whose predicate is a particle)."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and (
        c.pos_ in ("VERB", "AUX") or c.pos_ in ("ADV", "ADP") and c.lower_ in RETURN_PARTICLES
        and any(s.dep_ == "nsubj" for s in c.children))), None)


def read_verb(verb: Token, kind: str, particle: Token | None) -> Frame | None:
    """The frame of a trigger verb, or None when it states no ask or offer."""
    inner = complement(verb)
    if verb.lemma_.lower() in INTENTIONS and not is_negated(verb):
        return None  # "intends to sell its stake": a plan, promised to nobody
    if is_negated(verb) and verb.lemma_.lower() in NEGATABLE_ASKS and inner is not None \
            and verb_triggers()[0].get(inner.lemma_.lower()) is None and child(verb, "dobj") is None:
        return None  # "Lycos did not want to use e-mail to fight back": a choice, refusing no one
    if is_negated(verb):
        if kind in NEGATED_TO_REFUSAL or verb.lemma_.lower() in NEGATABLE_ASKS:
            kind = "refusal"
        else:
            return None  # "did not ask": nothing asked
    if any(m.dep_ == "mark" and m.lower_ == "whether" for m in verb.children):
        return None  # "deciding whether to appeal": not yet intended
    if kind == "threat" and verb.lemma_.lower() != "threaten" and future_aux(verb) is None \
            and intent_head(verb) is None:
        return None  # "appealed", "went on strike", "the court's jurisdiction had been challenged by …":
        # an act at law, not a threat of one, nor the refusal of an ask (audit #10)
    lemma = trigger_lemma(verb)
    if kind == "refusal" and inner is not None and inner.lemma_.lower() in SPEECH_ACTS:
        return None  # "He declined to reveal the amount of the proposal": no comment, no refusal of an ask
    if inner is not None and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in inner.children):
        return None  # "deciding whether to appeal", "asked if": a question, not an ask
    if lemma in load_lexicon("ask_complement_verbs") and (inner is None or inner.dep_ != "xcomp"):
        return None  # "told reporters", "told the court that …": speech, not a demand
    if inner is not None and inner.dep_ == "ccomp" and kind in ("ask", "demand") and not is_mandate(inner):
        return None  # "insisted the auction was theft": a claim, not a demand
    if inner is not None and inner.dep_ == "xcomp" and lemma in NEGATABLE_ASKS and kind == "ask" \
            and child(verb, "dobj") is None:
        return None  # "seeking to capitalize", "wants to resolve": an aim of its own, asked of nobody
    if lemma in WISHES and not (inner is not None and inner.dep_ == "ccomp" and future_aux(inner) is not None
                                and any(is_actorish(s) and s.pos_ != "PRON" for s in subject_of(inner))):
        return None  # "hoped to reach a deal", "hopes talks will succeed": a wish, asked of nobody named
    if lemma == "need" and (inner is not None or child(verb, "dobj") is None or verb.tag_ != "VBP"
                            or not any(s.lower_ == "we" for s in subject_of(verb))):
        return None  # only a speaker's own "We need extra tools" asks; "Brazil desperately needs foreign
        # exchange" describes, "we needed a PR person" looks back, "needs to talk" is a modal frame
    obj = child(verb, "dobj")
    if kind == "ask" and lemma in NEGATABLE_ASKS and obj is not None and obj.lemma_.lower() in DEAL_NOUNS \
            and not (prep_objects(obj).keys() & {"with", "from"}) and not (prep_objects(verb).keys() & {"with", "from"}):
        return None  # "he does want a deal": a wish for an outcome, asked of nobody ("seeks a deal with X" is)
    if kind == "ask" and lemma in NEGATABLE_ASKS and obj is not None and obj.lemma_.lower() in load_lexicon(
            "ask_search_objects"):
        return None  # "seeking ways to retaliate", "seeks a pathway to end the war": a search, not an ask
    passive = is_passive(verb)
    party = agent_of(verb) if passive else (absolute_subject(verb) or subject_of(verb))
    if not passive and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.tag_ == "VBG" \
            and verb.head.head.lemma_.lower() in OPPOSING:
        # "Texaco is fighting a Texas law requiring it to post a bond": the law requires, not Texaco
        # (but "Putin and Kim have exchanged letters pledging …": their letters, their pledge)
        party = [verb.head] if is_actorish(verb.head) else []
    if not passive and verb.dep_ == "ccomp" and not child(verb, "nsubj") \
            and load_lexicon("ask_speech_verbs") & {verb.head.lemma_.lower()}:
        party = []  # "… released a statement saying that, …, negotiators had also agreed": not the speaker's act
    owner = child(verb.head, "poss") if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else None
    if owner is not None and is_actorish(owner) and not child(verb, "nsubj", "nsubjpass") and kind in ("ask", "demand"):
        party = [owner]  # "its failure to convince America to …", "Russia's effort to persuade": its maker
    if not party:
        return None
    preps = prep_objects(verb)
    obj = child(verb, "dobj")
    counterparty: Token | None = None
    items: list[Token] = []
    if passive:
        counterparty = child(verb, "nsubjpass") if kind in ("ask", "demand") else None
        if kind in ("offer", "pledge", "refusal"):
            obj = child(verb, "nsubjpass") if obj is None else obj  # "… had been challenged by Deutsche Bank"
    if particle is not None and particle.lower_ in ("on", "upon"):
        counterparty = child(particle, "pobj")  # "called on Japan's chip users, some of whom are producers, to …"
    if inner is not None:
        items.append(inner)
        inner_subject = child(inner, "nsubj", "nsubjpass")
        if counterparty is not None:
            pass
        elif obj is not None and obj.i < inner.i and is_actorish(obj):
            counterparty = obj
        elif inner_subject is not None and kind in ("ask", "demand") and is_actorish(inner_subject) \
                and not is_receiving(inner):  # "demanding that Ukraine receive guarantees": for it, not of it
            counterparty = inner_subject
    elif obj is not None:
        if kind in ("ask", "demand", "threat") and is_actorish(obj) and (preps.keys() & {"for", "to"}):
            counterparty = obj
        elif kind == "threat" and is_actorish(obj) and not (obj.lower_ == "it" and lemma in APPEALING):
            counterparty = obj
            items.append(obj)
        else:
            items.append(obj)
    dative = child(verb, "dative")
    if dative is not None and counterparty is None:
        counterparty = dative if dative.pos_ != "ADP" else child(dative, "pobj")
    for token in verb.children:  # "committed to deploying forces": a gerund after the preposition
        if token.dep_ == "prep" and token.lower_ in ITEM_PREPS and token.lower_ not in preps:
            gerund = child(token, "pcomp")
            if gerund is not None:
                preps[token.lower_] = gerund
    for prep in ITEM_PREPS:
        if prep in preps and preps[prep] is not None and preps[prep] not in items and preps[prep] != counterparty:
            if prep in COUNTERPARTY_PREPS[kind] and is_actorish(preps[prep]) and counterparty is None:
                continue
            if not items or (particle is not None and particle.lower_ == prep):
                items.append(preps[prep])
    if counterparty is None:
        for prep in COUNTERPARTY_PREPS[kind]:
            if prep in preps and is_actorish(preps[prep]):
                counterparty = preps[prep]
                break
    if not items and kind in ("ask", "demand") and counterparty is not None:
        # "called on President Reagan in a non-binding resolution to retaliate": the parser hung
        # what is asked on a word between; the first to-infinitive of the verb's own clause
        items = [t for t in verb.subtree if t.pos_ == "VERB" and t.i > counterparty.i and t.dep_ in ("acl", "relcl", "xcomp", "advcl")
                 and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)][:1]
    if kind in ("refusal", "threat") and counterparty is None and obj is not None:
        owner = child(obj, "poss") or next((a for c in obj.children if c.dep_ == "acl" for a in agent_of(c)), None)
        # "rejects Russia's demand", "will fight the bans imposed on them by the IAAF": whose it is
        if owner is not None and is_actorish(owner):
            counterparty = owner  # "rejects Russia's demand", "would fight the government's attempt"
        elif kind == "refusal":
            counterparty = prep_objects(obj).get("from") or source_of(obj)  # "rejected offers … from Petrobras"
            counterparty = counterparty if counterparty is not None and is_actorish(counterparty) else None
    if kind == "refusal" and counterparty is None and verb.dep_ == "relcl":
        counterparty = offerer_of(verb.head)  # "Shipowners have offered a raise, which the seamen rejected"
    if counterparty is None and kind == "offer" and "for" in preps and preps["for"].pos_ == "PROPN" and \
            preps["for"].ent_type_ in ("ORG", ""):
        counterparty = preps["for"]  # "offered 100 dlrs per share for GenCorp": the company bid for
    if counterparty is None and kind in ("offer", "pledge") and inner is not None:
        counterparty = takeover_target(inner)  # "offered to acquire Harper and Row", "agreed to buy Piedmont"
    if counterparty is None and kind == "threat" and inner is not None and (target := child(inner, "dobj")) is not None \
            and is_actorish(target):
        counterparty = target  # "threatened to sue the Russian government"
    if counterparty is None and kind == "threat" and "against" in preps and not is_actorish(preps["against"]):
        owner = prep_objects(preps["against"]).get("of")  # "appeal against the acquittal of Kenteris and Thanou"
        counterparty = owner if owner is not None and owner.pos_ == "PROPN" else None
    if counterparty is None and kind == "threat" and (obj := child(inner or verb, "dobj")) is not None \
            and obj.pos_ == "NOUN":
        owner = child(obj, "poss")  # "will appeal the DPC's decision": the decision's maker
        counterparty = owner if owner is not None and owner.pos_ == "PROPN" else None
    if counterparty is None and kind == "threat" and (obj := child(inner or verb, "dobj")) is not None \
            and obj.lower_ == "it":
        # "disagrees with the DPC's decision and … is planning to appeal it": the maker of what "it" is,
        # the latest thing before it that someone named owns
        owned = [t for t in verb.doc[verb.sent.start : obj.i] if t.pos_ == "NOUN" and child(t, "poss") is not None]
        owner = child(owned[-1], "poss") if owned else None
        counterparty = owner if owner is not None and owner.pos_ == "PROPN" else None
    if counterparty is None and kind in ("pledge", "offer") and inner is not None:
        # "agreed to merge with Gazprom", "agreed to sell WOR to MCA Inc": whom the act is with or for
        inner_preps = prep_objects(inner)
        counterparty = next((inner_preps[p] for p in ("with", "to") if p in inner_preps
                             and inner_preps[p].pos_ == "PROPN"), None)
    if counterparty is None and kind == "pledge" and "with" in preps and child(preps["with"], "poss") is not None:
        owner = child(preps["with"], "poss")  # "agreed in principle with Washington's calls for a compromise"
        counterparty = owner if is_actorish(owner) else None
    if counterparty is None and kind in ("ask", "demand") and inner is not None:
        counterparty = next((c for c in inner.lefts if c.dep_ in ("compound", "npadvmod") and c.pos_ == "PROPN"),
                            None)  # "demanded the IAAF investigate", parsed with the IAAF inside the verb
    if not items and kind != "threat":
        return None
    kind = demand_if_conditioning(threat_if_threatening(kind, items), items)
    words = {t.lemma_.lower() for i in items for t in i.subtree} | levies(items)
    opposing = lemma in OPPOSING and obj is not None  # "will fight the bans imposed on them": the bans are another's
    if opposing and lemma in CONTESTING and words & load_lexicon("coercive_measures"):
        return None  # "will fight the provisional two-year bans imposed on them": a challenge to a measure,
        # neither a refusal of an ask nor a threat (audits #8 and #12); the sanctions section has it
    if words & load_lexicon("coercive_measures") and not opposing and (
            kind == "threat" or (kind in ("pledge", "offer") and not words & RELIEF)):
        # "threatened sanctions", "proposed a two-euro flat fee on billions of small parcels": the
        # sanctions section's measures; "agreed to hold up imposing duties" (relief) stays a pledge
        return None
    if kind == "ask" and inner is not None and inner.lemma_.lower() in ("name", "identify") and is_passive(inner):
        return None  # "who asked not to be named": a source's anonymity, not an ask of the story
    if kind == "offer" and any(i.lower_ in load_lexicon("ask_speech_objects") for i in items):
        return None  # "offered comment to Reuters": speech, not an offer
    if kind == "offer" and any(c.lower_ in ("less", "more", "little", "no", "few", "fewer") and c.dep_ in ("amod", "det")
                               for i in items for c in i.children):
        return None  # "forums that offered less protection": a comparison, not an offer to a party
    modal_of_clause = verb.children if verb.dep_ != "conj" else (*verb.children, *verb.head.children)
    if kind in ("offer", "pledge", "ask") and any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
                                                  for c in modal_of_clause):  # "may take legal action or seek …"
        return None  # "it could offer the chance of restructuring": a possibility, not an offer
    if counterparty is None and kind in ("offer", "pledge"):
        counterparty = partner_of(items)  # "committed to deploying forces to Ukraine", "agreed to merge with X"
    if counterparty is None and kind == "ask":
        counterparty = origin(items) or source_in(verb) or venue_of(verb, items) or organisation_in(items, party)
    head = line_head(verb)
    pronoun = next((c for c in verb.children if c.lower_ in ("who", "which", "that", "whom")
                    and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None) if verb.dep_ == "relcl" else None
    if pronoun is not None and pronoun.dep_ == "dobj" and not (pronoun.i > 0 and verb.doc[pronoun.i - 1].is_punct):
        return None  # "the screensaver that Lycos offered": a name for a thing, not a statement
    # "the Donbas region, … from which Moscow is demanding a full withdrawal": the region belongs to the line
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb  # "which X occupied and from which …"
    prep_relative = clause.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(o.lower_ in ("which", "whom") for o in c.children) for c in verb.children)
    where = clause.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)
    relative = pronoun is not None or prep_relative or where  # "the court in Houston, where Yukos had filed …"
    return Frame(kind, verb, head, party, counterparty, items, condition_of(path_to(verb, head) + items),
                 keep=([clause.head] + ([counterparty] if where and counterparty is not None else [])) if relative else [])


