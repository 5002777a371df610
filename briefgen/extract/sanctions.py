"""The sanctions section: every sanction imposed, threatened, in force, allegedly violated or evaded.

Triggers come from the ``sanction_*`` lexicons (:mod:`.sanction_rules`); the parse gives the
imposer (subject, or the ``by`` agent of a passive), the target (object, passive subject, an
``on``/``against`` phrase), the measure, the reason (``for…``, ``accused of…``) and the date (a DATE
entity attached to the same predicate, resolved against the article's publication date). Imposers
and targets resolve to canonical actors through the actors section's :class:`ActorIndex`. The same
sanction told by several sources is one item citing all of them.

For a lifting, ``imposer`` names the party of the status: who lifts (``lifted``, ``lift-proposed``),
who asks for it (``lift-demanded``: "Iran wants sanctions lifted") or who opposes it
(``lift-opposed``: "Washington and Paris oppose lifting the embargo"). A sanction noun is never a party.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .. import dates
from ..model import Citation, Date, Sanction
from ..nlp import Document, Sentence
from . import Context, register
from .furniture import story_sentences
from . import sanction_rules as rules
from .sanction_rules import Trigger

STATUS_ORDER = ["imposed", "threatened", "proposed", "demanded", "existing", "violation-alleged", "evasion",
                "lift-proposed", "lift-demanded", "lift-opposed", "lifted"]


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


class Reader:
    """Reads sanction events out of one document's sentences."""

    def __init__(self, document: Document, index):
        self.document = document
        self.index = index

    # ---- parties ---------------------------------------------------------------------------

    def actor(self, token: Token | None, strict: bool = False, owner: bool = False) -> str | None:
        """Canonical actor for a noun phrase head; its own words when it names no known actor
        (unless ``strict``); None for pronouns. With ``owner``, a common noun led by a named actor
        stands for that actor ("*EU* leaders" -> European Union)."""
        if token is None or token.pos_ == "PRON":
            return None
        if owner and token.pos_ == "NOUN" and rules.entity_of(token) is None:
            inner = self.phrase_actor(token)
            if inner is not None:
                return self.actor(inner, strict=True)
        ent = rules.entity_of(token)
        candidates = [ent.text] if ent is not None else []
        candidates += [rules.np_text(token), token.text]
        if self.index is not None:
            for text in candidates:
                name = self.index.resolve(text)
                if name:
                    return name
            if token.pos_ == "PROPN":
                fits = {name for key, name in self.index.by_key.items()
                        if token.text.lower() in key.split()}
                if len(fits) == 1:
                    return fits.pop()
        if strict:
            return None
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"):
            return rules.np_text(ent.root) if ent.root.pos_ == "NOUN" else _clean(ent.text)
        return rules.np_text(token)

    def phrase_actor(self, head: Token) -> Token | None:
        """A named actor inside a noun phrase ("*Security Council* resolutions", "*US* sanctions")."""
        for c in head.lefts:
            if c.dep_ in ("compound", "amod", "poss", "nmod") and (
                    rules.entity_of(c) is not None or c.pos_ == "PROPN"):
                if self.actor(c, strict=True):
                    return c
        return None

    def party(self, head: Token | None) -> str | None:
        """Actors named by a subject, coordinated ones joined ("Washington and Paris")."""
        if head is None:
            return None
        names = []
        for h in rules.conjuncts(head):
            name = self.actor(h, owner=True)
            if name and name not in names:
                names.append(name)
        if not names:
            return None
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def targets(self, head: Token | None) -> tuple[str | None, str | None]:
        """Target text (coordinated heads joined) and the first head's lemma, for merging."""
        if head is None:
            return None, None
        names = []
        for h in rules.conjuncts(head):
            appos = rules.child(h, "appos")
            if appos is not None and self.actor(appos, strict=True) and not self.actor(h, strict=True):
                h = appos
            name = self.actor(h, strict=True) or rules.np_text(h, with_of=True)
            if name and name not in names:
                names.append(name)
        if not names:
            return None, None
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return text, (names[0] if head.pos_ == "PROPN" or rules.entity_of(head) else head.lemma_.lower())

    # ---- one trigger -----------------------------------------------------------------------

    def read(self, trigger: Trigger, sentence: Sentence) -> list[Event]:
        token = trigger.token
        status, cue = rules.status_of(trigger)
        gov = token if trigger.kind in ("verb", "ban") else rules.governor(token)
        if rules.negated(rules.chain(token)[: 4]):
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
        top = rules.top(token, gov, cue)
        text = rules.clause_text(top, keep, target_tok)
        citation = self.document.cite(sentence)
        event = Event(status, imposer, target, target_head, measure, reason, when, text, [citation],
                      {self.document.source.id}, target_tok.i if target_tok is not None else None)
        if status.startswith("lift-") and cue is not None:
            event.cue = cue.lemma_.lower()
        events = [event]
        if status == "violation-alleged" and (trigger.kind == "ban" or imposer):
            regime_top = token.head if token.dep_ in ("acl", "relcl") else token
            regime_text = rules.clause_text(regime_top, keep - {cue.i} if cue is not None else keep)
            events.append(Event("existing", imposer, target, target_head, measure, None, None, regime_text,
                                [citation], {self.document.source.id}, event.target_token))
        return events

    def parties(self, trigger: Trigger, gov: Token | None, status: str, cue: Token | None):
        """(imposer token, target token, measure) for one trigger."""
        token = trigger.token
        measure = trigger.measure
        imposer = target = None
        if trigger.kind in ("verb", "ban"):
            if rules.is_passive(token):
                agent = rules.child(token, "agent")
                imposer = rules.child(agent, "pobj") if agent is not None else None
                target = rules.child(token, "nsubjpass")
                if target is None and token.dep_ in ("acl", "relcl", "amod"):
                    target = token.head
            else:
                imposer = rules.subject(token)
                if token.dep_ == "acl" and imposer is None:
                    imposer = self.phrase_actor(token.head) or token.head
                target = rules.child(token, "dobj")
            if trigger.kind == "ban":
                obj = target
                named = self.actor(obj, strict=True) if obj is not None else None
                if obj is not None and not named:
                    measure = f"{rules.np_text(obj)} {trigger.measure}"
                    target = rules.prep_object(token, {"to", "on", "against", "from", "for", "with"}) \
                        or rules.prep_object(obj, {"to", "of", "from", "with"})
        else:
            np = token
            while np.dep_ == "compound" and np.head.pos_ in ("NOUN", "PROPN"):
                np = np.head
            measure = rules.np_text(token) if token.i == np.i else trigger.measure
            imposer = self.phrase_actor(token) or rules.prep_object(token, {"from", "by"})
            target = rules.prep_object(token, rules.TARGET_PREPS) or rules.prep_object(np, rules.TARGET_PREPS)
            for c in token.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "cover"):
                    target = target or rules.child(c, "dobj")
            if gov is not None:
                lemma = gov.lemma_.lower()
                if lemma in rules.lexicon("face_verbs"):
                    target = target or rules.subject(gov)
                else:
                    if imposer is None and (cue is not None or lemma in rules.lexicon("impose_verbs")
                                            or lemma in rules.lexicon("keep_verbs")):
                        if rules.is_passive(gov):
                            agent = rules.child(gov, "agent")
                            imposer = rules.child(agent, "pobj") if agent is not None else None
                        else:
                            imposer = rules.subject(gov)
                    target = target or rules.prep_object(gov, {"on", "against"})
                    if token.dep_ == "pobj" and token.head.lower_ == "with":
                        target = target or rules.child(gov, "dobj")
                    if target is None and rules.is_passive(gov):
                        subj = rules.child(gov, "nsubjpass")
                        target = subj if subj is not None and subj.i != token.i else None
        if status == "evasion" and cue is not None:
            target = rules.evader(cue) or target
        if status in ("threatened", "proposed") and target is None:
            condition = rules.condition(token)
            if condition is not None:
                target = rules.child(condition, "nsubj")
        if target is not None and target.lemma_.lower() in rules.lexicon("trade_nouns"):
            inner = [t for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "with")
                     and self.actor(t, strict=True)]
            target = inner[0] if inner else target
        if imposer is not None and (target is not None and imposer.i == target.i or rules.is_sanction_word(imposer)):
            imposer = None  # "sanctions lifted": the sanction is never its own imposer
        if status in ("lift-demanded", "lift-opposed", "demanded") and cue is not None:
            imposer = rules.asker_of(cue)  # the party who wants (or opposes) the measure, not its would-be imposer
        return imposer, target, measure

    def reason(self, token: Token, gov: Token | None, target: Token | None, status: str) -> str | None:
        """Why: a ``for``/``over`` phrase, "accused of…" on the target, or the condition of a threat."""
        for node in (token, gov):
            if node is None or status in ("evasion", "violation-alleged"):
                continue
            for c in rules.own_children(node):
                if c.dep_ == "prep" and c.lower_ in rules.REASON_PREPS:
                    inner = rules.child(c, "pcomp", "pobj")
                    if inner is not None and inner.pos_ in ("VERB", "NOUN"):
                        return rules.subtree_text(inner)
        if target is not None and target.pos_ == "NOUN":
            for c in target.children:
                if c.dep_ in ("acl", "relcl") and c.i != token.i and c.pos_ == "VERB":
                    return rules.subtree_text(c, strip_relative=True)
        if status in ("threatened", "proposed"):
            condition = rules.condition(token)
            if condition is not None:
                return rules.subtree_text(condition)
        return None

    def date(self, predicate: Token, sentence: Sentence, future: bool) -> Date | None:
        """The DATE entity attached to the predicate, resolved against the publication date."""
        for ent in sentence.span.ents:
            if ent.label_ != "DATE":
                continue
            node = ent.root
            while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
                node = node.head
            if node.i == predicate.i:
                return dates.resolve(ent.text, self.document.source.published, future=future)
        return None

