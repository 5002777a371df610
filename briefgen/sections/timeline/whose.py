"""Whom a row's opening pronoun or possessive stands for, said before the line ("(Administration
officials) They said …"): a row must be readable alone, and its source's words stay verbatim.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.antecedents import (PRONOUNS, group_before, is_anaphoric, name_as_written, named_before,
                                     named_by_head, subject_before, subject_within)
from briefgen.nlp.document import Document
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.sections.timeline.pronouns import named_within


def who_opens(document: Document, sentence, span: Span, index) -> tuple[str | None, object | None]:
    """Whom the pronoun subject opening the line stands for ("He said the seamen had not received a
    pay increase since February 1986", after "…, Jorge Luis Leao Franco … told Reuters"), and the
    sentence that names them; (None, None) when the line names its subject or the pronoun fits no one."""
    within = named_within(span)  # "it came to power two years ago": Sarney's civilian government, said before it
    if within is not None:
        name = span.doc[within.left_edge.i : within.i + 1].text
        return (index.resolve(name) if index else None) or name, None
    owner = span[1] if len(span) > 1 and span[0].lower_ == "the" and span[1].dep_ == "poss" else span[0]
    pronoun = owner if owner.dep_ == "poss" else next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
    # ("his trips to Singapore and Vietnam in 2018 and 2019", "the company's shock weekend decision")
    described = named_by_head(document, sentence, pronoun) if pronoun is not None and pronoun.i == span.start + 1 \
        else None  # "The commission ruled on 30 July, 2002 …": the Special Immigration Appeals Commission
    if described is not None and (described[1] is not sentence or described[0].end <= span.start):
        name = re.sub(r"^the\s+", "", described[0].text, flags=re.IGNORECASE)
        return (index.resolve(name) if index else None) or name, (described[1] if described[1] is not sentence else None)
    subject = pronoun
    pronoun = owner_in_opening(span, pronoun)  # "One of their leaders, Orlando dos Santos, told Reuters …": whose
    if pronoun is None or not (pronoun.pos_ == "PRON" and pronoun.lower_ in PRONOUNS or is_anaphoric(pronoun)):
        pronoun = closing_teller(span)  # "The privatisation of companies such as Yukos in the 1990s had been
        # badly handled, he said": the names before it are the claim's, not the teller's; "If these and other
        # 'hidden' amounts are taken into account, total spending in 2024 reached …, it said": "these" is no party
        if pronoun is None:
            return None, None
    elif any(t.ent_type_ in ACTOR_LABELS for t in sentence.span if t.i < pronoun.i):
        named = named_before(pronoun) if pronoun.pos_ != "PRON" else None
        if named is not None and named.end <= span.start:  # "the company's annual meeting, scheduled for
            name = named.text  # Tuesday", of "Gencorp said its statement would be made on or before …"
            return (index.resolve(name) if index else None) or name, None
        within = subject_within(sentence, pronoun) if pronoun.dep_ == "poss" and pronoun.i == owner.i \
            and pronoun.pos_ == "PRON" else None  # (whose "its" is, within its sentence, by the clause)
        if within is None or within.i >= span.start:
            return None, None  # (a name the line itself shows needs no saying)
        name = next((e.text for e in sentence.span.ents if e.start <= within.i < e.end), within.text)
        return (index.resolve(name) if index else None) or name, None  # "his arrest in October 2003": whose
    found = subject_before(document, sentence, pronoun)  # ("the company" stands for a named body)
    if found is None:
        group = group_before(document, sentence, pronoun) if pronoun.i == span.start or subject is not pronoun \
            else None
        return group if group is not None else (None, None)  # ("Reagan Administration officials")
    subject, before = found
    name = name_as_written(subject, before)
    return (index.resolve(name) if index else None) or name, before


def owner_in_opening(span: Span, subject: Token | None) -> Token | None:
    """The possessive pronoun inside a subject that opens the line on a part of a group ("One of their
    leaders", "Some of its members"), in place of the subject; else the subject."""
    if subject is None or subject.i != span.start or subject.pos_ == "PRON" and subject.lower_ not in PARTITIVES:
        return subject
    group = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    owner = next((c for c in group.children if c.dep_ == "poss" and c.pos_ == "PRON"), None) if group is not None else None
    return owner if owner is not None and subject.lower_ in PARTITIVES else subject


#: Words that open a subject on a part of a group ("One of their leaders").
PARTITIVES = frozenset({"one", "some", "many", "most", "several", "two", "three", "few", "none", "each", "all", "both"})


def closing_teller(span: Span) -> Token | None:
    """The pronoun that says who tells the line, after the claim (", it said", ", he told reporters";
    timeline audit t3, row 13)."""
    speech = load_lexicon("ask_speech_verbs")
    return next((t for t in span if t.dep_ == "nsubj" and t.pos_ == "PRON" and t.i > span.start
                 and t.head.lemma_.lower() in speech and t.head.i > t.i), None)
