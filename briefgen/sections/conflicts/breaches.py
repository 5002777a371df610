"""A truce said broken and said kept: one party accused of violating a ceasefire, an agreement or a
promise, and another source's saying that the accused kept it — "Zelenskyy accuses Moscow of
violating energy truce" (the Guardian's standfirst, 4 February 2026) against "Trump said later on
Tuesday that Vladimir Putin had “kept his word” on the ceasefire" (the same story).

The accused is one side with the one said to keep the commitment when both are the same actor or
lead to the same country (Moscow is Russia, Putin is Russia's). The commitment is one when its nouns
are of one group in ``conflict_commitment_nouns`` ("truce" and "ceasefire"). Keeping is a verb of
``conflict_keep_verbs`` over the commitment ("respected the ceasefire", "abided by the truce") or
keeping one's word or promise on it; a negated keeping is no defence.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_groups, load_lexicon
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Sentence
from briefgen.nlp.syntax import is_negated
from briefgen.sections.conflicts.answers import accusations, actor_named
from briefgen.sections.conflicts.claims import make_conflict, with_compounds
from briefgen.sections.conflicts.places import actor_country
from briefgen.sections.context import Context
from briefgen.sections.story import headline_sentences, story_sentences

#: Verbs of breaking a commitment ("accused Moscow of violating energy truce").
BREAK_VERBS = frozenset({"violate", "breach", "break"})
#: What one keeps when one keeps a commitment of another noun ("kept his word on the ceasefire").
WORD_NOUNS = frozenset({"word", "promise", "pledge"})


def _commitment(token: Token | None) -> str | None:
    return load_groups("conflict_commitment_nouns").get(token.lemma_.lower()) if token is not None and token.pos_ == "NOUN" else None


def _object(verb: Token) -> Token | None:
    """A verb's object, or what it is "by" ("abided by the truce")."""
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return found or next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("by", "with")
                          for g in p.children if g.dep_ == "pobj"), None)


def _breaches(sentence: Sentence, index) -> list[tuple[str, str, str, Token]]:
    """(accuser, accused, commitment group, deed) of each "X accuses Y of violating <commitment>"."""
    found = []
    for accuser, accused, deed in accusations(sentence, index):
        group = _commitment(_object(deed))
        if deed.lemma_.lower() in BREAK_VERBS and group and not is_negated(deed, never=True):
            found.append((accuser, accused, group, deed))
    return found


def _kept(sentence: Sentence, group: str, index) -> str | None:
    """Who a clause of the sentence says kept a commitment of ``group``, if one does."""
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in load_lexicon("conflict_keep_verbs") \
                or is_negated(verb, never=True):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        kept = _object(verb)
        if kept is not None and kept.lemma_.lower() in WORD_NOUNS:  # "kept his word on the ceasefire"
            kept = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "about")
                         for g in p.children if g.dep_ == "pobj"), None)
        who = actor_named(subject, index) if subject is not None else None
        if who and _commitment(kept) == group:
            return who
    return None


def _side(name: str, by_name: dict) -> str:
    """The country an actor stands for when it leads to one ("Moscow", "Vladimir Putin": Russia), else the actor."""
    return actor_country(name, by_name) or name


def breach_conflicts(context: Context) -> list[Conflict]:
    """Each accusation of breaking a commitment beside a saying, in another sentence, that the accused kept it."""
    index = context.actor_index
    by_name = {a.name: a for a in context.items.get("actors") or []}
    told = [(d, s) for d in context.documents for s in headline_sentences(d) + story_sentences(d)]
    conflicts: list[Conflict] = []
    seen: set[tuple] = set()
    for document, sentence in told:
        for accuser, accused, group, deed in _breaches(sentence, index):
            if (accused, group) in seen:
                continue
            kept = next(((other, s, keeper) for other, s in told if s is not sentence
                         for keeper in [_kept(s, group, index)]
                         if keeper and _side(keeper, by_name) == _side(accused, by_name)), None)
            if kept is None:
                continue
            seen.add((accused, group))
            other, answer, keeper = kept
            sayer = _sayer(answer, index) or other.source.id
            about = (f"Whether {accused} broke the {with_compounds(_object(deed))}: {accuser} accuses {accused} of "
                     f"{deed.text} it ({document.source.id}); {sayer} says {keeper} kept it ({other.source.id})")
            claims = [Claim(text=sentence.text, citations=[document.cite(sentence)]),
                      Claim(text=answer.text, citations=[other.cite(answer)])]
            conflicts.append(make_conflict(about, "denial", claims, about))
    return conflicts


def _sayer(sentence: Sentence, index) -> str | None:
    """Who the sentence says said it: the named subject of its root verb of saying."""
    root = sentence.span.root
    if root.lemma_.lower() not in load_lexicon("ask_speech_verbs"):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return actor_named(subject, index) if subject is not None else None
