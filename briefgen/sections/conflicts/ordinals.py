"""Which round it was: sources numbering one session differently — the same "round of talks" held in the
same place on the same days, called the first by one source and the second by another ("Ukrainian and
Russian negotiators have held a 'productive' first round of US-led peace talks in Abu Dhabi" / "Ukraine
and Russia concluded a second round of U.S.-brokered talks in Abu Dhabi on Thursday").

A telling counts only when its verb holds the session (held, began, concluded …) and names its place;
its day is the date its sentence states (from the timeline's dated events), else the day its source was
published. Sessions a day or more apart are different sessions, and a source that numbers one session
both ways is no side.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.model.citations import Citation, source_ids
from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.former import told_window
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

ORDINALS = {w: n for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                        "eighth", "ninth", "tenth"), start=1)}
#: Verbs that hold a session: "have held a … first round", "concluded a second round".
HOLDING = frozenset({"hold", "conclude", "begin", "start", "open", "end", "finish", "complete", "wrap", "close"})
PLACES = ("GPE", "LOC", "FAC")
MAX_APART_DAYS = 1


@dataclass
class Numbered:
    """One source's telling of a session by its number."""

    session: tuple[str, str, str]  # ("round", "talk", "Abu Dhabi")
    of: str  # what it is a session of, as written ("talks")
    ordinal: str
    days: tuple  # the first and last day it may be on
    text: str
    citation: Citation


def _place(verb: Token, noun: Token) -> str | None:
    """The place an "in" or "at" phrase names for the session or its verb ("… talks in Abu Dhabi"; not the
    "US" of "US-led")."""
    preps = [t for t in noun.subtree if t.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in ("in", "at")):
        for token in (o for o in prep.children if o.dep_ == "pobj"):
            ent = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in PLACES), None)
            if ent is not None:
                return ent.text
    return None


def _numbered(token: Token) -> tuple[Token, Token, Token] | None:
    """(session noun, what it is a session of, holding verb) for an ordinal of a session held."""
    noun = token.head
    if token.dep_ != "amod" or noun.pos_ != "NOUN":
        return None
    of = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    verb = noun.head
    if of is None or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.lemma_.lower() not in HOLDING:
        return None
    return noun, of, verb


def _tellings(context: Context) -> list[Numbered]:
    stated = {(e.citation.source, e.citation.sentence): e.date for e in context.dated_events or []}
    found = []
    for document in context.documents:
        window = told_window(document)
        for sentence in story_sentences(document):
            for token in sentence.span:
                parts = _numbered(token) if token.lower_ in ORDINALS else None
                place = _place(parts[2], parts[0]) if parts is not None else None
                if place is None:
                    continue
                citation = document.cite(sentence)
                date = stated.get((citation.source, citation.sentence))
                days = (date.start, date.end) if date is not None else window
                if days is None:
                    continue
                found.append(Numbered((parts[0].lemma_.lower(), parts[1].lemma_.lower(), place), parts[1].lower_,
                                      token.lower_, days, sentence.text, citation))
    return found


def _near(a: Numbered, b: Numbered) -> bool:
    return (b.days[0] - a.days[1]).days <= MAX_APART_DAYS and (a.days[0] - b.days[1]).days <= MAX_APART_DAYS


def ordinal_conflicts(context: Context) -> list[Conflict]:
    """One session held in one place on the same days, numbered differently by different sources."""
    tellings = _tellings(context)
    conflicts = []
    seen: set[tuple] = set()
    for n, a in enumerate(tellings):
        group = [t for t in tellings[n:] if t.session == a.session and _near(a, t)]
        ordinals = sorted({t.ordinal for t in group}, key=ORDINALS.get)
        if len(ordinals) < 2 or a.session in seen:
            continue
        by = {o: {t.citation.source for t in group if t.ordinal == o} for o in ordinals}
        both = set.intersection(*by.values())
        sides = [[t for t in group if t.ordinal == o and t.citation.source not in both] for o in ordinals]
        sides = [side for side in sides if side]
        if len(sides) < 2:
            continue
        seen.add(a.session)
        noun, _, place = a.session
        said = " or ".join(f"{side[0].ordinal} ({', '.join(source_ids([t.citation for t in side]))})" for side in sides)
        about = f"Which {noun} of {a.of} was held in {place}: {said}"
        claims = [Claim(text=side[0].text, citations=[side[0].citation]) for side in sides]  # each quotes its own
        conflicts.append(make_conflict(about, "number", claims, about))
    return conflicts
