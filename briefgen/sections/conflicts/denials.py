"""Denial conflicts: a sentence holding a phrase of ``denial_triggers``; beside it, when one is
found, the most similar sentence of another source about the same actors (the claim denied).
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from briefgen.lexicons import load_lexicon
from briefgen.model.citations import source_ids, source_number
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

CLAIM_SIMILARITY = 60
MIN_DENIED_WORDS = 4


def _trigger_pattern() -> re.Pattern:
    phrases = sorted(load_lexicon("denial_triggers"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p).replace("'", "['\u2019]") for p in phrases) + r")(?!\w)",
                      re.IGNORECASE)


def _actors_in(span, index) -> list[str]:
    names = []
    for ent in span.ents:
        name = index.resolve(ent.text) if index and ent.label_ in ACTOR_LABELS else None
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
        name = index.resolve(ent.text) if index and ent.label_ in ACTOR_LABELS else None
        if name:
            names.append((abs(ent.start_char - offset), name))
    return min(names)[1] if names else None


def denial_conflicts(context: Context) -> list[Conflict]:
    """Denials and non-confirmations, each beside the most similar claim in another source."""
    pattern = _trigger_pattern()
    index = context.actor_index
    found: dict[str, list] = {}
    for document in context.documents:
        for sentence in story_sentences(document):
            match = pattern.search(sentence.text)
            if match:
                who = _denier(sentence, match, index)
                if who:  # a denial by nobody we can name says nothing a reader can use
                    found.setdefault(who, []).append((document, sentence, match))
    conflicts = []
    sentence_actors = SentenceActors(index)
    for who, hits in sorted(found.items()):
        claims: list[Claim] = []
        for document, sentence, match in hits:
            claims.append(Claim(text=sentence.text, citations=[document.cite(sentence)]))
        answered = _claim_denied(context, hits, index, sentence_actors)
        if answered is not None:
            claims.append(answered)
        phrase = hits[0][2].group(1).lower()
        about = f"{who}: {phrase}"
        denial_sources = source_ids([c for claim in claims[: len(hits)] for c in claim.citations])
        text = f"{', '.join(denial_sources)}: {who} \u2014 \u201c{phrase}\u201d"
        if answered is not None:
            text += f"; claim in {', '.join(source_ids(answered.citations))}"
        conflicts.append(make_conflict(about, "denial", claims, text))
    return conflicts


class SentenceActors:
    """The actors named in each sentence, found once per sentence: every denial is compared with
    every sentence of the other sources."""

    def __init__(self, index):
        self.index = index
        self.known: dict[tuple[str, int], set[str]] = {}

    def __call__(self, document, sentence) -> set[str]:
        key = (document.source.id, sentence.index)
        if key not in self.known:
            self.known[key] = set(_actors_in(sentence.span, self.index))
        return self.known[key]


def _claim_denied(context: Context, hits, index, sentence_actors: SentenceActors) -> Claim | None:
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
                if len(actors & sentence_actors(other, candidate)) < 2:
                    continue
                score = fuzz.token_set_ratio(rest, candidate.text.lower())
                if score < CLAIM_SIMILARITY:
                    continue
                key = (score, -source_number(other.source.id), -candidate.index)
                if score >= CLAIM_SIMILARITY and (best is None or key > best[0]):
                    best = (key, other, candidate)
    if best is None:
        return None
    _, document, sentence = best
    return Claim(text=sentence.text, citations=[document.cite(sentence)])
