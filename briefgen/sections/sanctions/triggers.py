"""Sanction triggers: the words of a sentence that name a sanction — a verb (``sanctioned``), a ban
verb (``banning``), a sanction noun (``arms embargo``) or a weak noun (``restrictions``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.nlp.syntax import is_passive
from briefgen.sections.sanctions.lexicons import lexicon, noun_phrases


@dataclass(frozen=True)
class Trigger:
    """A word that names a sanction: a verb (``sanctioned``), a ban verb (``banning``) or a noun."""

    token: Token
    kind: str  # "verb", "ban", "noun", "weak-noun"
    measure: str


def find_triggers(sent: Span) -> list[Trigger]:
    """Every sanction trigger in a sentence, in text order."""
    found: dict[int, Trigger] = {}
    lemmas = [t.lemma_.lower() for t in sent]
    for phrase in noun_phrases():
        n = len(phrase)
        for i in range(len(sent) - n + 1):
            if tuple(lemmas[i : i + n]) == phrase and sent[i + n - 1].pos_ in ("NOUN", "PROPN"):
                head = sent[i + n - 1]
                if head.i not in found and not modifier_only(head):
                    found[head.i] = Trigger(head, "noun", " ".join(t.text for t in sent[i : i + n]))
                found.setdefault(head.i, None)
    for token in sent:
        lemma = token.lemma_.lower()
        if token.i in found:
            continue
        if lemma in lexicon("asset_verbs") and not acts_on_assets(token):
            continue
        if token.pos_ == "VERB" and lemma in lexicon("verbs"):
            found[token.i] = Trigger(token, "verb", lexicon("verbs")[lemma])
        elif token.pos_ == "VERB" and lemma in lexicon("ban_verbs"):
            found[token.i] = Trigger(token, "ban", lexicon("ban_verbs")[lemma])
        elif token.pos_ == "NOUN" and lemma in lexicon("weak_nouns") and token.dep_ != "compound":
            found[token.i] = Trigger(token, "weak-noun", token.text)
    return [found[i] for i in sorted(found) if found[i] is not None]


def modifier_only(head: Token) -> bool:
    """A sanction noun that only modifies another noun ("*sanctions* disputes", "*sanctions* relief")
    names no sanction, unless that noun is a regime word ("sanctions package") or says what
    happens to sanctions ("sanctions evasion", "sanctions violations")."""
    if head.dep_ != "compound" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    outer = head.head.lemma_.lower()
    cues = ("regime_nouns", "evasion_words", "violation_words", "lift_verbs", "threat_verbs")
    return not any(outer in lexicon(table) for table in cues)


def acts_on_assets(token: Token) -> bool:
    """Whether a freeze-type word acts on money or property: its object (or passive subject, or for
    a noun its own phrase) holds an asset noun ("froze $6bn in Iranian *funds*")."""
    if token.pos_ in ("VERB", "AUX"):
        spans = [c.subtree for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "amod") and is_passive(token, reduced=True):
            spans.append([token.head])
    else:
        spans = [c.subtree for c in token.children if c.dep_ in ("prep", "compound", "poss")]
    assets = lexicon("asset_nouns")
    return any(t.lemma_.lower() in assets or t.lower_ in assets for span in spans for t in span)

def is_sanction_word(token: Token) -> bool:
    """A sanction noun ("sanctions", "the arms embargo", "restrictions"): never a party."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lexicon("weak_nouns") or any(
        p[-1] == lemma for p in noun_phrases()))
