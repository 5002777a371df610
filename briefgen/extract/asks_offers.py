"""The asks-and-offers section: who asks, demands, offers, pledges or refuses what, of or to whom.

Trigger verbs come from the ``ask_triggers`` lexicon and are read on the dependency parse
(``asks_syntax``). Parties and counterparties resolve to the actors of the actors section through
its ``ActorIndex``; a pronoun resolves to an actor named just before it, or the item is dropped.
The same ask found in several sources becomes one item citing all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lexicons import load_lexicon
from ..model import AskOffer, Citation
from ..nlp import Document, Sentence
from . import Context, register
from .asks_syntax import (
    Frame,
    _run,
    _subtree_without,
    _text,
    is_conditional,
    is_negated,
    read_frame,
    trigger_kind,
)

DEFAULT_MAX_ITEMS = 40
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
LOOKBACK = 2


@dataclass
class Record:
    """One ask or offer as one sentence states it, before sources are merged."""

    kind: str
    party: str
    party_text: str
    counterparty: str | None
    cp_stated: bool
    cp_prep: str
    link: str
    items: list[str]
    heads: set[str]
    status: str
    document: Document
    sentence: Sentence
    paragraph: int
    passive: bool = False
    citations: list[Citation] = field(default_factory=list)


def source_order(source_id: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", source_id)
    return (int(digits) if digits else 0, source_id)


class Resolver:
    """Actor names for tokens: names, aliases and pronouns, through the actors section's index."""

    def __init__(self, index):
        self.index = index

    def name(self, text: str) -> str | None:
        text = text.strip(" \t\n“”\"'’‘")
        if not text or self.index is None:
            return None
        return self.index.resolve(text)

    def kind(self, name: str) -> str:
        return self.index.kinds.get(name, "country") if self.index is not None else "country"

    def side(self, name: str | None) -> str | None:
        """The country or organisation an actor acts for: a person's affiliation, else itself."""
        seen = set()
        while name and name not in seen and self.index is not None:
            seen.add(name)
            parent = self.index.affiliation.get(name)
            if not parent or self.kind(name) == "country":
                break
            name = parent
        return name

    def phrase(self, token: Token) -> str | None:
        """The actor a noun phrase names: the whole phrase, a name inside it, or a proper noun."""
        if token.pos_ == "PRON":
            return None
        for drop in ({"relcl", "acl", "appos", "conj", "cc"}, {"relcl", "acl", "appos", "conj", "cc", "prep"}):
            run = [t for t in _run(_subtree_without(token, drop), token) if t.dep_ != "det"] or [token]
            found = self.name(_text(run))
            if found:
                return found
        doc = token.doc
        for ent in sorted(doc.ents, key=lambda e: (-(e.end - e.start), e.start)):
            if ent.label_ in ACTOR_LABELS and run and run[0].i <= ent.start and ent.end - 1 <= run[-1].i:
                found = self.name(ent.text)
                if found:
                    return found
        if token.pos_ == "PROPN":
            return self.name(token.text)
        for prep in token.children:  # "the board of Twitter", "the government of Japan"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return self.phrase(obj)
        return None

    def mentions(self, span) -> list[tuple[int, str]]:
        """(token index, actor) for every actor named in a span, in text order."""
        out = []
        for ent in span.ents:
            if ent.label_ in ACTOR_LABELS:
                name = self.name(ent.text)
                if name:
                    out.append((ent.start, name))
        return out

    def pronoun(self, token: Token, document: Document, sentence: Sentence) -> str | None:
        """The actor a pronoun stands for, named earlier in its sentence or in the one before."""
        word = token.lower_
        if word in FIRST_PERSON:
            return self.speaker(sentence)
        if word in PERSON_PRONOUNS:
            fits = lambda name: self.kind(name) == "person"
        elif word in THING_PRONOUNS:
            fits = lambda name: self.kind(name) != "person"
        else:
            return None
        before = [name for i, name in self.mentions(sentence.span) if i < token.i and fits(name)]
        if before:
            return before[-1]
        if sentence.index > 0:
            previous = document.sentences[sentence.index - 1]
            earlier = [name for _, name in self.mentions(previous.span) if fits(name)]
            if earlier:
                return earlier[-1]
        return None

    def speaker(self, sentence: Sentence) -> str | None:
        """Who "we" is in a quote: the named subject of a speech verb in the sentence, as the
        organisation or country that person speaks for."""
        verbs = load_lexicon("ask_speech_verbs")
        for token in sentence.span:
            if token.lemma_.lower() in verbs:
                for subject in token.children:
                    if subject.dep_ == "nsubj" and subject.pos_ == "PROPN":
                        name = self.phrase(subject)
                        if name:
                            parent = self.index.affiliation.get(name) if self.kind(name) == "person" else None
                            return parent or name
        return None

    def actor(self, token: Token, document: Document, sentence: Sentence) -> str | None:
        if token.pos_ == "PRON":
            return self.pronoun(token, document, sentence)
        return self.phrase(token)


