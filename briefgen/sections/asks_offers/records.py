"""Records of the asks-and-offers section: every ask, offer, demand, pledge and refusal one
sentence states, with its parties resolved to actors, before sources are merged.
"""
from __future__ import annotations

from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import is_conditional, is_negated
from briefgen.sections.asks_offers.counterparties import origin_counterparty
from briefgen.sections.asks_offers.frames import Frame, read_frame
from briefgen.sections.asks_offers.hedges import hedge_status
from briefgen.sections.asks_offers.items import item_core
from briefgen.sections.asks_offers.record import Record
from briefgen.sections.asks_offers.resolve import FIRST_PERSON, Resolver, collective
from briefgen.sections.asks_offers.triggers import trigger_kind


def is_question(sentence: Sentence) -> bool:
    """The sentence asks a question (it ends with "?", quotes and brackets aside)."""
    return sentence.text.rstrip(" \"'”’)").endswith("?")


def paragraph_of(document: Document, sentence: Sentence) -> int:
    """Paragraph number: line breaks before the sentence."""
    return document.text.count("\n", 0, sentence.start)


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
    """The records one frame gives: one per resolved party, with counterparty, items and hedge."""
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
        if frame.counterparty.pos_ == "PRON" and frame.counterparty.lower_ not in FIRST_PERSON \
                and (counterparty is None or counterparty in parties):
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
            status=frame.status,
            document=document, sentence=sentence, paragraph=paragraph_of(document, sentence), passive=frame.passive,
            citations=list(citations), lemma=frame.trigger.lemma_.lower(), cores=cores,
            hedge=hedge, hedge_text=hedge_text))
    return records
