"""The claim a denial points back to in its own source: the sentence before a denial of "the report",
"the allegations" or "this" that says nothing more of it ("… said Russia had suffered nearly 1.2
million casualties. Moscow dismissed the report as unreliable."), and the one before that when it
only points back itself ("The accusations go back as far as 2007 …").
"""
from __future__ import annotations

from briefgen.ingest.anatomy import BODY
from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim
from briefgen.sections.conflicts.claims import is_forecast
from briefgen.sections.conflicts.denial_cues import denial_cue
from briefgen.sections.conflicts.deniers import as_written


def _story_sentence_before(document, sentence):
    """The sentence just before, when it is story (not a teaser, caption or heading between)."""
    before = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    return before if before is not None and document.part_of(before) == BODY else None


def claim_before(hits) -> Claim | None:
    """The claim a denial points back to in its own source ("… said Russia had suffered nearly 1.2
    million casualties. Moscow dismissed the report as unreliable."): the sentence before a denial of
    "the report", "the allegations", "this" that says nothing more of it."""
    for document, sentence, (cue, what) in hits:
        if what.dep_ == "ccomp" and sentence.index > 0 and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that") for c in what.children):
            before = _story_sentence_before(document, sentence)  # "the company denied that this was its fault":
            if before is not None and denial_cue(before.span) is None:  # what "this" is, the sentence before says
                return Claim(text=before.text, citations=[document.cite(before)])
        if what.dep_ not in ("dobj", "pobj") or any(c.dep_ in ("prep", "acl", "relcl", "ccomp") and c.lower_ != "as"
                                                    for c in what.children):
            continue  # "denied reports that it had dropped its demand": the claim is told here
        owner = next((c for c in what.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        before = _story_sentence_before(document, sentence)
        pointing = what.pos_ == "PRON" or any(c.lower_ in ("the", "this", "these", "that", "those", "such")
                                              for c in what.children if c.dep_ == "det") \
            or owner is not None and before is not None and owner.text in before.text
        # ("… Hajime Tamura, who earlier today said Japan was ready to take 'appropriate measures' …. MITI officials
        # later sought to downplay the significance of Tamura's remark", Reuters, 1987: the remark told before)
        if pointing and what.i - cue.sent.start <= 0 or not pointing or sentence.index == 0:
            continue
        if what.pos_ == "PRON" and any(t.dep_ in ("nsubj", "ccomp") and t.i < cue.i for t in cue.sent
                                       if t.head.i != cue.i):
            continue  # "Wine said he has been undercover …, though the government denies this": told here
        if before is not None and denial_cue(before.span) is None and not is_forecast(before):
            told = [before]
            earlier = _story_sentence_before(document, before) if _points_back(before) else None
            if earlier is not None and denial_cue(earlier.span) is None:
                told.insert(0, earlier)  # "he is accused of molesting three girls …. The accusations go back as far as
                # 2007 …. Dutschke has repeatedly denied the charges" (CNN, April 2013; outside audit s31, conflicts-02)
            return Claim(text=" ".join(" ".join(t.text.split()) for t in told), citations=[document.cite(t) for t in told])
    return None


def _points_back(sentence) -> bool:
    """The sentence's subject is a claim it points back to ("The accusations go back as far as 2007")."""
    subject = next((c for c in sentence.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in load_lexicon("denial_claim_nouns") and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such") for c in subject.children)


def owner_said(hits) -> str | None:
    """What the owner of a denied remark said in the sentence before ("Tamura's remark" after "… Hajime Tamura,
    who earlier today said Japan was ready to take 'appropriate measures' …"): the said clause, or None."""
    for document, sentence, (_, what) in hits:
        owner = next((c for c in what.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        before = _story_sentence_before(document, sentence) if owner is not None else None
        said = _said_by(owner, before.span) if before is not None else None
        if said:
            return said
    return None


def _said_by(owner, span) -> str | None:
    """The clause the owner's name says in the span, by its own verb or a relative clause on it."""
    speech = load_lexicon("ask_speech_verbs")
    for token in span:
        if token.text != owner.text:
            continue
        name = token.head if token.dep_ == "compound" else token
        nouns = [name, name.head] if name.dep_ == "appos" else [name]  # "his … Minister, Hajime Tamura, who … said"
        verbs = [name.head] if name.dep_ == "nsubj" else [c for n in nouns for c in n.children if c.dep_ == "relcl"]
        for verb in verbs:
            said = next((c for c in verb.children if c.dep_ == "ccomp"), None) \
                if verb.lemma_.lower() in speech else None
            if said is not None:
                return as_written([t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
    return None