def is_question(sentence: Sentence) -> bool:
    return sentence.text.rstrip(" \"'”’)").endswith("?")


def paragraph_of(document: Document, sentence: Sentence) -> int:
    """Paragraph number: line breaks before the sentence."""
    return document.text.count("\n", 0, sentence.start)


def head_key(text: str, token: Token) -> set[str]:
    """Words that identify an item across sources: its head lemma, and a verb's object."""
    keys = {token.lemma_.lower()}
    if token.pos_ in ("VERB", "AUX"):
        keys |= {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "attr")}
    return keys


def origin_counterparty(frame: Frame, resolver: Resolver, party: str) -> str | None:
    """For an ask with no counterparty: a nationality the items carry ("North Korean shells")."""
    for _, head in frame.items:
        names = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod") and t.text[:1].isupper()]
        for mod in names:
            run = [t for t in mod.subtree if t.text[:1].isupper() or t.is_punct]
            name = resolver.name(_text(run)) or resolver.name(mod.text)
            if name and resolver.side(name) != resolver.side(party):
                return name
    return None


def records_of(document: Document, sentence: Sentence, resolver: Resolver) -> list[Record]:
    """Every ask, offer, demand, pledge and refusal one sentence states."""
    if is_question(sentence):
        return []
    found = []
    used: set[int] = set()
    verbs = sorted((t for t in sentence.span if trigger_kind(t)), key=lambda t: (len(list(t.ancestors)), t.i))
    for verb in verbs:
        if verb.i in used or is_negated(verb) or is_conditional(verb):
            continue
        kind, particle = trigger_kind(verb)
        frame = read_frame(verb, kind, particle, resolver.name)
        if frame is None:
            continue
        used |= frame.used
        found.extend(records_of_frame(frame, document, sentence, resolver))
    return found


def records_of_frame(frame: Frame, document: Document, sentence: Sentence, resolver: Resolver) -> list[Record]:
    parties = []
    for token in frame.party:
        name = resolver.actor(token, document, sentence)
        if name and name not in parties:
            parties.append(name)
    if not parties:
        return []
    counterparty = resolver.actor(frame.counterparty, document, sentence) if frame.counterparty is not None else None
    cp_stated = counterparty is not None
    pairs = [(p, counterparty, p) for p in parties]
    if frame.kind == "pledge" and counterparty is None and len(parties) > 1:
        pairs = [(parties[0], parties[1], f"{parties[0]} and {parties[1]}")]
    records = []
    for party, cp, party_text in pairs:
        stated = cp_stated
        if cp is None and frame.kind == "ask":
            cp = origin_counterparty(frame, resolver, party)
            stated = cp is not None
        if cp == party:
            cp, stated = None, False
        records.append(Record(
            kind=frame.kind, party=party, party_text=party_text, counterparty=cp, cp_stated=stated,
            cp_prep=frame.cp_how, link=frame.link, items=[text for text, _ in frame.items],
            heads=set().union(*(head_key(text, tok) for text, tok in frame.items)), status=frame.status,
            document=document, sentence=sentence, paragraph=paragraph_of(document, sentence), passive=frame.passive,
            citations=[document.cite(sentence)]))
    return records


