"""Place conflicts: two sources attach different places ("in/to/at" + GPE/LOC/FAC) to a meeting or
journey of the same two parties (countries, or people resolved to their countries), with the same
status, and neither source names the other's place for it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from briefgen import gazetteer
from briefgen.dates.anchor import anchor_of
from briefgen.dates.resolve import resolve
from briefgen.lexicons import load_lexicon
from briefgen.model.citations import Citation, source_ids, unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document
from briefgen.nlp.labels import ACTOR_LABELS, PLACE_LABELS
from briefgen.nlp.syntax import is_conditional
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context


@dataclass
class PlaceReport:
    """One source placing a meeting or journey of some parties somewhere."""

    place: str
    level: str  # "country" or "city"
    parties: frozenset[str]
    expected: bool
    word: str
    citation: Citation


def actor_country(name: str, by_name: dict) -> str | None:
    """The country an actor stands for: itself, or the country its affiliation chain leads to."""
    for _ in range(4):
        actor = by_name.get(name)
        if actor is None:
            return gazetteer.country_of(name)
        if actor.kind == "country":
            return actor.name
        if not actor.affiliation:
            return None
        name = actor.affiliation
    return None


def _is_expected(token: Token) -> bool:
    """Future or planned: a plan/future marker on the word or the words it hangs from, or a bare
    infinitive whose head is not a verb (a headline's 'X, Y to meet in Z')."""
    markers = load_lexicon("future_markers")
    node = token
    for _ in range(5):
        if node.lemma_.lower() in markers or any(
                (c.dep_ in ("aux", "auxpass") and c.lower_ in markers)
                or (c.dep_ == "acomp" and c.lemma_.lower() in markers) for c in node.children):
            return True
        if node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                and node.head.pos_ not in ("VERB", "AUX"):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _historic(document: Document, sentence) -> bool:
    """The sentence is dated a year or more before the article ('met in Vladivostok in 2019')."""
    anchor, _ = anchor_of(document)
    if anchor is None:
        return False
    for ent in sentence.span.ents:
        if ent.label_ == "DATE":
            date = resolve(ent.text, anchor)
            if date is not None and date.end < anchor - dt.timedelta(days=300):
                return True
    return False


def _is_place(token: Token, span, index) -> bool:
    """A place entity, or a proper noun after 'to/in/at' that names no known actor (the small
    model often tags a city it does not know as a PERSON: 'travel to Vladivostok')."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "NORP"):
        return False
    return index is None or index.resolve(token.text) is None


def place_reports(document: Document, context: Context, by_name: dict) -> list[PlaceReport]:
    """Every 'meeting/journey word + in/to/at + place' in one source."""
    words = load_lexicon("conflict_event_words")
    preps = load_lexicon("conflict_place_preps")
    index = context.actor_index
    reports = []
    for sentence in document.sentences:
        span = sentence.span
        triggers = [t for t in span if t.lemma_.lower() in words and t.pos_ in ("VERB", "NOUN")]
        if not triggers or _historic(document, sentence):
            continue
        parties = set()
        for ent in span.ents:
            if ent.label_ in ACTOR_LABELS and index is not None:
                name = index.resolve(ent.text)
                party = (actor_country(name, by_name) or name) if name else None
                if party and not (ent.label_ == "GPE" and _is_place_use(ent)):
                    parties.add(party)
        for trigger in triggers:
            if is_conditional(trigger):
                continue  # "… only if the Ukrainian leader were willing to travel to Moscow": no meeting told
            host = _host_place(trigger, span, index)
            if host is not None:
                reports.append(_report(host, parties, trigger, document, sentence))
            for prep in trigger.children:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _is_place(obj, span, index):
                        ent = next((e for e in span.ents if e.start <= obj.i < e.end), None)
                        place = ent.text if ent is not None else obj.text
                        reports.append(_report(place, parties, trigger, document, sentence))
    return reports


def _report(place: str, parties: set[str], trigger: Token, document: Document, sentence) -> PlaceReport:
    level = "country" if gazetteer.country_of(place) else "city"
    return PlaceReport(place=gazetteer.country_of(place) or place, level=level,
                       parties=frozenset(parties - {place}), expected=_is_expected(trigger),
                       word=trigger.lemma_.lower(), citation=document.cite(sentence))


def _is_place_use(ent) -> bool:
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in load_lexicon("conflict_place_preps")


def _host_place(trigger: Token, span, index) -> str | None:
    """'Cairo would host the next round': the subject of 'host' is the venue."""
    if trigger.lemma_.lower() != "host":
        return None
    for child in trigger.children:
        if child.dep_ == "nsubj" and child.ent_type_ in PLACE_LABELS:
            ent = next((e for e in span.ents if e.start <= child.i < e.end), None)
            return ent.text if ent is not None else child.text
    return None


def summary_of(summary: list[str]) -> list[str]:
    """"S1: Moscow" -> "Moscow (S1)": the place first, then who says it."""
    return [f"{line.split(': ', 1)[1]} ({line.split(': ', 1)[0]})" for line in summary]


def place_conflicts(context: Context, by_name: dict) -> list[Conflict]:
    """Different places for the planned meeting or journey of the same two parties, in different
    sources. Only planned events are compared: past journeys are many (delegations, return trips)
    and telling them apart needs more than the parties named in the sentence."""
    reports = [r for d in context.documents for r in place_reports(d, context, by_name) if r.expected]
    conflicts, seen = [], set()
    places_named: dict[tuple, dict[str, set[str]]] = {}
    for a in reports:
        for b in reports:
            if (a.citation.source >= b.citation.source or a.place == b.place or a.level != b.level
                    or not (a.expected and b.expected) or len(a.parties & b.parties) < 2):
                continue
            parties = a.parties & b.parties
            if a.place in parties or b.place in parties:
                continue  # 'visit to Russia' by Russia's own partner is the destination, not a venue
            key = (frozenset((a.place, b.place)), parties, a.expected)
            if key in seen:
                continue
            # A source naming both places for these parties is an itinerary, not a disagreement.
            named = places_named.get((parties, a.expected, a.level))
            if named is None:  # which places each source names for these parties, found once
                named = places_named[(parties, a.expected, a.level)] = {}
                for r in reports:
                    if r.parties >= parties and r.expected == a.expected and r.level == a.level:
                        named.setdefault(r.citation.source, set()).add(r.place)
            if any({a.place, b.place} <= places for places in named.values()):
                continue
            seen.add(key)
            claims, places, summary = [], sorted((a.place, b.place)), []
            for place in places:
                cites = unique_citations([r.citation for r in reports if r.place == place and r.parties >= parties
                                          and r.expected == a.expected and place in named.get(r.citation.source, set())])
                claims += [Claim(text=c.quote, citations=[c]) for c in cites]  # each claim quotes its own sentence
                summary.append(f"{', '.join(source_ids(cites))}: {place}")
            about = f"Where {' and '.join(sorted(parties))} meet: {' or '.join(summary_of(summary))}"
            text = "; ".join(summary)
            conflicts.append(make_conflict(about, "place", claims, text))
    return conflicts
