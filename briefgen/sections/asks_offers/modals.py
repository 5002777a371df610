"""Modal frames of reported speech in the asks-and-offers section: "X must Y, Z said" (Z's
demand of X) and "Z said it would Y" (Z's pledge; "would not": a refusal).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import is_negated, is_passive, prep_objects, subject_of
from briefgen.sections.asks_offers.clause import condition_of
from briefgen.sections.asks_offers.frame import Frame, first_of, is_actorish, is_receiving, path_to
from briefgen.sections.asks_offers.triggers import future_aux, modal_of, verb_trigger
from briefgen.sections.asks_offers.verbs import RELIEF

#: Modals that make an obligation a prospect ("may have to", "will have to").
EPISTEMIC = ("may", "might", "could", "will", "would", "'ll")
#: Subjects whose verb in the base form can only be a subjunctive ("that it be given", "that GenCorp remove").
SINGULAR_TAGS = ("NN", "NNP")
SINGULAR_PRONOUNS = ("it", "he", "she")
#: How far up a subjunctive clause looks for the verb of saying or asking that governs it.
GOVERNOR_REACH = 4
#: Verbs of feeling and knowing: "X must feel / know that …" states what X is to believe, no act asked.
MENTAL_VERBS = ("feel", "know", "understand", "realize", "realise", "believe", "think", "sense", "hear", "see")


def is_legal_action(noun: Token) -> bool:
    """A noun of court action: "legal action", "a lawsuit", "proceedings", "an appeal"."""
    lemma = noun.lemma_.lower()
    if lemma == "action":
        return any(c.lower_ in ("legal", "court", "judicial") for c in noun.children)
    return lemma in ("lawsuit", "suit", "proceeding", "proceedings", "appeal", "litigation")


def read_modal(verb: Token) -> Frame | None:
    """"X must / should / needs to Y" (a demand, its party the speaker who reports it) and "Z said
    it would Y" (Z's pledge; "would not": a refusal; "would appeal": a threat). The party is left to
    the caller (``by_speaker``); a frame with no speaker states nobody's ask."""
    modal = modal_of(verb)
    subject = subject_of(verb)
    if modal is not None:
        # the modal clause's own subject ("There must be no rewards", "Russia must …"), never the
        # speaker's that a parser would lend it through "… , Zelenskyy said"
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")] or \
            (subject if verb.dep_ == "xcomp" else [])
        if (is_passive(verb) and not subject) or (subject and subject[0].lower_ in ("i", "you")):
            return None  # "I would have to characterize it", "you should recognize": no demand of a party
        if is_passive(verb) and subject and subject[0].pos_ == "PRON":
            return None  # "although it still needs to be formally signed": a thing's state, not a demand
        if modal[1].lemma_.lower() == "need" and (is_negated(modal[1]) or is_negated(verb)):
            return None  # "We don't need simply to increase GDP, but …": no need, no demand
        after = [t for t in verb.subtree if t.i > verb.i]
        if any(t.lower_ in ("this", "that", "it", "these", "those") and t.dep_ in ("dobj", "pobj") for t in after) \
                and not any(t.pos_ in ("NOUN", "PROPN") for t in after):
            return None  # "Russia must be ready for this": what "this" is, the line cannot say
        if any(c.dep_ == "aux" and c.lower_ in EPISTEMIC for c in modal[1].children) or \
                any(c.dep_ == "aux" and c.lower_ in EPISTEMIC for c in verb.children):
            return None  # "Yukos may have to declare itself bankrupt": a prospect, not a demand
        if modal[1].dep_ == "aux" and any(s.i > modal[1].i for s in subject if s.head == verb):
            return None  # "should it become a state-owned company": a condition, not a demand
        if verb.lemma_.lower() in MENTAL_VERBS:
            return None  # "People in Ukraine must feel that …": what someone is to feel, not a demand of them
        if any(t.tag_ in ("WP", "WRB", "WDT") for t in verb.subtree if t.i < verb.i):
            return None  # "what an agreement should look like": a question, not a demand
        head = modal[1] if modal[1].i != verb.i and modal[1].pos_ in ("VERB", "AUX") and modal[1].dep_ != "aux" \
            else verb
        # "Mr Kenteris should now be given the opportunity": a passive names who gains, not of whom
        # it is asked
        asked_of = None if is_passive(verb) else first_of(subject)
        return Frame("demand", verb, head, [], asked_of, [verb], condition_of(path_to(verb, head)),
                     by_speaker=True)
    if future_aux(verb) is None or verb_trigger(verb) is not None or not subject or subject[0].lower_ in ("i", "you"):
        return None  # "I wouldn't look at the fee as a tax": an opinion
    lemma = verb.lemma_.lower()
    if is_passive(verb) and is_legal_action(subject[0]) and not is_negated(verb):
        # "legal action would be taken, outside Russia, against the auction winners", X said
        against = prep_objects(verb).get("against")
        return Frame("threat", verb, verb, [], against, [subject[0]], condition_of([verb]), by_speaker=True)
    if lemma in load_lexicon("ask_will_stative") or is_passive(verb):
        return None
    kind = "refusal" if is_negated(verb) else "pledge"
    threatening = [c for c in verb.children if c.dep_ == "xcomp" and verb_trigger(c) and verb_trigger(c)[0] == "threat"]
    if threatening and kind == "pledge":
        # "Russia will keep fighting until Kyiv makes decisions": a threat, aimed at whom the "until"
        # clause says must act
        return Frame("threat", verb, verb, subject, pressed_until([verb, *threatening]), [verb],
                     condition_of([verb, *threatening]), by_speaker=True)
    condition = condition_of([verb])
    preps = prep_objects(verb)
    partner = next((preps[p] for p in ("to", "with") if p in preps and is_actorish(preps[p])
                    and preps[p].pos_ != "PRON"), None)
    if kind == "pledge" and condition is None and partner is None:
        return None  # "said it would maintain the division": a plan, promised to nobody
    words = {t.lemma_.lower() for t in verb.subtree}
    if kind == "pledge" and words & load_lexicon("coercive_measures") and not words & RELIEF:
        return None  # "Britain would use its powers to ban Japanese financial institutions … if …": a
        # threat of a measure, which the sanctions section carries
    return Frame(kind, verb, verb, subject, partner, [verb], condition, by_speaker=True)


