"""Parties of the sanctions section: who imposes (or asks for, or opposes) a sanction and whom it
targets, read off one trigger's parse and resolved to canonical actors through the actors section's
``ActorIndex``. A sanction noun is never a party.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.labels import PARTY_LABELS
from briefgen.nlp.syntax import child, condition, is_passive, noun_conjuncts, prep_object
from briefgen.sections.sanctions.agents import asker_of, evader, subject
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.phrases import entity_of, np_text
from briefgen.sections.sanctions.triggers import Trigger, is_sanction_word

TARGET_PREPS = {"on", "against", "to", "targeting"}


def joined(names: list[str]) -> str:
    """Names as one phrase: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class Parties:
    """Imposers and targets of sanction triggers, as canonical actors where the index knows them."""

    def __init__(self, index):
        self.index = index

    def actor(self, token: Token | None, strict: bool = False, owner: bool = False) -> str | None:
        """Canonical actor for a noun phrase head; its own words when it names no known actor
        (unless ``strict``); None for pronouns. With ``owner``, a common noun led by a named actor
        stands for that actor ("*EU* leaders" -> European Union)."""
        if token is None or token.pos_ == "PRON":
            return None
        if owner and token.pos_ == "NOUN" and entity_of(token) is None:
            inner = self.phrase_actor(token)
            if inner is not None:
                return self.actor(inner, strict=True)
        ent = entity_of(token)
        candidates = [ent.text] if ent is not None else []
        candidates += [np_text(token), token.text]
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
        if ent is not None and ent.label_ in PARTY_LABELS:
            return np_text(ent.root) if ent.root.pos_ == "NOUN" else _clean(ent.text)
        return np_text(token)

    def phrase_actor(self, head: Token) -> Token | None:
        """A named actor inside a noun phrase ("*Security Council* resolutions", "*US* sanctions")."""
        for c in head.lefts:
            if c.dep_ in ("compound", "amod", "poss", "nmod") and (
                    entity_of(c) is not None or c.pos_ == "PROPN") and self.actor(c, strict=True):
                return c
        return None

    def party(self, head: Token | None) -> str | None:
        """Actors named by a subject, coordinated ones joined ("Washington and Paris")."""
        if head is None:
            return None
        names = []
        for h in noun_conjuncts(head):
            name = self.actor(h, owner=True)
            if name and name not in names:
                names.append(name)
        if not names:
            return None
        return joined(names)

    def targets(self, head: Token | None) -> tuple[str | None, str | None]:
        """Target text (coordinated heads joined) and the first head's lemma, for merging."""
        if head is None:
            return None, None
        names = []
        for h in noun_conjuncts(head):
            appos = child(h, "appos")
            if appos is not None and self.actor(appos, strict=True) and not self.actor(h, strict=True):
                h = appos
            name = self.actor(h, strict=True) or np_text(h, with_of=True)
            if name and name not in names:
                names.append(name)
        if not names:
            return None, None
        text = joined(names)
        return text, (names[0] if head.pos_ == "PROPN" or entity_of(head) else head.lemma_.lower())

    def parties(self, trigger: Trigger, gov: Token | None, status: str, cue: Token | None):
        """(imposer token, target token, measure) for one trigger."""
        token = trigger.token
        measure = trigger.measure
        imposer = target = None
        if trigger.kind in ("verb", "ban"):
            if is_passive(token, reduced=True):
                agent = child(token, "agent")
                imposer = child(agent, "pobj") if agent is not None else None
                target = child(token, "nsubjpass")
                if target is None and token.dep_ in ("acl", "relcl", "amod"):
                    target = token.head
            else:
                imposer = subject(token)
                if token.dep_ == "acl" and imposer is None:
                    imposer = self.phrase_actor(token.head) or token.head
                target = child(token, "dobj")
            if trigger.kind == "ban":
                obj = target
                named = self.actor(obj, strict=True) if obj is not None else None
                if obj is not None and not named:
                    measure = f"{np_text(obj)} {trigger.measure}"
                    target = prep_object(token, {"to", "on", "against", "from", "for", "with"}) \
                        or prep_object(obj, {"to", "of", "from", "with"})
        else:
            np = token
            while np.dep_ == "compound" and np.head.pos_ in ("NOUN", "PROPN"):
                np = np.head
            measure = np_text(token) if token.i == np.i else trigger.measure
            imposer = self.phrase_actor(token) or prep_object(token, {"from", "by"})
            target = prep_object(token, TARGET_PREPS) or prep_object(np, TARGET_PREPS)
            for c in token.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "cover"):
                    target = target or child(c, "dobj")
            if gov is not None:
                lemma = gov.lemma_.lower()
                if lemma in lexicon("face_verbs"):
                    target = target or subject(gov)
                else:
                    if imposer is None and (cue is not None or lemma in lexicon("impose_verbs")
                                            or lemma in lexicon("keep_verbs")):
                        if is_passive(gov, reduced=True):
                            agent = child(gov, "agent")
                            imposer = child(agent, "pobj") if agent is not None else None
                        else:
                            imposer = subject(gov)
                    target = target or prep_object(gov, {"on", "against"})
                    if token.dep_ == "pobj" and token.head.lower_ == "with":
                        target = target or child(gov, "dobj")
                    if target is None and is_passive(gov, reduced=True):
                        subj = child(gov, "nsubjpass")
                        target = subj if subj is not None and subj.i != token.i else None
        if status == "evasion" and cue is not None:
            target = evader(cue) or target
        if status in ("threatened", "proposed") and target is None:
            clause = condition(token)
            if clause is not None:
                target = child(clause, "nsubj")
        if target is not None and target.lemma_.lower() in lexicon("trade_nouns"):
            inner = [t for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "with")
                     and self.actor(t, strict=True)]
            target = inner[0] if inner else target
        if imposer is not None and (target is not None and imposer.i == target.i or is_sanction_word(imposer)):
            imposer = None  # "sanctions lifted": the sanction is never its own imposer
        if status in ("lift-demanded", "lift-opposed", "demanded") and cue is not None:
            imposer = asker_of(cue)  # the party who wants (or opposes) the measure, not its would-be imposer
        return imposer, target, measure


def _clean(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")
