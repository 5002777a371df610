"""Defensive measures of a takeover fight: what a party does to fend off another's bid ("GenCorp's buy
back was made to fend off the hostile … tender offer by AFG and Wagner and Brown") is its measure
against the bidder, whatever the measure is called. The verbs and bid nouns are the
``sanction_defense_verbs`` and ``sanction_bid_nouns`` lexicons."""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import Sentence
from briefgen.nlp.syntax import child, prep_object
from briefgen.sections.sanctions.dating import stated_date, told_date
from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.phrases import clause_text


def defense_verb(token: Token) -> bool:
    """A verb of fending off ("fend off", "thwart"), with its particle where it has one."""
    if token.pos_ != "VERB":
        return False
    particle = child(token, "prt")
    words = lexicon("defense_verbs")
    return token.lemma_.lower() in words or (particle is not None and f"{token.lemma_.lower()} {particle.lower_}" in words)


def defense(verb: Token) -> tuple[Token, Token | None, Token] | None:
    """(the measure's noun, its maker, the bidder) when ``verb`` is the purpose of a measure ("X's
    buy back was made to fend off the offer by Y"), else None."""
    if verb.dep_ not in ("advcl", "xcomp") or not verb.children or not defense_verb(verb):
        return None
    bid = child(verb, "dobj")
    if bid is None or bid.lemma_.lower() not in lexicon("bid_nouns"):
        return None
    bidder = prep_object(bid, {"by", "from"}) or child(bid, "poss")
    head = verb.head
    measure = child(head, "nsubjpass") if any(c.dep_ == "auxpass" for c in head.children) else child(head, "dobj")
    if bidder is None or measure is None or measure.pos_ != "NOUN":
        return None
    maker = child(measure, "poss") or (child(head, "nsubj") if child(head, "nsubjpass") is None else None)
    return measure, maker, bidder


def measure_name(measure: Token) -> str:
    """The measure as written, with a particle the parser hung on it ("buy back")."""
    owner = child(measure, "poss")
    skip = {t.i for t in owner.subtree} if owner is not None else set()
    words = [t.text for t in measure.doc[measure.left_edge.i : measure.i + 1] if t.i not in skip and t.dep_ != "det"]
    back = next((c for c in measure.children if c.dep_ in ("advmod", "prt") and c.i == measure.i + 1), None)
    return " ".join(words + ([back.text] if back is not None else []))


def read_defenses(reader, sentence: Sentence) -> list[Event]:
    """The defensive measures of a takeover fight a sentence tells, read by a sanctions ``reader``
    (``events.Reader``) for its parties, dates and lines."""
    events = []
    for verb in sentence.span:
        found = defense(verb)
        if found is None:
            continue
        measure, maker, bidder = found
        imposer = reader.imposers(maker, strict=False) if maker is not None else None
        target, target_head = reader.targets(bidder)
        if imposer is None or target is None:
            continue
        when = stated_date(reader.document, verb.head, sentence, future=False) or told_date(reader.document, sentence)
        text = clause_text(verb.head, {measure.i, verb.i, bidder.i})
        events.append(Event("imposed", imposer, target, target_head, measure_name(measure), None, when, text,
                            [reader.document.cite(sentence)], {reader.document.source.id}, bidder.i))
    return events
