"""Roles and titles of people, read from the sentence that names them.

Three syntactic shapes cover most news writing:
- a title before the name: "Russian Defense Minister Sergei Shoigu", "Kremlin spokesman Dmitry Peskov";
- an apposition after it: "Adrienne Watson, a spokesperson for the National Security Council";
- the name in apposition to a title: "the Council's chief spokesman, John Kirby, said".
A phrase counts as a role only when it holds a word from the ``roles`` lexicon.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon

MAX_ROLE_TOKENS = 10
TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART"}
TITLE_DEPS = {"compound", "amod", "poss", "case", "nmod", "npadvmod", "nummod"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "conj", "cc"}


def _has_role_word(tokens) -> bool:
    roles = load_lexicon("roles")
    return any(t.lower_ in roles or t.lemma_.lower() in roles for t in tokens)


def _trim(doc, start: int, end: int) -> Span | None:
    """The span without leading determiners or punctuation and trailing punctuation."""
    while start < end and (doc[start].pos_ in ("DET", "PUNCT", "ADP") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].pos_ == "PUNCT" or doc[end - 1].is_space):
        end -= 1
    if start >= end or end - start > MAX_ROLE_TOKENS:
        return None
    return doc[start:end]


def title_before(name: Span) -> Span | None:
    """Title words directly before the name and attached to it."""
    doc = name.doc
    i = name.start - 1
    while i >= name.sent.start:
        token = doc[i]
        roles = load_lexicon("roles")
        title_of = (token.lower_ == "of" and token.dep_ == "prep" and i > 0 and doc[i - 1].lower_ in roles) or (
            token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.i > 0
            and doc[token.head.i - 1].lower_ in roles)  # 'Secretary of State John Kerry', not 'visit of …'
        if not title_of and (token.pos_ not in TITLE_POS or token.dep_ not in TITLE_DEPS):
            break
        if token.ent_type_ == "PERSON" and token.lower_.rstrip(".") not in (
                load_lexicon("roles") | load_lexicon("honorifics")):
            break  # another person's name, not a title the model took into this one
        i -= 1
    span = _trim(doc, i + 1, name.start)
    return span if span is not None and _has_role_word(span) else None


def _phrase_without_clauses(head: Token, stop: int | None = None) -> Span | None:
    """The noun phrase under ``head``, cut before any relative clause and before ``stop``."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in CLAUSE_DEPS or child.dep_ == "appos" or child.is_punct:
            break
        end = child.right_edge.i + 1
    if stop is not None:
        end = min(end, stop)
    return _trim(head.doc, start, end)


def apposition_after(name: Span) -> Span | None:
    """'NAME, a spokesperson for X': the apposition hanging off the name."""
    for child in name.root.rights:
        if child.dep_ == "appos" and child.i >= name.end and _has_role_word([child]):
            return _phrase_without_clauses(child)
    return None


def name_in_apposition(name: Span) -> Span | None:
    """'the Council's chief spokesman, NAME' or 'A spokesperson for X, NAME': the title the name is
    in apposition to, found by climbing from the apposition's head through 'for X' / 'of X'."""
    root = name.root
    if root.dep_ != "appos":
        return None
    head = root.head
    for _ in range(3):
        if head.i < name.start and _has_role_word([head]):
            phrase = _phrase_without_clauses(head, stop=name.start)
            return phrase if phrase is not None and phrase.end <= name.start else None
        if head.dep_ not in ("pobj", "prep", "compound", "poss") or head.head == head:
            return None
        head = head.head
    return None


def roles_of(name: Span) -> list[Span]:
    """Every role phrase the sentence gives for this person mention."""
    found = [finder(name) for finder in (title_before, apposition_after, name_in_apposition)]
    return [span for span in found if span is not None]