def is_subjunctive(verb: Token) -> bool:
    """A that-clause in the mandative subjunctive: "that it be given the same information", "that it
    not accept a plan", "that GenCorp remove its poison pill" — a base-form verb with a subject of
    its own and no modal, which English uses only for what is to be done."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("to", "do", "does", "did"))
                              for c in verb.children):
        return False
    passive_be = any(c.dep_ in ("auxpass", "aux") and c.lower_ == "be" and c.tag_ == "VB" for c in verb.children)
    if passive_be:
        return True  # "that it be given", "that they be allowed"
    if verb.tag_ != "VB":
        return False
    singular = subject.tag_ in SINGULAR_TAGS or subject.lower_ in SINGULAR_PRONOUNS
    bare_negation = any(c.dep_ == "neg" and c.i == verb.i - 1 for c in verb.children)
    return singular or bare_negation  # "that GenCorp remove", "that they not accept"


def read_subjunctive(verb: Token) -> Frame | None:
    """"The partnership requested that, if …, it be given the same information", "X said that if
    GenCorp agrees to another proposal, it also be given an opportunity to bid": what the clause
    asks to be done, by the subject of the verb of asking or saying above it (however the parser
    hung the clause under an "if" between them). Asked of the clause's subject unless that
    subject gains by it ("it be given": for the party, not of it)."""
    if not is_subjunctive(verb):
        return None
    governor = verb.head
    for _ in range(GOVERNOR_REACH):
        trigger = verb_trigger(governor)
        if governor.pos_ == "VERB" and (governor.lemma_.lower() in load_lexicon("ask_speech_verbs")
                                        or trigger is not None and trigger[0] in ("ask", "demand")):
            break
        if governor.head.i == governor.i:
            return None
        governor = governor.head
    else:
        return None
    party = subject_of(governor)
    if not party or is_negated(governor):
        return None  # "did not ask that …": nothing asked
    trigger = verb_trigger(governor)
    kind = trigger[0] if trigger is not None and trigger[0] in ("ask", "demand") else "demand"
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    asked_of = subject if is_actorish(subject) and subject.pos_ != "PRON" and not is_receiving(verb) else None
    return Frame(kind, verb, governor, party, asked_of, [verb], condition_of(path_to(verb, governor)))


def pressed_until(verbs: list[Token]) -> Token | None:
    """The party a threat presses: the named subject of its "until" clause ("would continue
    fighting until Kyiv made decisions")."""
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children):
                return next((s for s in subject_of(clause) if is_actorish(s) and s.pos_ != "PRON"), None)
    return None


def read_necessity(adjective: Token) -> Frame | None:
    """"It is essential to make online marketplaces accountable", "it is vital that Japan opens its
    market": an impersonal demand, its party whoever says it (``by_speaker``), asked of the that-
    clause's subject when it names one."""
    if adjective.pos_ != "ADJ" or adjective.lower_ not in load_lexicon("ask_necessity_adjectives") \
            or adjective.dep_ != "acomp" or is_negated(adjective.head):
        return None
    if not any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in adjective.head.children):
        return None
    clause = next((c for c in (*adjective.children, *adjective.head.children) if c.dep_ in ("xcomp", "ccomp")
                   and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in load_lexicon("ask_will_stative")), None)
    if clause is None:
        return None
    asked_of = first_of([s for s in subject_of(clause) if is_actorish(s)]) if clause.dep_ == "ccomp" else None
    return Frame("demand", adjective, adjective.head, [], asked_of, [clause],
                 condition_of(path_to(adjective, adjective.head)), by_speaker=True)
