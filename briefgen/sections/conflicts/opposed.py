"""Two speakers' positions one sentence sets against each other with "but": "Yukos has always insisted
the auction was state-sponsored theft but Russian authorities argued they were imposing the law, trying
to recover billions in unpaid taxes" (BBC News, December 2004).

Both sides are sayings with a named subject and a reported clause, by two different speakers, the second
joined by "but"; at least one is a verb of holding a position (``conflict_position_verbs``: "insisted",
"argued", "maintained"), so that two plain reports joined by "but" ("X said …, but Y said …", which
often tell two facts) are not read as a dispute.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.items import Conflict
from briefgen.sections.conflicts.contrasts import ACCOUNT_WORDS, _said, _speaker_words, _words, one_sentence_contrast
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences


def _side(verb: Token) -> Token | None:
    """The named speaker of a saying or position verb that reports a clause, or None."""
    verbs = load_lexicon("ask_speech_verbs") | load_lexicon("conflict_position_verbs")
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _held(verb: Token, other: Token) -> str:
    """What the first speaker holds, up to the "but" that brings in the other ("the auction was
    state-sponsored theft")."""
    said = next(c for c in verb.children if c.dep_ == "ccomp")
    stop = min([other.left_edge.i, *(c.i for c in other.head.children if c.dep_ == "cc" and c.i < other.i)])
    words = _words([t for t in said.subtree if t.i < stop and (t.dep_ != "mark" or t.head.i != said.i)])
    words = words.removesuffix(" …").split()
    return " ".join(words[:ACCOUNT_WORDS]) + (" …" if len(words) > ACCOUNT_WORDS else "")


def _after_but(verb: Token) -> bool:
    """The conjunct is joined by "but": its own, or its head's just before it (the parser may hang the
    second saying on the first one's reported clause)."""
    return any(c.dep_ == "cc" and c.lower_ == "but" and (c.head.i == verb.i or c.i < verb.i)
               for c in [*verb.children, *verb.head.children])


def opposed_contrasts(context: Context) -> list[Conflict]:
    """Each sentence setting one speaker's position against another's with "but"."""
    positions = load_lexicon("conflict_position_verbs")
    conflicts = []
    for document in context.documents:
        for sentence in story_sentences(document):
            root = sentence.span.root
            first = _side(root)
            if first is None:
                continue
            for verb in sentence.span:
                if verb.dep_ != "conj" or verb.i <= root.i or not _after_but(verb):
                    continue
                second = _side(verb)
                if second is None or _speaker_words(first).lower() == _speaker_words(second).lower() \
                        or not {root.lemma_.lower(), verb.lemma_.lower()} & positions:
                    continue
                conflicts.append(one_sentence_contrast("Two positions", (_held(root, verb), first),
                                                       (_said(verb), second), document, sentence))
                break
    return conflicts
