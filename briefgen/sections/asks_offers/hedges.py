"""Hedges of the asks-and-offers section: an ask or offer stated inside a report or allegation
("officials said Iran offered ...", "according to X, ...", "the powers suspect ...").

The hedge verbs and their labels come from the ``ask_hedge_verbs`` lexicon. The records keep a
hedge's speaker in the line and, when the speaker is not the party's own side, report the item as
``reported`` by them; a denied report drops it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.lexicons import lexicon_cache
from briefgen.nlp.syntax import (
    agent_of,
    is_negated,
    phrase_run,
    run_text,
    subject_of,
    subtree_without,
)
from briefgen.sections.asks_offers.triggers import lexicon_pairs

#: Dependencies a clause climbs through on the way to the verb that reports it.
CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "acomp"}
#: Dependencies by which a clause is the reported content of a hedge verb.
HEDGE_LINKS = {"ccomp", "parataxis"}


@dataclass
class Hedge:
    """A report or allegation verb the frame is the complement of ("officials said", "X suspects").

    ``speaker`` is the token of who says it (None when only the words before the hedge name it,
    in ``speaker_text``); ``said`` is the verb as written ("had said"); ``label`` is its status word
    from the ``ask_hedge_verbs`` lexicon ("according to", "suspected by").
    """

    verb: Token
    label: str
    said: str
    speaker: Token | None
    speaker_text: str
    prefix: bool = False  # "according to X, ..." rather than "X said ..."


@lexicon_cache
def hedge_words() -> dict[str, str]:
    """Hedge verb -> status label, from the ``ask_hedge_verbs`` lexicon."""
    out: dict[str, str] = {}
    for word, label in lexicon_pairs("ask_hedge_verbs"):
        if word and label:
            out[word] = label
    return out


def hedge_label(token: Token) -> str | None:
    """The status label of a hedge word (by lemma, else as written), or None."""
    words = hedge_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def verb_form(verb: Token) -> str:
    """A verb with the auxiliaries before it, as written ("had said", "has been saying")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    first = min([verb, *auxes], key=lambda t: t.i)
    return verb.doc[first.i : verb.i + 1].text if verb.i - first.i <= 4 else verb.text


def speaker_run(token: Token) -> list[Token]:
    """The words naming a speaker: the subject phrase without appositions and relative clauses."""
    return phrase_run(subtree_without(token, {"appos", "relcl", "acl", "punct"}), token)


def hedge_of(verb: Token, party: list[Token]) -> Hedge | None:
    """The report or allegation verb whose complement holds ``verb`` ("officials said that Iran
    offered ..."), or an "according to X" phrase on its clause; None when the frame is stated plainly.

    A misparse that makes the hedge verb a noun ("the powers suspect Iran has sought") is caught by
    a hedge word standing just before the frame's subject; the words before it are the speaker.
    """
    for tag in verb.children:  # "Brazil's refusal … torpedoed talks, the delegates noted": a trailing tag
        # … or one set in the middle ("Ukraine's partners, he said, had to exert more pressure")
        if (tag.dep_ == "parataxis" or tag.dep_ == "ccomp" and tag.i > verb.i) and tag.pos_ == "VERB" \
                and hedge_label(tag):
            subjects = subject_of(tag)
            if subjects and not is_negated(tag):
                return Hedge(tag, hedge_label(tag), verb_form(tag), subjects[0], run_text(speaker_run(subjects[0])))
    token = verb
    for _ in range(10):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                obj = next((o for p in prep.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return Hedge(prep, "according to", "according to", obj, run_text(speaker_run(obj)), prefix=True)
        head = token.head
        if head == token:
            break
        linked = token.dep_ in HEDGE_LINKS or (token.dep_ == "prep" and token.lower_ == "of")
        if linked and head.pos_ in ("VERB", "AUX") and hedge_label(head):
            if is_negated(head):
                return Hedge(head, "negated", head.text, None, "")
            subjects = subject_of(head) or agent_of(head)
            speaker = subjects[0] if subjects else None
            text = run_text(speaker_run(speaker)) if speaker is not None else ""
            return Hedge(head, hedge_label(head), verb_form(head), speaker, text)
        if token.dep_ not in CLAUSE_DEPS and not (token.dep_ == "prep" and token.lower_ == "of"):
            break
        token = head
    if party:
        first = min(t.left_edge.i for t in party)
        doc = verb.doc
        before = first - 1
        while before >= verb.sent.start and doc[before].lower_ in ("that", ","):
            before -= 1
        if before >= verb.sent.start and doc[before] != verb and hedge_label(doc[before]) \
                and doc[before].pos_ != "AUX":
            words = [t for t in doc[verb.sent.start : before] if not t.is_space]
            cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
            words = words[:cut]
            while words and words[0].is_punct:
                words = words[1:]
            if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words):
                return Hedge(doc[before], hedge_label(doc[before]), doc[before].text, None, run_text(words))
    return None
