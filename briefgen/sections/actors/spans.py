"""Repairs of the tagger's entity spans before they become mentions: the article and possessive
of a surface form, and coordinations the model ran together ("Gazprom and Rosneft") or split
("Wagner" and "Brown" of "Wagner and Brown").
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

POSSESSIVE = re.compile(r"\s*['’]s?$")
LEADING_ARTICLE = re.compile(r"^(the|The|THE)\s+")


def clean_surface(text: str) -> str:
    """An entity's text without a leading article, a possessive ending or odd whitespace."""
    text = " ".join(text.split())
    if "(" in text and ")" not in text:
        text = text.split("(")[0]  # 'Ministry of Commerce (MOFCOM' cut by the model
    text = LEADING_ARTICLE.sub("", text)
    return POSSESSIVE.sub("", text).strip(" ,;:-–—\"“”'‘’()[]")


def unpaired(doc) -> list[Span]:
    """The entities that are not one half of a coordination the tagger split ("Wagner" and
    "Brown" in "Wagner and Brown"): no other entity stands just across an "and" or "&" from them."""
    starts, ends = {e.start for e in doc.ents}, {e.end for e in doc.ents}
    joins = {t.i for t in doc if t.lower_ in ("and", "&")}
    return [e for e in doc.ents if not (e.end in joins and e.end + 1 in starts)
            and not (e.start - 1 in joins and e.start - 1 in ends)]


def split_coordinated(ent: Span, alone: Counter) -> list[Span]:
    """An entity the model ran over a coordination ("Gazprom and Rosneft", "Gazpromneft, Rosneft"),
    split into its names when each stands alone in the sources more often than the whole does; a
    firm named with "and" ("Wagner and Brown") stays whole: its name is what the sources repeat."""
    cuts = [t.i for t in ent if t.lower_ in ("and", ",") and t.i not in (ent.start, ent.end - 1)]
    if len(cuts) != 1:
        return [ent]  # "AFG and Wagner and Brown": which "and" joins two names, the words cannot say
    bounds = [ent.start, *cuts, ent.end]
    parts = [Span(ent.doc, a + (a != ent.start), b, label=ent.label_) for a, b in zip(bounds, bounds[1:])]
    whole = alone[clean_surface(ent.text)]
    if all(len(p) and alone[clean_surface(p.text)] > whole for p in parts):
        return parts
    return [ent]
