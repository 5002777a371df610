"""The charge a denial answers, when no sentence is like the denial as a whole: a sentence of any source
that tells the same deed (the denied clause's verb, or a word of its group in ``denied_deed_groups``) as
charged, alleged or reported, about the same participants — "Japan denied breaking a pact with the U.S."
answered by "The U.S. Senate Finance Committee this week called on President Reagan … to retaliate against
Japan for violating the agreement" (Reuters, 13 March 1987); "it had not been proven that the athletes
refused to take the test in Athens" by "The sprint duo face charges of failing to give information on their
location and refusing to submit to a drugs test" (BBC, 2004).

A telling is a charge when a word of ``charge_words`` governs or marks the deed ("face charges of …
refusing", "a reported hack", "allegedly"), or the deed is what someone is punished "for". It names the
denier or shares a word of what is denied besides the deed ("test", "civilians"). What the denier says
itself, a negated deed and another denial answer nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_groups, load_lexicon
from briefgen.model.citations import source_number
from briefgen.model.items import Claim
from briefgen.nlp.syntax import is_negated
from briefgen.sections.conflicts.answers import actor_named
from briefgen.sections.conflicts.claims import LIGHT_VERBS
from briefgen.sections.conflicts.denial_cues import denial_cue

CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")


def _family(lemma: str) -> str:
    """The deed group a lemma belongs to (itself when in none)."""
    return load_groups("denied_deed_groups").get(lemma, lemma)


def _word(lemma: str) -> str:
    """A participant word as one of its group ("pact" is "agreement") or itself."""
    return load_groups("conflict_commitment_nouns").get(lemma, lemma)


def denied_deed(cue: Token, what: Token) -> Token | None:
    """The word of the deed denied: the denied clause's verb ("denied breaking a pact"), the verb of the
    claim denied ("denied reports that the website was hacked"), or what a light verb does ("denied doing
    anything illegal")."""
    if what.i == cue.i:
        return None
    if what.pos_ == "NOUN":
        what = next((c for c in what.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"), what)
    if what.pos_ == "VERB" and what.lemma_.lower() not in LIGHT_VERBS:
        return what
    if what.pos_ == "VERB":  # a light verb: "denied doing anything illegal"
        return next((t for c in what.children if c.dep_ == "dobj" for t in c.children
                     if t.pos_ == "ADJ" and t.dep_ == "amod"), None)
    return None


def charges(token: Token) -> bool:
    """The word charges a deed: "accused", "allegations", "charges of"; "charged" only "with" ("Fees should be
    charged on … packages" levies them)."""
    if token.lemma_.lower() not in load_lexicon("charge_words"):
        return False
    return token.lemma_.lower() != "charge" or token.pos_ == "NOUN" or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _charged(token: Token) -> bool:
    """A charging word governs the deed, a word of ``charge_marks`` marks it, or the deed is what someone is
    punished "for"."""
    marks = load_lexicon("charge_marks")
    if any(c.lemma_.lower() in marks for c in token.children if c.dep_ in ("amod", "advmod", "compound")):
        return True  # "a reported hack", "allegedly faked"
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "for":
        return True  # "to retaliate against Japan for violating the agreement"
    return any(charges(a) or any(c.dep_ == "nsubj" and charges(c) for c in a.children) for a in token.ancestors)
    # ("face charges of … refusing to submit"; "Charges quickly surfaced that Lycos was … launching a DDOS
    # attack, which is illegal in the U.S.")


def _said_by(sentence, who: str, index) -> bool:
    """The sentence is the denier's own saying."""
    speech = load_lexicon("ask_speech_verbs")
    return any(t.lemma_.lower() in speech and actor_named(c, index) == who
               for t in sentence.span for c in t.children if c.dep_ == "nsubj")


def charge_answered(documents, who: str, hits, index, sentence_actors) -> Claim | None:
    """The sentence telling as charged the deed a denial of ``hits`` denies, best first by the words
    it shares with what is denied; None when no source tells it."""
    denials = {(d.source.id, s.index) for d, s, _ in hits}
    best = None
    for document, sentence, (cue, what) in hits:
        deed = denied_deed(cue, what)
        if deed is None or charges(deed):
            continue  # "… have accused Beijing of providing weapons to Russia, allegations China denies": told here
        family = _family(deed.lemma_.lower())
        about = {_word(t.lemma_.lower()) for t in what.subtree if t.pos_ in CONTENT and t.i not in (cue.i, deed.i)
                 and t.lemma_.lower() not in LIGHT_VERBS and not t.is_stop}
        named = sentence_actors(document, sentence) - {who}
        for other in documents:
            for candidate in sentence_actors.story(other):
                if (other.source.id, candidate.index) in denials or denial_cue(candidate.span) is not None:
                    continue
                told = next((t for t in candidate.span if _family(t.lemma_.lower()) == family and t.pos_ in CONTENT
                             and not is_negated(t, never=True) and _charged(t)), None)
                if told is None or _said_by(candidate, who, index):
                    continue
                shared = len(about & {_word(t.lemma_.lower()) for t in candidate.span if t.pos_ in CONTENT})
                actors = sentence_actors(other, candidate)
                if not shared and who not in actors and not named & actors:
                    continue
                key = (shared, other is document, -source_number(other.source.id), -candidate.index)
                if best is None or key > best[0]:
                    best = (key, other, candidate)
    if best is None:
        return None
    _, document, sentence = best
    return Claim(text=sentence.text, citations=[document.cite(sentence)])
