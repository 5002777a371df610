"""Rebuttals: a speaker's "But … said" answering a claim another party made a sentence or two before,
in the same paragraph — "Its lawyer, Hugh Ray, told the court that Yukos had claimed it had
transferred $27m into two Texas bank accounts opened by its new US subsidiary. By doing so, he said,
…. But he said that the papers documenting the transaction were not drawn up till weeks after …, and
then backdated." (BBC News, December 2004).

The claim is held with a verb of position (``conflict_position_verbs``: claimed, argued, insisted …)
reporting a clause; the answer opens with "But", its main verb is a saying that reports a clause,
and its speaker is someone else: named, or a pronoun standing for the named teller of a sentence
between (he: a person; they: a group). Any sentence between is the answering speaker's own; after
another party's words the "But" answers those. A plain "X said …. But Y said …" tells two facts as often as
a dispute, and is left alone; so is an answer whose speaker cannot be named.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.antecedents import PRONOUNS, agrees, named_apposite
from briefgen.nlp.document import Document, Sentence, paragraph_start
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.contrasts import said_words, speaker_words
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

LOOK_BACK = 2  # the claim answered lies at most this many sentences before the "But"


def _reports_clause(verb: Token, verbs: frozenset[str]) -> bool:
    return verb.lemma_.lower() in verbs and any(c.dep_ == "ccomp" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _named(subject: Token) -> Token | None:
    """The name a subject is: itself when a proper noun, the name beside a description ("Its lawyer,
    Hugh Ray"), else None."""
    if subject.pos_ == "PROPN":
        return subject
    beside = named_apposite(subject) if subject.pos_ == "NOUN" else None
    return beside if beside is not None and beside.pos_ == "PROPN" else None


def _tellers(sentence: Sentence, verbs: frozenset[str]) -> list[Token]:
    """The named subjects of the sentence's verbs of saying that report a clause, the main clause's
    first: a pronoun after "Its lawyer, Hugh Ray, told the court that Yukos had claimed …" is the
    lawyer, who tells, not Yukos, whose claim he tells."""
    verbs_said = [v for v in sentence.span if _reports_clause(v, verbs)]
    named = [(len(list(v.ancestors)), n) for v in verbs_said
             if (s := _subject(v)) is not None and (n := _named(s)) is not None]
    return [n for _, n in sorted(named, key=lambda pair: (pair[0], pair[1].i))]


def _claim(sentence: Sentence, positions: frozenset[str]) -> tuple[Token, Token] | None:
    """(verb, named holder) of a position the sentence reports ("Yukos had claimed it had …")."""
    for verb in sentence.span:
        subject = _subject(verb) if _reports_clause(verb, positions) else None
        holder = _named(subject) if subject is not None else None
        if holder is not None:
            return verb, holder
    return None


def _speaker(answer: Token, between: list[Sentence], verbs: frozenset[str]) -> Token | None:
    """Who says the "But …": the named subject, or for a pronoun the named teller it agrees with in
    the nearest sentence before that has one."""
    subject = _subject(answer)
    if subject is None:
        return None
    if subject.lower_ not in PRONOUNS:
        return _named(subject)
    for sentence in reversed(between):
        teller = next((t for t in _tellers(sentence, verbs) if agrees(subject.lower_, t)), None)
        if teller is not None:
            return teller
    return None


def _told_by(sentence: Sentence, speaker: Token, verbs: frozenset[str]) -> bool:
    """The sentence is the speaker's too ("By doing so, he said, the firm had intended …"), so the "But"
    after it still answers the claim before it; after another party's words ("London mayor Mr
    Livingstone says he is 'standing by' his remarks. But the prime minister says …") it answers those."""
    for verb in sentence.span:
        subject = _subject(verb) if _reports_clause(verb, verbs) or verb.lemma_.lower() in verbs else None
        if subject is not None and (_same_party(subject, speaker) if subject.lower_ not in PRONOUNS
                                    else agrees(subject.lower_, speaker)):
            return True
    return False


def _same_party(one: Token, other: Token) -> bool:
    first, second = speaker_words(one).lower(), speaker_words(other).lower()
    return first == second or other.text.lower() in first.split() or one.text.lower() in second.split()


def _rebuttal(document: Document, sentences: list[Sentence], n: int) -> Conflict | None:
    answer_sentence = sentences[n]
    if answer_sentence.span[0].lower_ != "but":
        return None
    positions = load_lexicon("conflict_position_verbs")
    verbs = load_lexicon("ask_speech_verbs") | positions
    answer = answer_sentence.span.root
    if not _reports_clause(answer, verbs):
        return None
    opening = paragraph_start(document, answer_sentence)
    before = [s for s in sentences[max(0, n - LOOK_BACK):n]
              if s.index >= answer_sentence.index - LOOK_BACK and s.start >= opening]
    for k, sentence in enumerate(before):
        held = _claim(sentence, positions)
        if held is None:
            continue
        speaker = _speaker(answer, before[k:], verbs)
        if speaker is None or _same_party(held[1], speaker) \
                or not all(_told_by(between, speaker, verbs) for between in before[k + 1:]):
            return None
        sid = document.source.id
        about = (f"Two positions: {said_words(held[0])} ({speaker_words(held[1])}, {sid}) or "
                 f"{said_words(answer)} ({speaker_words(speaker)}, {sid})")
        claims = [Claim(text=s.text, citations=[document.cite(s)]) for s in (sentence, answer_sentence)]
        return make_conflict(about, "contrast", claims, about)
    return None


def rebuttal_conflicts(context: Context) -> list[Conflict]:
    """Each claim a "But … said" answers, with the answer."""
    conflicts = []
    for document in context.documents:
        sentences = story_sentences(document)
        for n in range(len(sentences)):
            found = _rebuttal(document, sentences, n)
            if found is not None:
                conflicts.append(found)
    return conflicts
