"""The frame of the asks-and-offers section: one trigger's reading on the dependency parse — who
(``party``) asks, demands, offers, pledges, refuses or threatens what (``items``) of or to whom
(``counterparty``), the clause that says it (``head``) and its condition — and the helpers every
reader of a trigger shares (:mod:`.verbs`, :mod:`.nouns`, :mod:`.modals`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.labels import is_law_name
from briefgen.nlp.syntax import prep_objects
from briefgen.sections.asks_offers.triggers import verb_trigger

#: Prepositions whose object is the counterparty, by kind ("call on Y", "offer to Y").
COUNTERPARTY_PREPS = {
    "ask": ("on", "upon", "of", "from", "to"),
    "demand": ("on", "upon", "of", "from", "to"),
    "offer": ("to",),
    "pledge": ("to", "with"),
    "refusal": ("to", "from"),
    "threat": ("against",),
}


#: Verbs of a bid whose object is the company bid for ("offered to acquire X", "to buy X").
TAKEOVER_VERBS = ("acquire", "buy", "purchase", "take")
#: Entity types that never name a party.
NOT_PARTIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
#: Prepositions whose noun is an aside of the clause around it ("despite its failure to convince").
ASIDE_PREPS = ("despite", "after", "before", "following", "amid", "without", "since")


@dataclass
class Frame:
    """One trigger's reading: the tokens of party, counterparty and items, all from one sentence."""

    kind: str
    trigger: Token
    head: Token
    party: list[Token]
    counterparty: Token | None
    items: list[Token]
    condition: Token | None = None
    withdrawn: bool = False
    by_speaker: bool = False  # the party is whoever reports the sentence (modal and "would" frames)
    keep: list[Token] = field(default_factory=list)  # tokens the line must hold (a relative's noun)
    refers_back: bool = False  # "the offer" with no party: the same source's latest offer


def line_head(verb: Token) -> Token:
    """The verb whose clause is the line: the trigger, the verb of intent or attempt it is the
    complement of ("plans to sue", "decided to recommend", "is trying to persuade"), or the verb
    of the noun it describes ("reached its decision to reject")."""
    head = verb
    for _ in range(2):
        if head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and verb_trigger(head.head) is None:
            head = head.head
        else:
            break
    if head.dep_ == "acl" and (head.head.dep_ == "dobj" or head.head.dep_ == "pobj"
                               and head.head.head.lower_ not in ASIDE_PREPS):
        # "the board reached its decision to reject the offer": the clause with the noun's verb
        noun = head.head
        governor = noun.head if noun.dep_ == "dobj" else noun.head.head
        if governor.pos_ in ("VERB", "AUX"):
            head = governor
    return head


def is_actorish(token: Token) -> bool:
    """A token that may name a party: a proper noun, a pronoun, a person/organisation/place
    entity, or a collective noun ("shareholders", "the union")."""
    if token.ent_type_ in NOT_PARTIES:
        return False  # "on Thursday", "of 120 pct"
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and (ent.label_ == "LAW" or is_law_name(ent.text)):
        return False  # "threatened to use its new Financial Services Act to revoke … licences": a law, no party
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.pos_ == "NOUN" and (token.lemma_.lower() in load_lexicon("ask_collective_nouns")
                                     or token.lemma_.lower() in load_lexicon("ask_audience_nouns"))


def first_of(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


def path_to(token: Token, head: Token) -> list[Token]:
    """``token`` and its ancestors up to ``head``: where a condition may hang."""
    out = [token]
    while out[-1] != head and out[-1].head.i != out[-1].i and len(out) < 6:
        out.append(out[-1].head)
    return out


def named_party(token: Token) -> Token | None:
    """The name a party phrase holds: the token itself when a name, else the name it is a part of
    ("an arm of Russian state gas firm Gazprom", "a unit of Yukos")."""
    if token.pos_ == "PROPN":
        return token
    owner = prep_objects(token).get("of") if token.pos_ == "NOUN" else None
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def pressed_in_same_breath(head: Token) -> Token | None:
    """The party a verb coordinated with a demand aims a measure at, named with "on" or "against"
    ("has set out deadlines for an agreement and threatened additional sanctions on Moscow")."""
    for verb in (t for t in head.conjuncts if t.pos_ == "VERB"):
        for word in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
            preps = prep_objects(word)
            target = preps.get("on") or preps.get("against")
            if target is not None and is_actorish(target) and target.pos_ != "PRON":
                return target
    return None


#: Verbs of an exchange: what is given "for" something of another party.
EXCHANGE_VERBS = ("swap", "exchange", "trade", "barter")


def swap_partner(items: list[Token]) -> Token | None:
    """Whose goods an offered swap is for ("ready to swap its drones … for the missiles from allies
    or for Poland's Soviet-era MiG-29 fighter jets": the allies)."""
    for item in items:
        for verb in (t for t in item.subtree if t.lemma_.lower() in EXCHANGE_VERBS and t.pos_ == "VERB"):
            for goods in (o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "for"
                          for o in p.children if o.dep_ == "pobj"):  # wherever the parser hung "for"
                owner = next((c for c in goods.children if c.dep_ == "poss"), None) or prep_objects(goods).get("from")
                if owner is not None and is_actorish(owner) and owner.pos_ != "PRON":
                    return owner
    return None


def partner_of(items: list[Token]) -> Token | None:
    """Whom an offered or promised act is with or for, named in it ("ready to continue talks with
    the United States", "its willingness to negotiate with Gencorp", "agreed to loan to an arm of
    … Gazprom the money")."""
    return next((named for i in items if i.pos_ in ("VERB", "AUX") for w in (i, *(c for c in i.children if c.dep_ == "dobj"))
                 for p, o in prep_objects(w).items() if p in ("with", "to") and (named := named_party(o)) is not None), None)


def takeover_target(verb: Token) -> Token | None:
    """The company a bid or purchase is for, when the act is a takeover verb with a named object
    ("to acquire Harper and Row", "to buy Piedmont")."""
    if verb.lemma_.lower() not in TAKEOVER_VERBS:
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return target if target is not None and target.pos_ == "PROPN" else None


def is_receiving(verb: Token) -> bool:
    """A clause whose subject gains what is asked ("Ukraine must receive guarantees", "that it be
    given the same information"): the ask is for its subject, not of it."""
    lemma = verb.lemma_.lower()
    passive_gain = lemma in ("give", "grant", "offer", "award", "allow") and any(
        c.dep_ == "auxpass" for c in verb.children)
    return lemma in load_lexicon("ask_recipient_verbs") or passive_gain
