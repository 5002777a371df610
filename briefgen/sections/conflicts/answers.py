"""Accusations answered: a party accused of doing, or of not doing, something, and its own statement
that it does the opposite — "Russian Foreign Minister Sergei Lavrov has accused Ukrainian President
Volodymyr Zelensky of not wanting to seal a peace deal …" / "Zelensky has said he does want a deal,
but is not willing to agree to Russian terms …" (France 24, 4 February 2026).

The two are one claim only when the accusation's verb and the answer's are one lemma ("want"), the
answer is the accused's own saying (its subject is the accused, and the clause said is the accused's:
"he", or the accused named again), and their polarity is opposite. Anything less is two statements,
not a dispute.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Sentence
from briefgen.nlp.syntax import is_negated
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

#: Pronouns by which an answer's clause is its speaker's own.
OWN = frozenset({"he", "she", "it", "they", "we", "i"})


def accusations(sentence: Sentence, index) -> list[tuple[str, str, Token]]:
    """(accuser, accused, the deed) of each "X accused Y of (not) doing …" of the sentence."""
    found = []
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in load_lexicon("conflict_accuse_verbs"):
            continue
        accuser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        deed = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        if accuser is None or accused is None or deed is None:
            continue
        who, whom = actor_named(accuser, index), actor_named(accused, index)
        if who and whom and who != whom:
            found.append((who, whom, deed))
    return found


#: The heading quotes the deed up to this many words.
MAX_DEED_WORDS = 12


def _words(deed: Token) -> str:
    """The deed as the accusation words it ("not wanting to seal a peace deal"), cut at a comma."""
    aside = {t.i for c in deed.subtree if c.dep_ in ("advcl", "relcl") and c.i != deed.i for t in c.subtree}
    words = []
    for t in deed.doc[deed.left_edge.i : deed.right_edge.i + 1]:
        if t.is_punct and t.text in ",;:" or t.i in aside:
            break  # "… of not wanting to seal a peace deal as it would mean …": the deed, not its why
        words.append(t.text_with_ws)
    text = "".join(words).strip().split()
    return " ".join(text[:MAX_DEED_WORDS]) + (" …" if len(text) > MAX_DEED_WORDS else "")


def actor_named(token: Token, index) -> str | None:
    """The named actor a noun phrase's head names (its entity, resolved by the actor index)."""
    if index is None:
        return None
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return index.resolve(ent.text) if ent is not None else None


def _answer(sentence: Sentence, accused: str, deed: str, index) -> bool | None:
    """The polarity of the accused's own saying that it does (True) or does not (False) ``deed``, in
    ``sentence``; None when the sentence holds no such saying."""
    for verb in sentence.span:
        if verb.lemma_.lower() not in load_lexicon("ask_speech_verbs") or verb.pos_ != "VERB":
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None or actor_named(speaker, index) != accused:
            continue
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == deed), None)
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
        if subject is not None and (subject.lower_ in OWN or actor_named(subject, index) == accused):
            return not is_negated(said, never=True)
    return None


def answered_accusations(context: Context) -> list[Conflict]:
    """Each accusation beside the accused's own saying of the opposite, in any source."""
    index = context.actor_index
    stories = [(d, story_sentences(d)) for d in context.documents]
    conflicts: list[Conflict] = []
    for document, sentences in stories:
        for sentence in sentences:
            for accuser, accused, deed in accusations(sentence, index):
                lemma, not_doing = deed.lemma_.lower(), is_negated(deed, never=True)
                for other, others in stories:
                    # the accused's own saying of the opposite (None, no saying, is never equal to a polarity)
                    answer = next((s for s in others if s is not sentence
                                   and _answer(s, accused, lemma, index) == not_doing), None)
                    if answer is None:
                        continue
                    about = (f"{accuser} accuses {accused} of {_words(deed)} ({document.source.id}); "
                             f"{accused} says otherwise ({other.source.id})")
                    claims = [Claim(text=sentence.text, citations=[document.cite(sentence)]),
                              Claim(text=answer.text, citations=[other.cite(answer)])]
                    conflicts.append(make_conflict(about, "denial", claims, about))
                    break
    return conflicts