def _clean(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")


def read_document(document: Document, index) -> list[Event]:
    """Every sanction event of one document, in text order."""
    reader = Reader(document, index)
    events: list[Event] = []
    for sentence in story_sentences(document):
        found: list[Event] = []
        for trigger in rules.find_triggers(sentence.span):
            found.extend(reader.read(trigger, sentence))
        imposed_targets = {e.target_token for e in found if e.status != "evasion"}
        for event in found:
            if event.status == "evasion" and event.target_token in imposed_targets:
                continue
            events.append(event)
    return events


def _dates_fit(a: Date | None, b: Date | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _measure_head(e: Event) -> str | None:
    """The measure's last word, singular ("U.N. arms embargo" -> "embargo")."""
    if not e.measure:
        return None
    return e.measure.split()[-1].lower().removesuffix("s")


def _same(a: Event, b: Event) -> bool:
    """The same fact told twice: same status, imposer, target and kind of measure, and both dated
    (compatibly) or both undated; a lifting wanted is not merged with one offered in return for
    something (the cue word must match). A telling that names no imposer is not merged with one that
    does: the merged line would say more than one of its citations."""
    return (a.status == b.status and a.imposer == b.imposer and a.target_head == b.target_head
            and (a.target is None) == (b.target is None) and _measure_head(a) == _measure_head(b)
            and (a.date is None) == (b.date is None) and _dates_fit(a.date, b.date) and a.cue == b.cue)


def _plainness(e: Event) -> tuple:
    return (sum(x is not None for x in (e.imposer, e.target, e.measure, e.reason, e.date)),
            len((e.measure or "").split()), len(e.text))


def merge(events: list[Event]) -> list[Event]:
    """One item per sanction fact, citing every sentence that tells it.

    The line shown is the plainest telling (fewest details, then shortest), so that it is true of
    every citation; fields are that telling's own, never filled in from another sentence.
    """
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            if all(_same(event, other) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    merged = []
    for group in groups:
        best = min(group, key=_plainness)
        if any(other.reason != best.reason for other in group):
            best.reason = None
        for other in group:
            for citation in other.citations:
                if all((c.source, c.sentence) != (citation.source, citation.sentence)
                       for c in best.citations):
                    best.citations.append(citation)
            best.sources |= other.sources
        best.citations.sort(key=lambda c: (_source_number(c.source), c.source, c.sentence))
        merged.append(best)
    return merged


def _source_number(source: str) -> int:
    return int(source[1:]) if source[1:].isdigit() else 0


def _sort_key(e: Event) -> tuple:
    first = e.citations[0]
    order = STATUS_ORDER.index(e.status) if e.status in STATUS_ORDER else len(STATUS_ORDER)
    return (order, e.date is None, e.date.start if e.date else None, -len(e.sources),
            _source_number(first.source), first.sentence, e.text)


@register
class SanctionsExtractor:
    """Sanctions imposed, threatened, in force, allegedly violated or evaded, each cited."""

    name = "sanctions"

    def extract(self, context: Context) -> list[Sanction]:
        index = context.resources.get("actor_index")
        events: list[Event] = []
        for document in context.documents:
            events.extend(read_document(document, index))
        events = sorted(merge(events), key=_sort_key)[: context.options.get("max_items", 40)]
        return [
            Sanction(status=e.status, imposer=e.imposer, target=e.target, measure=e.measure, reason=e.reason,
                     date=e.date, text=e.text, citations=e.citations, support=len(e.sources))
            for e in events
        ]
