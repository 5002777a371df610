"""How a lifting stands — done, put off, eased, offered, asked for or opposed — read from the lift
word and the words above it; and the modals that mark a measure or lifting as not yet done.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.syntax import ADVICE_MODALS, MODALS, chain
from briefgen.sections.sanctions.agents import asker_of, lifter_of
from briefgen.sections.sanctions.lexicons import lexicon


def has_modal(verb: Token) -> bool:
    """``will take``, ``would be imposed``, ``is going to``."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG")


def has_advice_modal(verb: Token) -> bool:
    """``should sanction``, ``must impose``, ``ought to``: someone says a measure is due."""
    return any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in verb.children)


#: Words by which an attempt came to nothing ("its failure to convince", "failed to persuade").
FAILING = {"fail", "failure", "unable", "inability"}
#: Verbs that lift or hold back a measure only with their particle ("hold up", "call off").
PHRASAL_LIFTS = {("hold", "up"), ("hold", "off"), ("hold", "back"), ("call", "off"), ("put", "off"), ("back", "off")}
#: Of the lifting words, those that put a measure off rather than end it: suspended.
PUTTING_OFF = {"suspend", "suspension", "hold", "put", "delay", "postpone", "defer"}


def phrasal_lift(node: Token) -> bool:
    """A particle verb that lifts or holds back what it governs ("hold up imposing duties")."""
    return node.pos_ == "VERB" and any(
        (node.lemma_.lower(), c.lower_) in PHRASAL_LIFTS for c in node.children if c.dep_ == "prt")


def lift_status(node: Token) -> tuple[str, Token]:
    """How a lifting (``node``, a lift verb or noun) stands, and the word that says so.

    A verb of opposing over it ("Washington and Paris *oppose* lifting the embargo") makes it
    ``lift-opposed``; a verb of asking or wanting whose subject is not the one who would lift
    ("Iran *wants* sanctions lifted", "*called on* the US to lift") makes it ``lift-demanded``;
    a proposal, threat or modal ("the EU could ease", "the US *wants* to lift") makes it
    ``lift-proposed``; otherwise it happened (``lifted``). The word returned is the opposing or
    asking one, whose subject is the party of the item.
    """
    # a parser sometimes hangs "oppose" on the gerund as an auxiliary ("oppose/aux lifting/ROOT")
    for c in node.children:
        if c.dep_ == "aux" and c.lemma_.lower() in lexicon("oppose_verbs"):
            return "lift-opposed", c
    proposed = has_modal(node)
    for above in chain(node)[1:]:
        lemma = above.lemma_.lower()
        if lemma in lexicon("oppose_verbs"):
            return "lift-opposed", above
        if lemma in lexicon("demand_words"):
            if above.head.lemma_.lower() in FAILING:
                return "described", above  # "despite its failure to convince America to call off the
                # threatened tariffs": no lifting is asked any more, and none came (audit s13, #26)
            asker = asker_of(above)
            lifter = lifter_of(node)
            if asker is None or lifter is None or lifter.i != asker.i:
                return "lift-demanded", above
            return "lift-proposed", node
        if any(lemma in lexicon(table) for table in ("proposal_verbs", "threat_verbs", "plan_verbs", "consider_verbs")) \
                or has_modal(above):
            proposed = True  # "The European Union plans to lift sanctions on Iran": not lifted yet
        if above.dep_ in ("conj", "parataxis") and above.pos_ in ("VERB", "AUX"):
            break
    if proposed:
        return "lift-proposed", node
    lemma = node.lemma_.lower()
    if lemma in lexicon("restore_verbs") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
            and node.head.lemma_.lower() in ("agree", "decide", "vow", "pledge", "promise"):
        return "lift-proposed", node.head  # "had also agreed to reestablish …": lifting agreed, not yet done
    if lemma in lexicon("ease_verbs"):
        return "eased", node  # "the tariff was revised down to 54% from 120%": lighter, still in force
    return ("suspended" if lemma in PUTTING_OFF else "lifted"), node
