"""When a dated noun phrase is a timeline row of its own: when it says who acts ("Russian Defense
Minister Sergei Shoigu's visit to North Korea in July", "a tender offer made March 18 by General
Acquisition"), or is the thing a clause acts on ("Japan's failure to honour a July 1986 agreement":
the agreement is of 1986, the failure is not). One that names only the other side and sits in a
verb's own "in/after" phrase is shown with that verb's clause ("Kremlin aide Yuri Ushakov told
reporters after Thursday's meeting with U.S. officials …"; timeline audit t3, rows 04 and 21).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.labels import ACTOR_LABELS


#: Prepositions of the occasion a verb's act takes place at ("said at his year-end press conference"), unlike
#: "besides his trips to Singapore and Vietnam in 2018 and 2019", whose date is not the verb's.
OCCASION_PREPS = frozenset({"at", "during", "in", "on"})


def stands_alone(noun: Token) -> bool:
    """The noun phrase is shown alone: it says who acts, or it names someone and is not a verb's
    own adjunct (:func:`adjunct`); never an object whose owner is a pronoun, when the clause around it
    says who ("the company had made its latest settlement offer to Texaco on Saturday")."""
    occasion = adjunct(noun) and noun.head.lower_ in OCCASION_PREPS
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and (noun.dep_ == "dobj" or occasion):
        return False  # (nor where a verb's own phrase names it: '"Everything was done by market methods," Mr
        # Putin said at his year-end press conference in Moscow' is what he said there, not the conference alone)
    return says_who(noun) or (names_anyone(noun) and not adjunct(noun))


def says_who(noun: Token) -> bool:
    """A noun phrase that names who acts ("Russian Defense Minister Sergei Shoigu's visit to North Korea
    in July")."""
    return noun.ent_type_ in ACTOR_LABELS or any(_names_party(child) for child in noun.children)


def names_anyone(noun: Token) -> bool:
    """A party is named anywhere in the phrase."""
    return any(t.ent_type_ in ACTOR_LABELS for t in noun.subtree)


def adjunct(noun: Token) -> bool:
    """The noun is what a verb's own "in/at/after" phrase names ("told reporters after Thursday's
    meeting with U.S. officials", "made its statement in a letter sent … on Friday"), so the verb's act
    shares its day; not a thing acted on ("failing to enforce … a September 1986 agreement")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX")


def _names_party(child: Token) -> bool:
    """A word of a noun phrase that says who acts: an owner (a pronoun too: whom it stands for is said
    beside the row), a modifier, a "by/of/between" phrase, the agent of a participle after it ("a
    tender offer made March 18 by General Acquisition"), or what an agreement binds its parties to
    ("a July 1986 agreement to stop dumping … outside the United States")."""
    if child.dep_ == "poss":
        return child.pos_ == "PRON" or names_anyone(child)
    if child.dep_ == "prep":  # the party itself ("the dissolution of the Soviet Union"), not a place inside
        return child.lower_ in DOER_PREPS and any(  # what it governs ("a round of talks in Abu Dhabi")
            t.ent_type_ in ACTOR_LABELS for o in child.children if o.dep_ == "pobj"
            for t in o.subtree if not any(a.dep_ == "prep" and a.i < t.i <= a.right_edge.i for a in o.children))
    if child.dep_ in ("acl", "relcl") and child.i > child.head.i:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return names_anyone(child)
        return any(c.dep_ in ("agent", "nsubj", "nsubjpass") and names_anyone(c) for c in child.children)
    return names_anyone(child)


#: Prepositions after an event noun that name who takes part ("a visit by Putin", "talks between
#: Kyiv and Moscow", "the dissolution of the Soviet Union"); "a meeting with U.S. officials", "a
#: letter sent to the GenCorp board" name only the other side (timeline audit t3, rows 04 and 21).
DOER_PREPS = {"of", "by", "between", "among", "amongst"}


def reported_occasion(participle: Token, date: Span) -> tuple[int, int] | None:
    """The bounds of the occasion a reported participle's own "at/during" phrase names, with the date right
    after it ("… unless territorial issues were resolved according to the framework agreed at the Trump-Putin
    Alaska summit in August 2025", Ushakov told reporters): the summit and its month are the fact the date
    gives; what was agreed there is the teller's claim (timeline audit s38, row 16). None otherwise."""
    for prep in (p for p in participle.children if p.dep_ == "prep" and p.lower_ in OCCASION_PREPS):
        occasion = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if occasion is None or occasion.i == date.root.i or not any(t.pos_ == "PROPN" for t in occasion.lefts):
            continue  # (a named occasion: "the Trump-Putin Alaska summit", not "a meeting")
        within = occasion.left_edge.i <= date.start and date.end <= occasion.right_edge.i + 1
        right_after = date.root.head.dep_ == "prep" and date.root.head.head.i == participle.i \
            and date.root.head.i == occasion.right_edge.i + 1
        if not (within or right_after):
            continue
        speech = load_lexicon("ask_speech_verbs")
        if any(a.dep_ == "ccomp" and a.head.lemma_.lower() in speech for a in participle.ancestors):
            return occasion.left_edge.i, max(occasion.right_edge.i + 1, date.end)
    return None
