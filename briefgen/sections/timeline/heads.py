"""Which word a date's event hangs on: the verb or event noun the date modifies (:func:`governor`),
and the head of the clause a row shows for it (:func:`event_head`) — a noun phrase of its own, or the
verb it depends on — never climbing past a word that dates the clause above by another moment.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.sections.timeline.nominal import says_who, stands_alone


def governor(date: Span) -> Token:
    """The word the date expression modifies: a verb, or an event noun ('visit … in July')."""
    root = date.root
    while root.dep_ == "conj" and root.head.i != root.i:  # '2018 and 2019'
        root = root.head
    token = root.head
    while (token.pos_ == "ADP" or token.dep_ == "prep") and token.head.i != token.i:  # ("since" as SCONJ)
        token = token.head
    teller = token.head
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if token.dep_ == "ccomp" and teller.lemma_.lower() in load_lexicon("ask_speech_verbs") and subject is not None \
            and teller.i < date.start < subject.i:
        return teller  # "Melania Trump said on Wednesday she remains in contact …": the day she said it
    return token


def dated_object(noun: Token, date: Span) -> bool:
    """A date in an "on/in/at" phrase the parser hung on a verb's object, not on the verb: the
    verb's day ("Ukraine and Russia concluded a second round of U.S.-brokered talks in Abu Dhabi on
    Thursday"; timeline audit t5, row 21 lost its subject). A date before the noun ("a September 1986
    agreement") stays the noun's."""
    prep = date.root.head
    verb = noun.head
    return noun.dep_ == "dobj" and prep.dep_ == "prep" and prep.head.i == noun.i and prep.i > noun.i \
        and prep.lower_ in ("on", "in", "at", "during") and verb.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" for c in verb.children)


def event_head(date: Span) -> tuple[Token, Token | None]:
    """The clause head for the event line, and a child clause that must stay in it.

    A verb modifying a noun ('a national sanctioned in March') widens to that noun phrase; an event
    noun with no name in it ('the meeting last month') widens to the verb it depends on."""
    head = governor(date)
    while head.dep_ == "xcomp" and head.head.i != head.i:  # 'is planning to travel … this month'
        head = head.head
    if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "Russian authorities are due to auction off Yuganskneftegas on 19 December": who is due
    if head.tag_ == "VBG" and head.dep_ == "acl" and head.head.dep_ == "nsubj" and head.head.head.pos_ in ("VERB", "AUX"):
        said = head.head.head  # "Witkoff—speaking on Thursday at the World Economic Forum …—said …": what the
        # speaker did while speaking, with who (audit s35); a past participle is a deed of its own
        if said.dep_ == "relcl" and said.head.pos_ in ("NOUN", "PROPN"):
            return said.head, said  # "territorial disputes, which Witkoff—speaking …—said is the “one issue” …"
        return said, head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head, head
    if head.pos_ in ("VERB", "AUX") and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head.head, head  # 'Washington was studying the reply and would discuss it …': keep the subject
    if head.pos_ in ("NOUN", "PROPN") and (head.dep_ in ("nsubj", "nsubjpass")
                                           or not stands_alone(head) or dated_object(head, date)
                                           and not says_who(head)):
        verb, passed = head, None
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            if verb.lower_ in RELATIVE_TIME_PREPS:
                passed = verb.lower_
            verb = verb.head
        if verb.lower_ in RELATIVE_TIME_PREPS:
            passed = verb.lower_  # ("following" as a verb)
        if date.root.dep_ == "poss" and passed is None and head.dep_ not in ("nsubj", "nsubjpass"):
            return head, None  # "… after Yukos accused Gazprom of illegally taking part in Sunday's auction": the day
            # is the auction's, told in passing; no clause above is dated by it (timeline audit s21, row 30)
        if verb.pos_ in ("VERB", "AUX") and (passed is None or passed in ("after", "following") and verb.tag_ == "VBD"):
            return verb, None  # "told reporters after Wednesday's talks": that day's telling; but "parts … seized
            # before the 2022 invasion" were not seized in 2022, and a trial "following his arrest in October
            # 2003" is not of 2003
    return head, None


#: Prepositions that date the clause above them by another moment ("since the start of Russia's
#: full-scale invasion in 2022", "after Russia's 2014 illegal annexation of Crimea"): a line never
#: climbs past them, or it would date that clause's event by this date.
RELATIVE_TIME_PREPS = {"since", "after", "before", "following", "until", "till", "prior", "ahead", "from"}
