"""Downplayed remarks: a party playing down what another said — "Ministry of International Trade and Industry
(MITI) officials later sought to downplay the significance of Tamura's remark and said that his main message
was that the two sides need to talk urgently about the issue", after "… Hajime Tamura, who earlier today said
Japan was ready to take "appropriate measures" if Washington went ahead with the sanctions" (Reuters, 28 March
1987) — beside the remark, told a few sentences before in the same source.

The verb is one of ``conflict_downplay_verbs``; what it plays down is a remark (``conflict_remark_nouns``)
owned by a named party ("Tamura's remark", "the significance of Tamura's remark"); the remark is the nearest
sentence before in which that party says something (a clause of theirs). Without both, there is nothing a
reader can weigh, and nothing is reported.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

LOOK_BACK = 4  # the remark is told at most this many sentences before it is played down
SAID_WORDS = 12  # each side's words in the heading, cut to this many


def _downplaying(verb: Token) -> bool:
    words = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    verbs = load_lexicon("conflict_downplay_verbs")
    return words in verbs or (particle is not None and f"{words} {particle}" in verbs)


def _remark_owner(verb: Token) -> Token | None:
    """The named owner of the remark the verb plays down ("the significance of Tamura's remark": Tamura)."""
    remarks = load_lexicon("conflict_remark_nouns")
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj")]
        for noun in nouns:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if noun.lemma_.lower() in remarks and owner is not None:
                return owner
    return None


def _downplayer(verb: Token) -> Token | None:
    """Who plays the remark down: the verb's subject, or that of the verb it completes ("officials … sought to
    downplay")."""
    for node in (verb, verb.head):
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:
            return subject
        if node.dep_ != "xcomp":
            return None
    return None


def _said_by(sentence, owner: Token) -> Token | None:
    """The clause the owner says in the sentence ("… Hajime Tamura, who earlier today said Japan was ready to
    take …"), or None."""
    speech = load_lexicon("ask_speech_verbs")
    for verb in sentence.span:
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if verb.lemma_.lower() not in speech or said is None:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # ("his Trade and Industry Minister, Hajime Tamura, who earlier today said …")
        own = {t.i for t in verb.subtree}
        if subject is not None and any(t.text == owner.text and t.i not in own for t in subject.subtree):
            return said
    return None


def _words(clause: Token) -> str:
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    words = clause.doc[tokens[0].i : tokens[-1].i + 1].text.replace("\n", " ").split()
    return " ".join(words[:SAID_WORDS]).strip("“”\"") + (" …" if len(words) > SAID_WORDS else "")


def _what_instead(verb: Token) -> str | None:
    """What the downplayer says instead, when the sentence says it ("and said that his main message was …")."""
    speech = load_lexicon("ask_speech_verbs")
    for node in (verb, verb.head):
        for conj in (c for c in node.children if c.dep_ == "conj" and c.lemma_.lower() in speech):
            said = next((c for c in conj.children if c.dep_ == "ccomp"), None)
            if said is not None:
                return _words(said)
    return None


def downplay_conflicts(context: Context) -> list[Conflict]:
    """Each remark a party plays down, beside the remark."""
    conflicts = []
    for document in context.documents:
        sentences = story_sentences(document)
        for n, sentence in enumerate(sentences):
            verb = next((t for t in sentence.span if t.pos_ == "VERB" and _downplaying(t)), None)
            owner = _remark_owner(verb) if verb is not None else None
            downplayer = _downplayer(verb) if owner is not None else None
            if downplayer is None or owner.text in {t.text for t in downplayer.subtree}:
                continue  # (a party playing down its own remark disputes nothing)
            earlier = [s for s in sentences[max(0, n - LOOK_BACK):n] if s.index >= sentence.index - LOOK_BACK]
            remark = next(((s, said) for s in reversed(earlier) if (said := _said_by(s, owner)) is not None), None)
            if remark is None:
                continue
            sid = document.source.id
            who = " ".join(downplayer.doc[downplayer.left_edge.i : downplayer.i + 1].text.split())
            whose = (context.actor_index.resolve(owner.text) if context.actor_index else None) or owner.text
            instead = _what_instead(verb)
            about = (f"What {owner.text}'s remark means: {_words(remark[1])} ({whose}, {sid}) or, played down, "
                     + (f"{instead} ({who}, {sid})" if instead else f"less ({who}, {sid})"))
            claims = [Claim(text=s.text, citations=[document.cite(s)]) for s in (remark[0], sentence)]
            conflicts.append(make_conflict(about, "characterisation", claims, about))
    return conflicts
