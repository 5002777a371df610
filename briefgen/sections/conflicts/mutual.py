"""Mutual blame: a sentence that tells two named parties each blaming or accusing the other — "The U.S. And
Brazil, the largest coffee importer and exporter respectively, each laid the blame on the other for the
breakdown of the talks" (Reuters, 2 March 1987), "Israel and Hamas blamed each other …", "the two sides traded
accusations". The source itself says they disagree, so the sentence is the item; its heading says who
blames whom and for what.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.answers import actor_named
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

BLAME_VERBS = frozenset({"blame", "accuse"})
LAYING_VERBS = frozenset({"lay", "put", "place", "pin", "shift"})  # "laid the blame on the other"
TRADED = frozenset({"accusation", "blame", "charge", "recrimination"})  # "traded accusations"
OTHER = frozenset({"other", "another"})


def _at_each_other(verb: Token) -> bool:
    """The verb blames "each other", "one another" or "the other", or trades accusations."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    targets = objects + [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
                         if g.dep_ == "pobj"]
    if lemma in BLAME_VERBS:
        return any(t.lower_ in OTHER for t in targets)
    if lemma in LAYING_VERBS:
        return any(o.lemma_.lower() == "blame" for o in objects) and any(t.lower_ in OTHER for t in targets)
    return lemma == "trade" and any(o.lemma_.lower() in TRADED for o in objects)


def _parties(verb: Token, index) -> list[str]:
    """The named parties the verb's coordinated subject names ("The U.S. And Brazil … each laid …")."""
    names: list[str] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for token in [subject, *(t for t in subject.subtree if t.dep_ == "conj" and t.head.i == subject.i)]:
            name = actor_named(token, index)
            if name and name not in names:
                names.append(name)
    return names


def _for_what(verb: Token) -> str:
    """What they blame each other for, as written ("for the breakdown of the talks")."""
    cause = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"), None)
    return " " + " ".join(t.text for t in cause.subtree) if cause is not None else ""


def mutual_blame_conflicts(context: Context) -> list[Conflict]:
    """Each sentence telling two named parties blaming or accusing each other."""
    conflicts = []
    for document in context.documents:
        for sentence in story_sentences(document):
            for verb in sentence.span:
                if verb.pos_ != "VERB" or not _at_each_other(verb):
                    continue
                parties = _parties(verb, context.actor_index)
                if len(parties) < 2:
                    continue
                about = f"Who is to blame{_for_what(verb)}: {' and '.join(parties)} each blame the other"
                claims = [Claim(text=sentence.text, citations=[document.cite(sentence)])]
                conflicts.append(make_conflict(about, "denial", claims, about))
                break
    return conflicts
