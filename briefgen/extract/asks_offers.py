"""The asks-and-offers section: who asks, demands, offers, pledges or refuses what, of or to whom.

Trigger verbs come from the ``ask_triggers`` lexicon and are read on the dependency parse
(``asks_syntax``). Parties and counterparties resolve to the actors of the actors section through
its ``ActorIndex``; a pronoun resolves to the subject of the clause or sentence before it (cited
too), or the item is dropped. A collective party that is no actor ("the West", "six world powers")
is kept as written when it is the explicit subject. An ask stated inside a report or allegation
("officials said", "the powers suspect") keeps its speaker in the line and its status. The same ask
found in several sources becomes one item citing all of them, worded only as all of them say it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lexicons import load_lexicon
from ..model import AskOffer, Citation
from ..nlp import Document, Sentence
from . import Context, register
from .furniture import story_sentences
from .asks_syntax import (
    SUBJECTS,
    Frame,
    Hedge,
    _run,
    _subtree_without,
    _text,
    conjuncts,
    is_conditional,
    is_negated,
    item_core,
    speaker_run,
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
    lemma: str = ""
    cores: list[tuple[frozenset[str], str]] = field(default_factory=list)
    hedge: str | None = None
    hedge_text: str = ""


@dataclass
class Antecedent:
    """What a pronoun stands for: actor names, the phrase as written, and the sentence holding it."""

    names: list[str]
    text: str
    sentences: list[Sentence] = field(default_factory=list)


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
        """The one actor a pronoun stands for (see ``antecedent``), or None."""
        found = self.antecedent(token, document, sentence)
        return found.names[0] if found and found.names else None

    def antecedent(self, token: Token, document: Document, sentence: Sentence) -> Antecedent | None:
        """What a pronoun stands for: "we" is the speaker of the quote; "he", "she", "it" and "they"
        the subject of an earlier clause of the sentence, else of the sentence before. "they" needs
        a plural or coordinated subject, "he"/"she" a person, "it" one country or organisation.
        None when that subject does not fit (the item is then dropped, not guessed)."""
        word = token.lower_
        if word in FIRST_PERSON:
            name = self.speaker(sentence)
            return Antecedent([name], name) if name else None
        if word not in PERSON_PRONOUNS and word not in THING_PRONOUNS:
            return None
        earlier = [t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i
                   and t.pos_ != "PRON" and t.head != token.head and t.head.i < token.i]
        subject = earlier[-1] if earlier else None
        homes: list[Sentence] = []
        back = sentence.index
        while subject is None and back > 0 and sentence.index - back < LOOKBACK + 1:
            back -= 1
            home = document.sentences[back]
            homes.append(home)
            roots = [t for t in home.span if t.dep_ == "ROOT"]
            subject = next((c for r in roots for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PRON" and subject.lower_ == word:
                subject = None  # "They demand X. They also want Y": the same "they", one sentence further back
            elif subject is None or subject.pos_ == "PRON":
                return None
        if subject is None:
            return None
        parts = [t for t in conjuncts(subject) if t.dep_ != "cc"]
        names = [n for n in (self.phrase(t) for t in parts) if n]
        names = list(dict.fromkeys(names))
        if not names:
            return None
        plural = len(parts) > 1 or subject.tag_ in ("NNS", "NNPS")
        if word in ("they", "them", "their"):
            fits = plural
        elif word in PERSON_PRONOUNS:
            fits = not plural and self.kind(names[0]) == "person"
        else:
            fits = not plural and self.kind(names[0]) != "person"
        if not fits:
            return None
        run = _run(_subtree_without(subject, {"appos", "relcl", "acl", "punct"}), subject)
        text = _text(run) if len(names) < len(parts) else " and ".join(names)
        return Antecedent(names, text, homes)

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


def collective(token: Token) -> str | None:
    """A collective party written as the explicit subject and naming no one actor ("the West",
    "six world powers", "Western powers"): its words, or None."""
    if token.pos_ == "PRON" or token.dep_ not in SUBJECTS + ("conj", "pobj"):
        return None
    if token.lemma_.lower() not in load_lexicon("ask_collective_nouns") and token.lower_ not in load_lexicon("ask_collective_nouns"):
        return None
    run = _run(_subtree_without(token, {"appos", "relcl", "acl", "punct", "conj", "cc", "prep"}), token)
    if not run or any(t.pos_ == "PRON" for t in run) or any(c.dep_ == "poss" for c in token.children):
        return None  # "its allies": whose allies is a pronoun's question
    if not any(t.text[:1].isupper() for t in run) and not any(t.pos_ in ("NUM", "PROPN") or t.dep_ == "compound" for t in run):
        return None
    text = _text(run)
    return text[0].lower() + text[1:] if run[0].dep_ == "det" else text


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
    parties: list[str] = []
    party_text = ""
    extra: list[Sentence] = []
    for token in frame.party:
        if token.pos_ == "PRON":
            found = resolver.antecedent(token, document, sentence)
            if found is None:
                continue
            names = found.names
            if len(frame.party) == 1 and found.text not in names:
                party_text = found.text  # "They" = "The United States and its allies"
            extra += [s for s in found.sentences if s not in extra]
        else:
            name = resolver.phrase(token) or collective(token)
            names = [name] if name else []
        parties += [n for n in names if n not in parties]
    if not parties:
        return []
    hedge, hedge_text = hedge_status(frame.hedge, parties[0], document, sentence, resolver)
    if hedge == "drop":
        return []
    counterparty = None
    if frame.counterparty is not None:
        counterparty = resolver.actor(frame.counterparty, document, sentence)
        if frame.counterparty.pos_ == "PRON" and frame.counterparty.lower_ not in FIRST_PERSON:
            if counterparty is None or counterparty in parties:
                return []  # "Iran and Russia want it lifted": "it" is no actor named here
    cp_stated = counterparty is not None
    pairs = [(p, counterparty, party_text or p) for p in parties]
    if frame.kind == "pledge" and counterparty is None and len(parties) > 1:
        pairs = [(parties[0], parties[1], f"{parties[0]} and {parties[1]}")]
    citations = [document.cite(s) for s in sorted([sentence, *extra], key=lambda s: s.index)]
    cores = [item_core(text, tok) for text, tok in frame.items]
    records = []
    for party, cp, text in pairs:
        stated = cp_stated
        if cp is None and frame.kind == "ask":
            cp = origin_counterparty(frame, resolver, party)
            stated = cp is not None
        if cp == party:
            cp, stated = None, False
        records.append(Record(
            kind=frame.kind, party=party, party_text=text, counterparty=cp, cp_stated=stated,
            cp_prep=frame.cp_how, link=frame.link, items=[t for t, _ in frame.items],
            heads=set().union(*(head_key(t, tok) for t, tok in frame.items)), status=frame.status,
            document=document, sentence=sentence, paragraph=paragraph_of(document, sentence), passive=frame.passive,
            citations=list(citations), lemma=frame.trigger.lemma_.lower(), cores=cores,
            hedge=hedge, hedge_text=hedge_text))
    return records


def hedge_status(hedge: Hedge | None, party: str, document: Document, sentence: Sentence,
                 resolver: Resolver) -> tuple[str | None, str]:
    """(status, words to put before the line) for a frame inside a report or allegation; (None, "")
    when the party states it itself ("Iran says it wants ..."); ("drop", "") when no speaker can be
    named or the report is denied."""
    if hedge is None:
        return None, ""
    if hedge.label == "negated":
        return "drop", ""
    speaker = None
    if hedge.speaker is not None:
        speaker = resolver.actor(hedge.speaker, document, sentence)
        if hedge.speaker.pos_ == "PRON" and speaker is None:
            return "drop", ""
    elif not hedge.speaker_text:
        return "drop", ""
    if speaker is not None and resolver.side(speaker) == resolver.side(party):
        return None, ""
    words = hedge.speaker_text if not (hedge.speaker is not None and hedge.speaker.pos_ == "PRON") else speaker
    if not words:
        return "drop", ""
    run = speaker_run(hedge.speaker) if hedge.speaker is not None else []
    first = run[0] if run else None
    common = (first.pos_ == "DET" or first.pos_ == "NOUN" and not first.ent_type_) if first is not None \
        else words.split()[0].lower() in ("the", "a", "an")
    shown = words[0].lower() + words[1:] if common else words
    if hedge.prefix:
        return f"according to {shown}", f"According to {shown},"
    return f"{hedge.label} {shown}", f"{words[0].upper() + words[1:]} {hedge.said}"


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
            if token.head.dep_ in SUBJECTS or token.head.dep_ == "pobj" and token.head.head.dep_ == "agent":
                continue  # "Iran and Russia want ...": one side, not the two sides of an exchange
            names = [resolver.phrase(token.head), resolver.phrase(token)]
            if None in names or names[0] == names[1]:
                continue
            sides = [resolver.side(n) for n in names]
            if side in sides and sides[0] != sides[1]:
                return names[1 - sides.index(side)]
    return None


def line_of(record: Record, items: list[str], status: str | None = None) -> str:
    """The line the reader sees, from the sentence's own words: party, verb, counterparty, items;
    led by the speaker when the sentence only reports it ("Officials said Iran offered to: ...")."""
    line = plain_line(record, items, status or record.status)
    return f"{record.hedge_text} {line}" if record.hedge_text else line


def plain_line(record: Record, items: list[str], status: str) -> str:
    if record.passive:
        words = [record.counterparty if record.cp_stated else "", status, "by", record.party_text,
                 record.link]
        return " ".join(w for w in words if w) + ": " + "; ".join(items)
    words = [record.party_text, status]
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


def same_items(group: list[Record], record: Record) -> bool:
    """Whether ``record`` asks for what every record of ``group`` asks for: as many items, each
    one's core (object head and its modifiers) containing or contained in the group's."""
    first = group[0]
    if len(first.cores) != len(record.cores):
        return False
    for slot, (key, _) in enumerate(record.cores):
        smallest = min((r.cores[slot][0] for r in group), key=len)
        if not (smallest <= key or key <= smallest) or not smallest & key:
            return False
    return True


def merge(records: list[Record]) -> list[AskOffer]:
    """The same ask (kind, party, counterparty, verb, speaker and item content) from several
    sentences -> one item. When the records word it differently the line gives only what all of
    them say: the shortest core of each item and the shortest verb form."""
    groups: list[list[Record]] = []
    for record in records:
        home = None
        for group in groups:
            first = group[0]
            if (first.kind, first.party, first.counterparty, first.lemma, first.hedge, first.passive) != \
                    (record.kind, record.party, record.counterparty, record.lemma, record.hedge, record.passive):
                continue
            if same_items(group, record):
                home = group
                break
        if home is None:
            groups.append([record])
        else:
            home.append(record)
    items = []
    for group in groups:
        first = group[0]
        wordings = {tuple(norm(t) for t in r.items) for r in group}
        if len(wordings) == 1:
            texts = list(first.items)
        else:
            texts = [min((r.cores[slot] for r in group), key=lambda c: (len(c[0]), len(c[1])))[1]
                     for slot in range(len(first.cores))]
        statuses = {r.status for r in group}
        status = first.status if len(statuses) == 1 else min(statuses, key=lambda s: (len(s), s))
        cites = {(c.source, c.sentence): c for r in group for c in r.citations}
        citations = [cites[k] for k in sorted(cites, key=lambda k: (source_order(k[0]), k[1]))]
        items.append(AskOffer(
            kind=first.kind, party=first.party, counterparty=first.counterparty, items=texts,
            status=first.hedge or status, text=line_of(first, texts, status), citations=citations,
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
            for sentence in story_sentences(document):
                records.extend(r for r in records_of(document, sentence, resolver)
                               if r.party != r.counterparty)  # an ask of oneself is a misparse
        infer_counterparties(records, resolver)
        items = merge(records)
        items.sort(key=lambda it: (-it.support, it.party, it.kind,
                                   source_order(it.citations[0].source), it.citations[0].sentence))
        return items[: context.options.get("max_items", DEFAULT_MAX_ITEMS)]