def infer_counterparties(records: list[Record], resolver: Resolver) -> None:
    """An ask with no counterparty takes the other side of the exchange stated just before it in
    the same paragraph (or after "in return"): "Y wants X. X also wants Z" -> Z is asked of Y."""
    cues = load_lexicon("ask_cues")
    for i, record in enumerate(records):
        if record.counterparty is not None:
            continue
        lowered = record.sentence.text.lower()
        cued = any(lowered.startswith(cue) or f" {cue}" in lowered for cue in cues)
        side = resolver.side(record.party)
        for previous in reversed(records[:i]):
            if previous.document is not record.document:
                continue
            gap = record.sentence.index - previous.sentence.index
            if gap > LOOKBACK or (previous.paragraph != record.paragraph and not cued):
                continue
            if previous.counterparty is None:
                continue
            if resolver.side(previous.counterparty) == side:
                record.counterparty = previous.party
                break
            if resolver.side(previous.party) == side and previous.kind == record.kind:
                record.counterparty = previous.counterparty
                break
        if record.counterparty is None and record.kind in ("ask", "offer"):
            record.counterparty = partner(record, resolver)


def partner(record: Record, resolver: Resolver) -> str | None:
    """The one actor the text pairs the party with ("talks between Russia and North Korea"), in this
    sentence or the few before it: the other side of an exchange whose counterparty goes unsaid."""
    side = resolver.side(record.party)
    document = record.document
    for index in range(record.sentence.index, max(-1, record.sentence.index - LOOKBACK - 2), -1):
        span = document.sentences[index].span
        for token in reversed(list(span)):
            if token.dep_ != "conj" or token.head.pos_ not in ("PROPN", "NOUN"):
                continue
            names = [resolver.phrase(token.head), resolver.phrase(token)]
            if None in names or names[0] == names[1]:
                continue
            sides = [resolver.side(n) for n in names]
            if side in sides and sides[0] != sides[1]:
                return names[1 - sides.index(side)]
    return None


def line_of(record: Record, items: list[str]) -> str:
    """The line the reader sees, from the sentence's own words: party, verb, counterparty, items."""
    if record.passive:
        words = [record.counterparty if record.cp_stated else "", record.status, "by", record.party_text,
                 record.link]
        return " ".join(w for w in words if w) + ": " + "; ".join(items)
    words = [record.party_text, record.status]
    if record.cp_stated and record.counterparty and not record.cp_prep and record.link:
        words.append(record.counterparty)
    elif record.cp_stated and record.counterparty and record.cp_prep:
        words += [record.cp_prep, record.counterparty]
    elif record.cp_stated and record.counterparty and record.kind not in ("ask", "refusal"):
        words.append(record.counterparty)
    if record.link:
        words.append(record.link)
    return " ".join(w for w in words if w) + ": " + "; ".join(items)


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def merge(records: list[Record]) -> list[AskOffer]:
    """The same ask (kind, party, counterparty, a shared item head) from several sentences -> one item."""
    groups: list[list[Record]] = []
    for record in records:
        home = None
        for group in groups:
            first = group[0]
            if (first.kind, first.party, first.counterparty) != (record.kind, record.party, record.counterparty):
                continue
            if any(r.heads & record.heads for r in group):
                home = group
                break
        if home is None:
            groups.append([record])
        else:
            home.append(record)
    items = []
    for group in groups:
        first = group[0]
        texts: list[str] = []
        for record in group:
            for text in record.items:
                if norm(text) not in {norm(t) for t in texts}:
                    texts.append(text)
        cites = {(c.source, c.sentence): c for r in group for c in r.citations}
        citations = [cites[k] for k in sorted(cites, key=lambda k: (source_order(k[0]), k[1]))]
        items.append(AskOffer(
            kind=first.kind, party=first.party, counterparty=first.counterparty, items=texts,
            status=first.status, text=line_of(first, first.items), citations=citations,
            support=len({c.source for c in citations})))
    return items


@register
class AsksOffersExtractor:
    """Asks, demands, offers, pledges and refusals, best supported first."""

    name = "asks_offers"

    def extract(self, context: Context) -> list[AskOffer]:
        resolver = Resolver(context.resources.get("actor_index"))
        if resolver.index is None:
            context.warnings.append("asks_offers: no actor index (the actors section did not run); section left empty")
            return []
        records: list[Record] = []
        for document in context.documents:
            for sentence in document.sentences:
                records.extend(records_of(document, sentence, resolver))
        infer_counterparties(records, resolver)
        items = merge(records)
        items.sort(key=lambda it: (-it.support, it.party, it.kind,
                                   source_order(it.citations[0].source), it.citations[0].sentence))
        return items[: context.options.get("max_items", DEFAULT_MAX_ITEMS)]
