"""Building a :class:`~briefgen.model.items.Conflict` from its claims, shared by the rules of the
conflicts section, how a heading names a thing, and what is no claim (a forecast)."""
from __future__ import annotations

from briefgen.lexicons import load_lexicon
from briefgen.model.citations import unique_citations
from briefgen.model.items import Claim, Conflict


#: Verbs too common to tell one claim or deed by ("be", "do", "say"): a denial's predicate is another word.
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "take", "go", "say"})


def make_conflict(about: str, kind: str, claims: list[Claim], text: str) -> Conflict:
    """A conflict item citing every citation of its claims once."""
    citations = unique_citations([c for claim in claims for c in claim.citations])
    return Conflict(about=about, kind=kind, claims=claims, text=text, citations=citations,
                    support=len({c.source for c in citations}))


def with_compounds(noun) -> str:
    """A noun with the compound words before it, as written ("IP address", "handling fee")."""
    return " ".join([t.text for t in noun.lefts if t.dep_ == "compound"] + [noun.text])


def is_forecast(sentence) -> bool:
    """The sentence forecasts ("Ilacqua predicted that the Texas jury judgment would ultimately be
    overturned"): it is no claim that "Texaco has contested the ruling" points back to."""
    root = sentence.span.root
    return root.lemma_.lower() in load_lexicon("conflict_forecast_verbs") or any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may") for a in c.children)
        for c in root.children)
