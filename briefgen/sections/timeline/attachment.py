"""Where a dated clause really belongs when the parse says otherwise: the noun a clause describes
though the parser hung it higher, the copular clause whose attribute holds it, and the opening phrase a
row keeps or drops."""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon


def described_noun(head: Token, keep: Token | None) -> Token | None:
    """The noun a clause after ``head`` really describes, where the parser hung it too high: the
    last noun joined to ``head`` by "and/or/plus" ("a 30% tariff or flat fees of up to $50, plus the
    145% tariff on imports from China levied by Trump last month"), or the named party just before
    a "who" said of a thing ("Goods bought from Temu and Shein, who handled 30% of … packages last
    year": Temu and Shein handled them). None when the parse is to be believed."""
    if keep is None or head.pos_ not in ("NOUN", "PROPN") or keep.dep_ not in ("acl", "relcl") or keep.i < head.i:
        return None
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < keep.i
              and any(d.dep_ == "det" for d in c.children)]  # a phrase of its own ("the 145% tariff"), not
    # one half of "Russia's 2014 illegal annexation of Crimea and support for separatist rebels …, followed by …"
    if joined:
        return joined[-1]
    who = keep.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in keep.children)
    before = head.doc[keep.left_edge.i - 2] if keep.left_edge.i >= 2 and head.doc[keep.left_edge.i - 1].text == "," else None
    if not who or head.pos_ != "NOUN" or before is None or before.i <= head.i or before.ent_type_ not in ("ORG", "PERSON", "NORP") \
            or head.lemma_.lower() in load_lexicon("roles") | load_lexicon("ask_collective_nouns"):
        return None
    while before.dep_ == "conj" and before.head.i > head.i:
        before = before.head  # "Temu and Shein"
    return before


def attribute_copula(noun: Token) -> Token | None:
    """The copula whose attribute holds ``noun`` ("were the only concrete steps towards peace"), or None."""
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "attr" and node.head.lemma_ == "be" else None


def skip_leading_phrase(doc, start: int, end: int, date: Span, head: Token) -> int:
    """Drop an opening 'despite its denials,' that does not hold the date: it is not the event."""
    token = doc[start]
    if token.dep_ == "prep" and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in token.children):
        return start  # "In announcing the U.S. Sanctions yesterday, President Ronald Reagan said he was prepared to
        # lift them …": the act the saying is part of, and what "them" is (timeline audit s20, row 27)
    if token.head.i == head.i and token.dep_ in ("prep", "mark", "advmod") and token.i < head.i:
        right = token.right_edge.i
        if not (token.i <= date.start <= right) and right + 1 < end:
            return right + 1
    return start
