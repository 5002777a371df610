"""Conflicts: where the sources disagree about one event, and where someone denies a claim.

Three rules, none of which knows the story:

* **date** — two sources report a meeting or journey (a word in ``conflict_event_words``) of the
  same person, with the same status (happened / expected), but their resolved dates do not overlap
  (and lie within ``MAX_GAP_DAYS`` of each other, so a 2019 summit is not compared with a 2023 one);
* **place** — two sources attach different places ("in/to/at" + GPE/LOC/FAC) to a meeting or
  journey of the same two parties (countries, or people resolved to their countries), with the same
  status, and neither source names the other's place for it;
* **denial** — a sentence holding a phrase of ``denial_triggers``; beside it, when one is found, the
  most similar sentence of another source about the same actors (the claim denied).

When nothing is found the section is one line citing the sources compared.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Token

from .. import gazetteer
from ..dates import resolve
from ..lexicons import load_lexicon
from ..model import Citation, Claim, Conflict, Date
from ..nlp import Document
from . import Context, register
from .furniture import story_sentences
from .quantities import number_conflicts
from .timeline import anchor_of, events_in

MAX_GAP_DAYS = 92
# Reports matched only by their subject noun ('the talks began') must be closer to be one event.
MAX_GAP_DAYS_BY_SUBJECT = 31
PLACE_TYPES = {"GPE", "LOC", "FAC"}
NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
CLAIM_SIMILARITY = 60
MIN_DENIED_WORDS = 4


def _key(c: Citation) -> tuple[int, int]:
    return int(c.source[1:]) if c.source[1:].isdigit() else 0, c.sentence


def _sources(citations: list[Citation]) -> list[str]:
    return sorted({c.source for c in citations}, key=lambda s: _key(Citation(source=s, sentence=0, start=0, end=0, quote="")))


def _unique(citations: list[Citation]) -> list[Citation]:
    return [c for _, c in sorted({_key(c): c for c in citations}.items())]


def _conflict(about: str, kind: str, claims: list[Claim], text: str) -> Conflict:
    citations = _unique([c for claim in claims for c in claim.citations])
    return Conflict(about=about, kind=kind, claims=claims, text=text, citations=citations,
                    support=len({c.source for c in citations}))


# ---------------------------------------------------------------- dates

def _overlap(a: Date, b: Date) -> bool:
    return a.start <= b.end and b.start <= a.end


def _gap(a: Date, b: Date) -> int:
    return max((b.start - a.end).days, (a.start - b.end).days, 0)


def date_conflicts(context: Context, persons: set[str]) -> list[Conflict]:
    """Same person, same kind of meeting/journey, same status, dates that do not overlap."""
    words = load_lexicon("conflict_event_words")
    events = [e for d in context.documents for e in events_in(d, context) if e.lemma in words]
    groups: list[list] = []
    for event in sorted(events, key=lambda e: (e.date.start, _key(e.citation))):
        people = set(event.actors) & persons
        for group in groups:
            lead = group[0]
            if lead.expected == event.expected and _same_subject(lead, event, people):
                gap = MAX_GAP_DAYS if people & set(lead.actors) else MAX_GAP_DAYS_BY_SUBJECT
                if all(_gap(m.date, event.date) <= gap for m in group):
                    group.append(event)
                    break
        else:
            if people or event.subject:
                groups.append([event])
    conflicts = []
    for group in groups:
        claims = _date_claims(group)
        if len(claims) < 2:
            continue
        person = sorted(set.intersection(*(set(e.actors) for e in group)) & persons) or sorted(set(group[0].actors) & persons)
        subject = person[0] if person else f"the {group[0].subject.split()[-1]}"
        about = f"{subject} {group[0].lemma}: date"
        text = "; ".join(
            f"{', '.join(_sources(c.citations))}: {c.text}" for c in claims
        )
        conflicts.append(_conflict(about, "date", claims, text))
    return conflicts


def _same_subject(lead, event, people: set[str]) -> bool:
    """The same person's meeting or journey with the same other party (two actors in common), or the
    same thing ('the talks') doing the same ('began')."""
    if people & set(lead.actors) and len(set(event.actors) & set(lead.actors)) >= 2:
        return True
    shared = set(event.subject.split()) & set(lead.subject.split())
    return bool(shared) and event.lemma == lead.lemma


def _date_claims(group: list) -> list[Claim]:
    """One claim per set of overlapping dates; none when every source agrees (or only one speaks)."""
    clusters: list[list] = []
    for event in sorted(group, key=lambda e: ((e.date.end - e.date.start).days, e.date.start)):
        for cluster in clusters:
            if all(_overlap(m.date, event.date) for m in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    if len(clusters) < 2:
        return []
    sources = [{e.citation.source for e in c} for c in clusters]
    if all(a == b for a in sources for b in sources) :
        return []  # one source giving two dates: two events, not a disagreement
    claims = []
    for cluster in sorted(clusters, key=lambda c: c[0].date.start):
        lead = cluster[0]
        label = lead.date.label() + (f" (\u201c{lead.date.text}\u201d, {lead.date.anchor})" if lead.date.anchor else "")
        claims.append(Claim(text=f"{label}: {lead.text}", citations=_unique([e.citation for e in cluster])))
    return claims


# ---------------------------------------------------------------- places

@dataclass
class PlaceReport:
    """One source placing a meeting or journey of some parties somewhere."""

    place: str
    level: str  # "country" or "city"
    parties: frozenset[str]
    expected: bool
    word: str
    citation: Citation


def _country(name: str, by_name: dict) -> str | None:
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
    if token.ent_type_ in PLACE_TYPES:
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "NORP"):
        return False
    return index is None or index.resolve(token.text) is None


def place_reports(document: Document, context: Context, by_name: dict) -> list[PlaceReport]:
    """Every 'meeting/journey word + in/to/at + place' in one source."""
    words = load_lexicon("conflict_event_words")
    preps = load_lexicon("conflict_place_preps")
    index = context.resources.get("actor_index")
    reports = []
    for sentence in document.sentences:
        span = sentence.span
        triggers = [t for t in span if t.lemma_.lower() in words and t.pos_ in ("VERB", "NOUN")]
        if not triggers or _historic(document, sentence):
            continue
        parties = set()
        for ent in span.ents:
            if ent.label_ in NAME_TYPES and index is not None:
                name = index.resolve(ent.text)
                party = (_country(name, by_name) or name) if name else None
                if party and not (ent.label_ == "GPE" and _is_place_use(ent)):
                    parties.add(party)
        for trigger in triggers:
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
        if child.dep_ == "nsubj" and child.ent_type_ in PLACE_TYPES:
            ent = next((e for e in span.ents if e.start <= child.i < e.end), None)
            return ent.text if ent is not None else child.text
    return None


def place_conflicts(context: Context, by_name: dict) -> list[Conflict]:
    """Different places for the planned meeting or journey of the same two parties, in different
    sources. Only planned events are compared: past journeys are many (delegations, return trips)
    and telling them apart needs more than the parties named in the sentence."""
    reports = [r for d in context.documents for r in place_reports(d, context, by_name)]
    conflicts, seen = [], set()
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
            named = {}
            for r in reports:
                if r.parties >= parties and r.expected == a.expected and r.level == a.level:
                    named.setdefault(r.citation.source, set()).add(r.place)
            if any({a.place, b.place} <= places for places in named.values()):
                continue
            seen.add(key)
            claims, places = [], sorted((a.place, b.place))
            for place in places:
                cites = _unique([r.citation for r in reports if r.place == place and r.parties >= parties
                                 and r.expected == a.expected and place in named.get(r.citation.source, set())])
                claims.append(Claim(text=cites[0].quote, citations=cites))
            about = f"meeting place of {' and '.join(sorted(parties))}: {' vs '.join(places)}"
            text = "; ".join(f"{', '.join(_sources(c.citations))}: {place}" for c, place in zip(claims, places))
            conflicts.append(_conflict(about, "place", claims, text))
    return conflicts


# ---------------------------------------------------------------- denials

def _trigger_pattern() -> re.Pattern:
    phrases = sorted(load_lexicon("denial_triggers"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p).replace("'", "['\u2019]") for p in phrases) + r")(?!\w)",
                      re.IGNORECASE)


def _actors_in(span, index) -> list[str]:
    names = []
    for ent in span.ents:
        name = index.resolve(ent.text) if index and ent.label_ in NAME_TYPES else None
        if name and name not in names:
            names.append(name)
    return names


def _denier(sentence, match: re.Match, index) -> str | None:
    """Who denies: the subject of the trigger verb, the owner of a 'denial', else the nearest actor."""
    span = sentence.span
    offset = sentence.start + match.start()
    token = next((t for t in span if t.idx >= offset), None)
    if token is not None:
        for cand in [token, token.head]:
            for child in cand.children:
                if child.dep_ in ("nsubj", "nsubjpass", "poss"):
                    for ent in span.ents:
                        if ent.start <= child.i < ent.end and index:
                            name = index.resolve(ent.text)
                            if name:
                                return name
    names = []
    for ent in span.ents:
        name = index.resolve(ent.text) if index and ent.label_ in NAME_TYPES else None
        if name:
            names.append((abs(ent.start_char - offset), name))
    return min(names)[1] if names else None


def denial_conflicts(context: Context) -> list[Conflict]:
    """Denials and non-confirmations, each beside the most similar claim in another source."""
    pattern = _trigger_pattern()
    index = context.resources.get("actor_index")
    found: dict[str, list] = {}
    for document in context.documents:
        for sentence in story_sentences(document):
            match = pattern.search(sentence.text)
            if match:
                who = _denier(sentence, match, index)
                if who:  # a denial by nobody we can name says nothing a reader can use
                    found.setdefault(who, []).append((document, sentence, match))
    conflicts = []
    for who, hits in sorted(found.items()):
        claims: list[Claim] = []
        for document, sentence, match in hits:
            claims.append(Claim(text=sentence.text, citations=[document.cite(sentence)]))
        answered = _claim_denied(context, hits, index)
        if answered is not None:
            claims.append(answered)
        phrase = hits[0][2].group(1).lower()
        about = f"{who}: {phrase}"
        denial_sources = _sources([c for claim in claims[: len(hits)] for c in claim.citations])
        text = f"{', '.join(denial_sources)}: {who} \u2014 \u201c{phrase}\u201d"
        if answered is not None:
            text += f"; claim in {', '.join(_sources(answered.citations))}"
        conflicts.append(_conflict(about, "denial", claims, text))
    return conflicts


def _claim_denied(context: Context, hits, index) -> Claim | None:
    """The sentence of another source most like the denial (sharing two actors), if close enough."""
    own = {d.source.id for d, _, _ in hits}
    best = None
    for document, sentence, match in hits:
        actors = set(_actors_in(sentence.span, index))
        rest = sentence.text[match.end():].lower()  # what is denied: 'reports that …', 'that …'
        if len(rest.split()) < MIN_DENIED_WORDS:
            continue  # 'declined to comment.' denies no stated claim
        for other in context.documents:
            if other.source.id in own:
                continue
            for candidate in other.sentences:
                if len(actors & set(_actors_in(candidate.span, index))) < 2:
                    continue
                score = fuzz.token_set_ratio(rest, candidate.text.lower())
                key = (score, -_key(other.cite(candidate))[0], -candidate.index)
                if score >= CLAIM_SIMILARITY and (best is None or key > best[0]):
                    best = (key, other, candidate)
    if best is None:
        return None
    _, document, sentence = best
    return Claim(text=sentence.text, citations=[document.cite(sentence)])


# ---------------------------------------------------------------- the section

@register
class ConflictsExtractor:
    """Date and place disagreements between sources, and denials beside what they deny."""

    name = "conflicts"

    def extract(self, context: Context) -> list[Conflict]:
        actors = context.results.get("actors") or []
        by_name = {a.name: a for a in actors}
        persons = {a.name for a in actors if a.kind == "person"}
        items = (date_conflicts(context, persons) + place_conflicts(context, by_name)
                 + number_conflicts(context.documents) + denial_conflicts(context))
        items = items[: context.options.get("max_items", 20)]
        if items:
            return items
        citations = [d.cite(d.sentences[0]) for d in context.documents if d.sentences]
        ids = ", ".join(c.source for c in citations)
        return [Conflict(about="no disagreements", kind="none", claims=[],
                         text=f"No disagreements found among the sources compared ({ids})",
                         citations=citations, support=len(citations))]
