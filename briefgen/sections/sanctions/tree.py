"""Parse-tree navigation of the sanctions section: children, prepositional objects, governors,
clause heads, and who does what (the subject of a verb, who asks, lifts or evades).

Nothing here names a story; only :func:`subject` reads a lexicon (``sanction_proposal_verbs``).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.sections.sanctions.lexicons import lexicon

CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "pcomp"}
# Verbs whose object, not subject, does what the infinitive says ("persuaded Iran to stop").
OBJECT_CONTROL = {"ask", "persuade", "force", "press", "tell", "order", "allow", "convince", "pressure",
                  "encourage", "compel", "invite", "require", "warn"}


def is_passive(verb: Token) -> bool:
    """``was sanctioned by``, or a reduced relative ``a national already sanctioned by``."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod") and not any(
        c.dep_ == "aux" for c in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child with one of ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_object(token: Token, preps: set[str]) -> Token | None:
    """The object of a preposition in ``preps`` hanging on ``token`` ("sanctions *on Iran*")."""
    for c in own_children(token):
        if c.dep_ in ("prep", "acl") and c.lower_ in preps:
            obj = child(c, "pobj", "dobj")
            if obj is not None:
                return obj
    return None


def own_children(token: Token) -> list[Token]:
    """A word's dependents that belong to it and not to a word coordinated after it: in "the arms
    embargo and access for inspectors to military sites" a parser may hang "for…" and "to…" on
    "embargo", but what follows a conjunct is that conjunct's."""
    conj = next((c.i for c in token.rights if c.dep_ == "conj"), None)
    return [c for c in token.children if conj is None or c.i < conj or c.dep_ in ("conj", "cc")]


def governor(token: Token) -> Token | None:
    """The verb a noun trigger depends on, climbing through prepositions, nouns and coordination."""
    head = token
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep" and head.lemma_.lower() != "include":
            return head
    return None


def chain(token: Token) -> list[Token]:
    """``token`` and its ancestors up to the root."""
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out

def clause_head(token: Token) -> Token:
    """The head of the clause a token belongs to."""
    head = token
    while head.dep_ not in CLAUSE_DEPS and head.head.i != head.i:
        head = head.head
    return head

def conjuncts(head: Token) -> list[Token]:
    """A head and the heads coordinated with it ("X, Y and Z")."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(conjuncts(c))
    return out

def subject(verb: Token | None) -> Token | None:
    """The subject of a verb, climbing from an infinitive or gerund to the verb it serves."""
    node = verb
    for _ in range(8):
        if node is None:
            return None
        subj = child(node, "nsubj", "csubj")
        if subj is not None:
            return subj
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            if node.dep_ == "acl" and node.head.lemma_.lower() in lexicon("instrument_nouns"):
                # "Biden signed an executive order imposing sanctions": the order's author imposes
                author = node.head.head
                if author.lemma_.lower() in lexicon("instrument_verbs"):  # signed, issued, passed …
                    return child(author, "nsubj")
                return None
            return node.head if node.dep_ == "relcl" else None
        if node.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "dobj", "advcl", "conj") \
                or node.head.i == node.i:
            return None
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in OBJECT_CONTROL
                                     or node.head.lemma_.lower() in lexicon("proposal_verbs")):
            # "urged Pyongyang to cease", "called on the US to lift"
            controller = child(node.head, "dobj") or prep_object(node.head, {"on", "upon"})
            if controller is not None:
                return controller
        node = node.head
    return None

def asker_of(word: Token) -> Token | None:
    """Who asks, wants or opposes: the subject of the verb, or the owner of a noun ("Iran's demand")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return child(word, "poss") or subject(word)
    return subject(word.head if word.dep_ == "aux" else word)


def lifter_of(lift: Token) -> Token | None:
    """Who would do the lifting: the subject of an active lift verb (through control), else None."""
    if lift.pos_ not in ("VERB", "AUX") or is_passive(lift):
        return None
    return subject(lift)

def evader(cue: Token) -> Token | None:
    """Who evades: the subject of ``evade``, the owner of "Russia's efforts to evade", or the
    noun that a compound "sanctions evasion" describes ("a sanctions evasion network")."""
    if cue.pos_ == "NOUN":
        if cue.dep_ == "compound":
            head = cue.head
            while head.dep_ == "compound":
                head = head.head
            return head
        return child(cue, "poss")
    subj = child(cue, "nsubj")
    if subj is not None:
        return subj
    if cue.dep_ == "acl":
        owner = child(cue.head, "poss")
        if owner is None and cue.head.dep_ == "dobj":
            owner = subject(cue.head.head)
        return owner or cue.head
    return subject(cue)

def condition(token: Token) -> Token | None:
    """An ``if``/``unless`` clause on the way up from the trigger."""
    for node in chain(token):
        for c in node.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"if", "unless"}:
                return c
    return None
