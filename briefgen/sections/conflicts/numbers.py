"""Number disagreements: two sources giving different figures for the same count or rate.

A figure is keyed by what it counts (the noun it modifies: '1,139 people', 'a 25% tariff') and, for
counts, by what happened to them (the governing verb: 'killing'). Two figures with the same key in
different sources are one fact only when their sentences also share an actor or a date expression;
they disagree when they differ by more than ``TOLERANCE``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.model.citations import Citation, unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document
from briefgen.nlp.labels import FIGURE_LABELS
from briefgen.sections.story import story_sentences

TOLERANCE = 0.02
MIN_COUNT = 10
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Figure:
    """One figure as one source states it."""

    value: float
    noun: str
    verb: str
    percent: bool
    names: frozenset[str]
    citation: Citation
    wording: str


def _value(text: str) -> float | None:
    match = NUMBER.search(text)
    if not match:
        return None
    number = float(match.group(0).replace(",", ""))
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
    for word, factor in scale.items():
        if word in text.lower():
            number *= factor
    return number


def _counted_noun(ent: Span) -> Token | None:
    """The noun the figure counts or rates: '1,139 people', 'a 25% tariff', 'a tariff of 25%'."""
    root = ent.root
    if root.dep_ in ("nummod", "compound", "amod", "quantmod") and root.head.pos_ == "NOUN":
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


def _verb(token: Token) -> str:
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node.lemma_.lower() if node.pos_ in ("VERB", "AUX") else ""


def figures_in(document: Document) -> list[Figure]:
    """Every figure of the story sentences of one source that counts or rates a noun."""
    found = []
    for sentence in story_sentences(document):
        names = frozenset(e.text.lower() for e in sentence.span.ents if e.label_ not in FIGURE_LABELS | {"ORDINAL"})
        for ent in sentence.span.ents:
            if ent.label_ not in FIGURE_LABELS:
                continue
            noun, value = _counted_noun(ent), _value(ent.text)
            if noun is None or value is None:
                continue
            percent = ent.label_ == "PERCENT" or "%" in ent.text or "per cent" in ent.text.lower()
            if not percent and value < MIN_COUNT:
                continue
            found.append(Figure(value=value, noun=noun.lemma_.lower(), verb="" if percent else _verb(noun),
                                percent=percent, names=names, citation=document.cite(sentence),
                                wording=ent.text))
    return found


def _differ(a: float, b: float) -> bool:
    return abs(a - b) > TOLERANCE * max(abs(a), abs(b))


def number_conflicts(documents: list[Document]) -> list[Conflict]:
    """Figures for the same thing, in different sources with a shared name or date, that differ."""
    figures = [f for d in documents for f in figures_in(d)]
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        groups.setdefault((f.noun, f.verb, f.percent), []).append(f)
    conflicts = []
    for (noun, verb, _), group in sorted(groups.items()):
        pairs = [(a, b) for a in group for b in group if a.citation.source < b.citation.source
                 and a.names & b.names and _differ(a.value, b.value)]
        if not pairs:
            continue
        involved = {id(f): f for pair in pairs for f in pair}.values()
        by_sentence: dict[tuple, list[Figure]] = {}  # one claim per figure and wording: each quotes its own sentence
        for f in involved:
            by_sentence.setdefault((f.value, f.citation.quote), []).append(f)
        claims = []
        for value, quote in sorted(by_sentence):
            claims.append(Claim(text=f"{by_sentence[(value, quote)][0].wording}: {quote}",
                                citations=unique_citations(f.citation for f in by_sentence[(value, quote)])))
        subject = f"{noun} {verb}".strip()
        text = "; ".join(f"{', '.join(sorted({c.source for c in claim.citations}))}: "
                         f"{claim.text.split(':')[0]}" for claim in claims)
        citations = [c for claim in claims for c in claim.citations]
        conflicts.append(Conflict(about=f"{subject}: number", kind="number", claims=claims, text=text,
                                  citations=citations, support=len({c.source for c in citations})))
    return conflicts
