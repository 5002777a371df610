"""An incident charged as faked against a claim that it happened: "Greek prosecutors have also charged
them with faking a midnight motorcycle crash …" (BBC Sport, December 2004) / "The pair then spent four
days in a hospital, claiming they had been injured in a motorcycle crash" (BBC News, March 2005).

The charge is a verb of faking ("fake", "stage", "fabricate", "feign", "invent", "simulate") over a
noun, said as an allegation: under a charging or accusing verb ("charged with faking"), or with
"allegedly". The other side is a verb of claiming ("claiming they had been injured in …") whose clause
names the same incident: the same noun, or the same modifier on a noun ("a motorcycle accident" /
"a motorcycle crash"). One item per incident, citing every telling of each side.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from briefgen.model.citations import source_ids, unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

FAKING = frozenset({"fake", "stage", "fabricate", "feign", "invent", "simulate"})
CHARGING = frozenset({"charge", "accuse", "allege", "suspect", "indict", "prosecute", "try"})
CLAIMING = frozenset({"claim", "insist", "maintain"})


def _incident(noun: Token) -> tuple[str, frozenset[str]]:
    """The incident's noun and its compound modifiers ("midnight motorcycle crash" -> crash, {midnight, motorcycle})."""
    return noun.lemma_.lower(), frozenset(t.lemma_.lower() for t in noun.subtree
                                          if t.dep_ == "compound" and t.i < noun.i)


def _alleged(verb: Token) -> bool:
    """Said as an allegation: under a charging verb or noun ("charged with faking", "charges … for faking"),
    or "allegedly faking"."""
    if any(c.lower_ == "allegedly" for c in verb.children):
        return True
    return any(a.lemma_.lower() in CHARGING for a in list(verb.ancestors)[:3])


def _charged(sentence) -> list[Token]:
    """The incident nouns of each faking verb of the sentence said as an allegation."""
    found = []
    for verb in sentence.span:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in FAKING and _alleged(verb):
            noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                found.append(noun)
    return found


def _same(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """One incident: the same noun, or a modifier in common ("motorcycle accident" / "motorcycle crash")."""
    return a[0] == b[0] or bool(a[1] & b[1])


def _words(noun: Token) -> str:
    """The incident as written, with the modifier next to it ("motorcycle crash")."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return f"{before.text} {noun.text}" if before is not None and before.dep_ == "compound" else noun.text


def _per_source(tellings: list) -> list[Claim]:
    """One claim per source: its first telling."""
    first: dict[str, tuple] = {}
    for document, sentence in tellings:
        first.setdefault(document.source.id, (document, sentence))
    return [Claim(text=" ".join(s.text.split()), citations=[d.cite(s)]) for d, s in first.values()]


def _claims(sentence, incident: tuple[str, frozenset[str]]) -> bool:
    """The sentence claims the incident happened: a verb of claiming whose clause names it."""
    return any(verb.pos_ == "VERB" and verb.lemma_.lower() in CLAIMING and any(
        noun.pos_ == "NOUN" and noun.i > verb.i and _same(_incident(noun), incident) for noun in verb.subtree)
        for verb in sentence.span)


def faked_conflicts(context: Context) -> list[Conflict]:
    """Each incident charged as faked beside the claims that it happened."""
    told = [(d, s) for d in context.documents for s in story_sentences(d)]
    conflicts: list[Conflict] = []
    charged = [(d, s, noun) for d, s in told for noun in _charged(s)]
    done: set[int] = set()
    for n, (_, _, noun) in enumerate(charged):
        if n in done:
            continue
        group = {n}  # one incident: every charge told of it, by any shared noun or modifier, step by step
        while True:
            more = {m for m, (_, _, other) in enumerate(charged) if m not in group
                    and any(_same(_incident(other), _incident(charged[k][2])) for k in group)}
            if not more:
                break
            group |= more
        done |= group
        incidents = [_incident(charged[k][2]) for k in sorted(group)]
        charges = list({(charged[k][0].source.id, charged[k][1].index): charged[k][:2] for k in sorted(group)}.values())
        charged_at = {(d.source.id, s.index) for d, s in charges}
        claims = [(d, s) for d, s in told if (d.source.id, s.index) not in charged_at
                  and any(_claims(s, i) for i in incidents)]
        if not claims:
            continue
        named = Counter(_words(charged[k][2]) for k in sorted(group)).most_common(1)[0][0]
        charged_in = ", ".join(source_ids(unique_citations([d.cite(s) for d, s in charges])))
        claimed_in = ", ".join(source_ids(unique_citations([d.cite(s) for d, s in claims])))
        about = f"Whether the {named} was faked: charged as faked ({charged_in}); claimed as real ({claimed_in})"
        conflicts.append(make_conflict(about, "denial", _per_source(charges) + _per_source(claims), about))
    return conflicts
