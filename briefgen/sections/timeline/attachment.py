"""Where the parser hung a dated clause on the wrong noun, the noun the clause really describes:
a timeline row shows that noun and its clause, not the whole phrase above them."""
from __future__ import annotations

from spacy.tokens import Token

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
