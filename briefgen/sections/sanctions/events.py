"""Sanction events: one sanction as one sentence tells it — status, imposer, target, measure,
reason and date — read from every trigger of a document's story sentences.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from briefgen.dates.resolve import resolve
from briefgen.model.citations import Citation
from briefgen.model.date import Date
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import chain, child, condition, governing_verb, own_children
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.parties import Parties
from briefgen.sections.sanctions.phrases import clause_text, subtree_text, top
from briefgen.sections.sanctions.status import negated, status_of
from briefgen.sections.sanctions.triggers import Trigger, find_triggers
from briefgen.sections.story import story_sentences

REASON_PREPS = {"for", "over"}


@dataclass
class Event:
    """One sanction as read from one sentence, before sources are merged."""

    status: str
    imposer: str | None
    target: str | None
    target_head: str | None
    measure: str | None
    reason: str | None
    date: Date | None
    text: str
    citations: list[Citation] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    target_token: int | None = None
    cue: str | None = None  # the word that gave a lifting its status ("wants", "oppose")


class Reader(Parties):
    """Reads sanction events out of one document's sentences."""

    def __init__(self, document: Document, index):
        super().__init__(index)
        self.document = document

    def read(self, trigger: Trigger, sentence: Sentence) -> list[Event]:
        """The sanction events one trigger of the sentence states (none when it is negated or names no party)."""
        token = trigger.token
        status, cue = status_of(trigger)
        gov = token if trigger.kind in ("verb", "ban") else governing_verb(token)
        if negated(chain(token)[: 4]):
            return []
        imposer_tok, target_tok, measure = self.parties(trigger, gov, status, cue)
        asked = status in ("lift-demanded", "lift-opposed", "demanded")
        if asked:
            imposer = self.party(imposer_tok)
        else:
            imposer = self.actor(imposer_tok, strict=trigger.kind in ("ban", "weak-noun"), owner=True)
        target, target_head = self.targets(target_tok)
        if trigger.kind == "weak-noun" and status == "existing":
            return []
        # a weak noun or ban is a sanction only with a named imposer or target ("restrictions" alone
        # is not); the party asking for a lifting is not the imposer, so it does not count
        named = (self.phrase_actor(token) is not None) if asked else bool(imposer)
        if trigger.kind in ("ban", "weak-noun") and not (named or self.actor(target_tok, strict=True)):
            return []
        if imposer is None and target is None:
            return []
        reason = self.reason(token, gov, target_tok, status)
        when = self.date(gov or token, sentence, future=status in ("threatened", "proposed"))
        keep = {t.i for t in (token, imposer_tok, target_tok, cue, gov) if t is not None}
        line_top = top(token, gov, cue)
        text = clause_text(line_top, keep, target_tok)
        citation = self.document.cite(sentence)
        event = Event(status, imposer, target, target_head, measure, reason, when, text, [citation],
                      {self.document.source.id}, target_tok.i if target_tok is not None else None)
        if status.startswith("lift-") and cue is not None:
            event.cue = cue.lemma_.lower()
        events = [event]
        if status == "violation-alleged" and (trigger.kind == "ban" or imposer):
            regime_top = token.head if token.dep_ in ("acl", "relcl") else token
            regime_text = clause_text(regime_top, keep - {cue.i} if cue is not None else keep)
            events.append(Event("existing", imposer, target, target_head, measure, None, None, regime_text,
                                [citation], {self.document.source.id}, event.target_token))
        return events

    def reason(self, token: Token, gov: Token | None, target: Token | None, status: str) -> str | None:
        """Why: a ``for``/``over`` phrase, "accused of…" on the target, or the condition of a threat."""
        for node in (token, gov):
            if node is None or status in ("evasion", "violation-alleged"):
                continue
            for c in own_children(node):
                if c.dep_ == "prep" and c.lower_ in REASON_PREPS:
                    inner = child(c, "pcomp", "pobj")
                    if inner is not None and inner.pos_ in ("VERB", "NOUN"):
                        return subtree_text(inner)
        if target is not None and target.pos_ == "NOUN":
            for c in target.children:
                if c.dep_ in ("acl", "relcl") and c.i != token.i and c.pos_ == "VERB":
                    return subtree_text(c, strip_relative=True)
        if status in ("threatened", "proposed"):
            clause = condition(token)
            if clause is not None:
                return subtree_text(clause)
        return None

    def date(self, predicate: Token, sentence: Sentence, future: bool) -> Date | None:
        """The DATE entity attached to the predicate, resolved against the publication date."""
        predicates = {predicate.i}
        if (predicate.dep_ == "acl" and predicate.head.lemma_.lower() in lexicon("instrument_nouns")
                and predicate.head.head.lemma_.lower() in lexicon("instrument_verbs")):
            predicates.add(predicate.head.head.i)  # 'signed on Thursday an order imposing …' dates the order
        for ent in sentence.span.ents:
            if ent.label_ != "DATE":
                continue
            node = ent.root
            while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
                node = node.head
            if node.i in predicates:
                return resolve(ent.text, self.document.source.published, future=future)
        return None


def read_document(document: Document, index) -> list[Event]:
    """Every sanction event of one document, in text order."""
    reader = Reader(document, index)
    events: list[Event] = []
    for sentence in story_sentences(document):
        found: list[Event] = []
        for trigger in find_triggers(sentence.span):
            found.extend(reader.read(trigger, sentence))
        imposed_targets = {e.target_token for e in found if e.status != "evasion"}
        for event in found:
            if event.status == "evasion" and event.target_token in imposed_targets:
                continue
            events.append(event)
    return events
