"""A thing one source states and another questions: "the auction was illegal because … its assets
were under the protection of US law which has worldwide jurisdiction" and "US bankruptcy law gives
worldwide jurisdiction over a debtor company's property" (BBC News, December 2004) against "Analysts
have questioned whether a US court has any jurisdiction over Russian companies" and "The US court's
jurisdiction had been challenged by Deutsche Bank and Gazpromneft" (BBC News, early 2005).

A doubt is a verb of ``conflict_doubt_verbs`` over a noun ("challenged the jurisdiction", "the
jurisdiction had been challenged") or over a clause "whether" someone has it. A statement is a
clause in another source whose verb of having (``HAVING``) holds the same noun, not negated,
conditional or asked. The two are about one thing only when they also share a name (a party, place
or nationality, as the actor index resolves it: "US" here); a noun alone is no shared claim.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.citations import Citation, source_ids, unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.nlp.syntax import is_conditional, is_negated
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

#: Verbs of having a thing: "US law which has worldwide jurisdiction", "gives worldwide jurisdiction".
HAVING = frozenset({"have", "give", "hold", "grant", "possess"})
WHETHER = frozenset({"whether", "if"})


@dataclass
class Telling:
    """One sentence's doubt or statement of a thing."""

    thing: str  # the noun's lemma ("jurisdiction")
    names: dict[str, str]  # the names of the clause, resolved ("United States"), to their words ("US")
    citation: Citation
    who: str = ""  # for a doubt: the doubter as written, with the doubt's verb ("challenged by Deutsche Bank")


def _names(tokens, index) -> dict[str, str]:
    """The names among the tokens, resolved by the actor index, to their words as written ("US")."""
    found = {}
    for token in tokens:
        if token.ent_type_ in ACTOR_LABELS and token.ent_iob_ == "B":
            end = token.i + 1
            while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
                end += 1
            text = token.doc[token.i:end].text
            found.setdefault((index.resolve(text) if index is not None else None) or text, text)
    return found


def _phrase(token: Token) -> str:
    """A party's words up to an aside ("Deutsche Bank and Gazpromneft, a former unit of …")."""
    words = []
    for t in token.doc[token.left_edge.i : token.right_edge.i + 1]:
        if t.text in ",;(":
            break
        words.append(t.text_with_ws)
    text = "".join(words).strip()
    return text if token.pos_ == "PROPN" else text[:1].lower() + text[1:]


def _doubts(verb: Token) -> list[tuple[Token, list[Token], str]]:
    """(the noun doubted, the tokens of what is doubted, who doubts it) of a verb of doubting."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    who = f"{verb.lower_} by {_phrase(agent)}" if agent is not None else \
        f"{verb.lower_} by {_phrase(subject)}" if subject is not None else ""
    if not who or is_negated(verb, never=True):
        return []
    found = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN":
            found.append((child, list(child.subtree), who))
        if child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in WHETHER for m in child.children):
            noun = next((c for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if noun is not None and child.lemma_.lower() in HAVING:
                found.append((noun, list(child.subtree), who))
    return found


def _tellings(context: Context) -> tuple[list[Telling], list[Telling]]:
    """(doubts, statements) of every source's story sentences."""
    index, doubts, statements = context.actor_index, [], []
    verbs = load_lexicon("conflict_doubt_verbs")
    for document in context.documents:
        for sentence in story_sentences(document):
            if sentence.text.rstrip().endswith("?"):
                continue
            citation = document.cite(sentence)
            doubted = set()
            for verb in sentence.span:
                if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
                    for noun, tokens, who in _doubts(verb):
                        doubted.add(noun.i)
                        doubts.append(Telling(noun.lemma_.lower(), _names(tokens, index), citation, who))
            for verb in sentence.span:
                noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in HAVING or noun is None or noun.i in doubted \
                        or is_negated(verb, never=True) or is_conditional(verb) \
                        or any(m.dep_ == "mark" and m.lower_ in WHETHER for m in verb.children):
                    continue
                held = verb.head.subtree if verb.dep_ == "relcl" else verb.subtree  # "US law which has …"
                statements.append(Telling(noun.lemma_.lower(), _names(held, index), citation))
    return doubts, statements


def doubt_conflicts(context: Context) -> list[Conflict]:
    """Each thing some source questions beside other sources' statements of it."""
    doubts, statements = _tellings(context)
    by_thing: dict[str, tuple[list[Telling], list[Telling]]] = {}
    for doubt in doubts:
        stated = [s for s in statements if s.thing == doubt.thing and s.names.keys() & doubt.names.keys()
                  and s.citation.source != doubt.citation.source]
        if stated:
            side = by_thing.setdefault(doubt.thing, ([], []))
            side[0].append(doubt)
            side[1].extend(s for s in stated if s not in side[1])
    conflicts = []
    for thing, (doubted, stated) in sorted(by_thing.items()):
        shared = sorted(set.intersection(*(set(t.names) for t in doubted + stated)) or doubted[0].names)
        what = f"{doubted[0].names.get(shared[0], shared[0])} {thing}" if shared else thing
        whom = "; ".join(f"{t.who} ({t.citation.source})" for t in doubted)
        about = f"Whether there is {what}: stated in {', '.join(source_ids([s.citation for s in stated]))}; {whom}"
        claims = [Claim(text=t.citation.quote, citations=unique_citations([t.citation]))
                  for t in sorted(stated, key=lambda t: (t.citation.source, t.citation.sentence))]
        claims += [Claim(text=t.citation.quote, citations=unique_citations([t.citation])) for t in doubted]
        conflicts.append(make_conflict(about, "denial", claims, about))
    return conflicts
