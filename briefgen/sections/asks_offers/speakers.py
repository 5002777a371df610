"""Whom a description means in the speech of someone who speaks for a body: the body named in the
speaker's own apposition ("Joseph Jamail, a Houston attorney for Pennzoil, said the company …").
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token


def spoken_for(token: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The body the speaker of the reported speech holding ``token`` speaks for, by the name a
    proper noun of their apposition gives (``name_of``: the actor it names, if it fits), or None."""
    node = token
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None) if node.dep_ == "ccomp" else None
    return body_described(speaker, name_of, ("appos",), ("poss",)) if speaker is not None else None


def body_described(speaker: Token, name_of: Callable[[Token], str | None], parts=("appos", "compound", "poss"),
                   owners=("poss", "compound")) -> str | None:
    """The body a speaker's own description names ("Christine Grahn, TikTok's Head of Public
    Policy", "an attorney for Pennzoil", "a TikTok spokesman"): the first proper noun, not a
    person's, that owns the description (``owners``) or follows its "for"/"of", by ``name_of``."""
    for part in (c for c in speaker.children if c.dep_ in parts):
        for t in part.subtree:
            owner = t.dep_ in owners or (t.dep_ == "pobj" and t.head.lower_ in ("for", "of"))
            if owner and t.pos_ == "PROPN" and t.ent_type_ != "PERSON":
                name = name_of(t)
                if name:
                    return name
    return None


#: Heads of the name or noun of a court: what it says should be done is a ruling, not a demand.
COURTS = ("court", "tribunal", "judge", "justice")


def is_court(token: Token) -> bool:
    """A court or judge speaks ("The Supreme Court", "the bankruptcy judge")."""
    return token.lemma_.lower() in COURTS
