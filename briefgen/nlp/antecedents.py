"""Whom a pronoun that opens its clause stands for, when its own sentence names no one before it:
the named subject of the sentence before, if it agrees ("it" a body or country, "they" a group or
several people, "he"/"she" one person). One rule for every section that must say who acted; a
pronoun that fits nothing stays unresolved rather than guessed.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Document, Sentence

THING_PRONOUNS = frozenset({"it", "its", "itself"})
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
GROUP_PRONOUNS = frozenset({"they", "their", "them"})
PRONOUNS = THING_PRONOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS


def agrees(word: str, subject: Token) -> bool:
    """Whether pronoun ``word`` can stand for ``subject`` ("Kostas Kenteris and Katerina Thanou" are
    "they", not "he")."""
    person = subject.ent_type_ == "PERSON"
    people = person and any(c.dep_ == "conj" for c in subject.children)
    return (word in THING_PRONOUNS and not person) or (word in PERSON_PRONOUNS and person and not people) \
        or (word in GROUP_PRONOUNS and (people or not person))


def same_referent(first: Token, later: Token) -> bool:
    """Whether two pronouns of one sentence are read as one party: the same number and person
    ("If they do not respond …, they will be provisionally banned")."""
    return any(first.lower_ in group and later.lower_ in group
               for group in (THING_PRONOUNS, GROUP_PRONOUNS, frozenset({"he", "his", "him"}), frozenset({"she", "her"})))


def pronoun_word(token: Token) -> str:
    """The pronoun a token stands as: "it" for a collective noun pointing back ("the company"),
    else its own lowercase word."""
    return "it" if is_anaphoric(token) else token.lower_


#: How many sentences a chain of one pronoun ("It said … . … , it said") is followed back to its name.
CHAIN_LENGTH = 3


def subject_before(document: Document, sentence: Sentence, pronoun: Token, chain: int = CHAIN_LENGTH
                   ) -> tuple[Token, Sentence] | None:
    """The named (proper-noun) subject of the main clause of the sentence before ``sentence``, and
    that sentence, when ``pronoun`` agrees with it; else None. A collective noun standing in ("the
    company") stands as "it", and finds none when the sentence before names that noun too: "The
    Commission said that the company must pay. The company said it would appeal" — the company is
    not the Commission."""
    word = pronoun_word(pronoun)
    if sentence.index == 0 or word not in PRONOUNS:
        return None
    before = document.sentences[sentence.index - 1]
    if is_anaphoric(pronoun) and any(t.lemma_.lower() == pronoun.lemma_.lower() for t in before.span):
        return None
    subject = main_subject(before)
    if subject is not None and subject.pos_ == "NOUN":
        subject = named_apposite(subject) or subject
    if subject is not None and described_again(subject) and before.index > 0:
        # "TikTok … also gave the DPC inaccurate information … The social media giant told the DPC that it does
        # not store … But in April it acknowledged …": "it" is the giant, and the giant the name before it
        earlier = document.sentences[before.index - 1]
        named = main_subject(earlier)
        if named is not None and named.pos_ == "PROPN" and agrees(word, named) and agrees(word, subject):
            return named, earlier
    if subject is not None and subject.pos_ == "PRON" and chain > 1 and same_referent(subject, pronoun):
        return subject_before(document, before, subject, chain - 1)  # "The BND said … . It said Russia's
        # definition … differed … . If these … amounts are taken into account, total spending in 2024 reached …,
        # it said": each "it" is the one before, and the first is the BND
    if subject is None or subject.pos_ != "PROPN" or not agrees(word, subject):
        return None
    return subject, before


def main_subject(sentence: Sentence) -> Token | None:
    """The subject of the sentence's main clause, or the named teller of a subjectless one."""
    return next((c for t in sentence.span if t.dep_ == "ROOT" for c in t.children
                 if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or teller_of_subjectless(sentence)  # "Kenteris and Thanou were asked to explain"


def described_again(subject: Token) -> bool:
    """A subject told by a definite description of one party, no name of its own ("The social media
    giant"): it points back to the party named just before."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and not any(
        c.pos_ == "PROPN" or c.ent_type_ for c in subject.subtree if c.i != subject.i)


def group_before(document: Document, sentence: Sentence, pronoun: Token) -> tuple[str, Sentence] | None:
    """For "they" opening a sentence, the plural subject of the sentence before when a name says whose
    group it is ("Reagan Administration officials said the U.S. May lift … They said it was likely the 51
    mln dlrs in sanctions would be lifted"), as written; else None. A bare "officials" says no one."""
    if sentence.index == 0 or (pronoun.lower_, pronoun.dep_) not in (("they", "nsubj"), ("their", "poss")):
        return None
    before = document.sentences[sentence.index - 1]
    subject = next((c for t in before.span if t.dep_ == "ROOT" for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    named = any(c.dep_ in ("compound", "amod") and _is_name(c) for c in subject.children)
    # "Seamen in Santos, Brazil's main port, are in defiant mood. One of their leaders …": whose, by the place
    place = next((p for p in subject.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "from", "of")
                  and any(o.dep_ == "pobj" and _is_name(o) for o in p.children)), None)
    if not named and place is None:
        return None
    last = max(subject.i, *(o.i for o in place.children if o.dep_ == "pobj")) if place is not None else subject.i
    words = subject.doc[subject.left_edge.i : last + 1]
    return (words[1:] if words[0].lower_ == "the" else words).text, before


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "ORG", "GPE")


def teller_of_subjectless(sentence: Sentence) -> Token | None:
    """Who speaks in a sentence whose root the parser gave no subject: the named subject of its
    "said" ('"Brazil's seamen are the second worst paid in the world, after Ghana's," dos Santos said',
    parsed with "dos" as root), or the name just before a "said" the parser made a modifier ("Athletics'
    ruling body the IAAF said explanations … were 'unacceptable'", root "body")."""
    said = next((t for t in sentence.span if t.lemma_.lower() == "say" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if said is None:
        return None
    named = next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    before = said.doc[said.i - 1] if said.i > sentence.span.start else None
    return before if before is not None and before.pos_ == "PROPN" and sentence.span.root.pos_ not in ("VERB", "AUX") \
        else None


#: Lowercase words that open a surname ("dos Santos", "van Gaal", "al-Assad" is one token already).
NAME_PARTICLES = frozenset({"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn"})


def name_as_written(token: Token, sentence: Sentence) -> str:
    """The name a token is part of, as the sentence writes it, with the particle that opens the surname
    when the recogniser left it out ("dos Santos said", tagged "Santos": the port of Santos is another)."""
    ent = next((e for e in sentence.span.ents if e.start <= token.i < e.end), None)
    start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
    while start > sentence.span.start and token.doc[start - 1].lower_ in NAME_PARTICLES and token.doc[start - 1].is_lower:
        start -= 1
    return token.doc[start:end].text


def parsed_beside(noun: Token) -> Token | None:
    """The name a description runs into, parsed as a second subject or object beside it: "Greek
    sprinters *Kostas Kenteris* and Katerina Thanou have been suspended"."""
    return next((c for c in noun.head.children if c.dep_ == noun.dep_ and c.pos_ == "PROPN"
                 and c.left_edge.i == noun.i + 1), None)


def named_apposite(noun: Token) -> Token | None:
    """The name a description stands beside: parsed beside it, or in apposition ("the pair's former
    coach, *Christos Tzekos*")."""
    return parsed_beside(noun) or next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def subject_within(sentence: Sentence, pronoun: Token) -> Token | None:
    """The named subject of the pronoun's own clause, or of the main clause when its own has none or
    only a pronoun, before ``pronoun`` in its sentence, when the pronoun agrees with it: "Mr
    Khodorkovsky is currently on trial … following his arrest in October 2003"; in "France is among
    those who want rapid action, especially as the United States … has scrapped its 'de minimis'
    policy", "its" is the United States'."""
    clause = pronoun.head
    for _ in range(8):
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            break
        if clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in clause.head.children):
            return None  # "cause the president to back away from his plan": his is the president's, unnamed
        if clause.head.i == clause.i:
            break
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i), None)
    if subject is None or subject.pos_ == "PRON":
        subject = next((c for t in sentence.span if t.dep_ == "ROOT" for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i >= pronoun.i or not agrees(pronoun.lower_, subject):
        return None
    return subject


def counted_before(document: Document, sentence: Sentence, noun: Token, count: int) -> tuple[Token, Sentence] | None:
    """The parties a count noun stands for ("The duo had been provisionally suspended", after
    "Sprinters Kostas Kenteris and Katerina Thanou have been cleared"): the last coordination of
    exactly ``count`` named people or bodies before it, in its own sentence or else the sentence
    before; its first name and that sentence, or None when there is no such coordination."""
    def groups(span: Span, before: int | None):
        for t in span:
            if before is not None and t.i >= before:
                break
            if t.pos_ == "PROPN" and t.dep_ != "conj" and t.ent_type_ in ("PERSON", "ORG"):
                names = [t, *(c for c in t.subtree if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == t.ent_type_)]
                if len(names) == count:
                    yield t
    own = list(groups(sentence.span, noun.i))
    if own:
        return own[-1], sentence
    if sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    found = list(groups(before.span, None))
    return (found[-1], before) if found else None


def is_anaphoric(noun: Token) -> bool:
    """A collective noun with only "the" before it ("the group", "the unit"), pointing back to a party."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in load_lexicon("anaphoric_nouns") and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "case" for c in noun.children)


def named_before(noun: Token) -> Span | None:
    """The organisation that "the company", "the group" stands for: the one named before it in its
    sentence, when exactly one is ("Gencorp said its statement would be made on or before the company's
    annual meeting"); None for any other noun."""
    if noun.lemma_.lower() not in load_lexicon("anaphoric_nouns") or not all(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "case" for c in noun.children):
        return None
    named = [e for e in noun.sent.ents if e.label_ == "ORG" and e.end <= noun.i]
    if len({e.text for e in named}) == 1:
        return named[0]
    return speakers_employer(noun)


def speakers_employer(noun: Token) -> Span | None:
    """The organisation whose official speaks of "the company" in reported speech: "Christine Grahn,
    TikTok's Head of Public Policy …, said the company disagrees" (the owner of the speaker's title)."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ccomp" else None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb is not None else None
    title = next((c for c in speaker.children if c.dep_ == "appos"), None) if speaker is not None else None
    owner = next((c for c in title.children if c.dep_ == "poss"), None) if title is not None else None
    return next((e for e in noun.sent.ents if e.label_ == "ORG" and e.start <= owner.i < e.end), None) \
        if owner is not None else None


def named_by_head(document: Document, sentence: Sentence, noun: Token) -> tuple[Span, Sentence] | None:
    """The organisation a definite description stands for by its head word, the nearest named before
    it in its sentence or the one before ("… took their cases to the Special Immigration Appeals
    Commission (SIAC). The commission ruled on 30 July, 2002 …"), and the sentence that names it; None
    when no name there ends in that word."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ not in ("det", "case") for c in noun.children):
        return None
    word = noun.lemma_.lower()
    here = [e for e in sentence.span.ents if e.end <= noun.i]
    before = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    for ents, where in ((here, sentence), (list(before.span.ents) if before is not None else [], before)):
        for ent in reversed(ents):
            if ent.label_ == "ORG" and ent[-1].lemma_.lower() == word:
                return ent, where
    return None
