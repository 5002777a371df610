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
    for appos in (c for c in (speaker.children if speaker is not None else ()) if c.dep_ == "appos"):
        for t in appos.subtree:
            if t.pos_ == "PROPN" and (t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in ("for", "of"))):
                name = name_of(t)
                if name:
                    return name
    return None
