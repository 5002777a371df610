"""The claim a denial points back to in its own source: the sentence before a denial of "the report",
"the allegations" or "this" that says nothing more of it ("… said Russia had suffered nearly 1.2
million casualties. Moscow dismissed the report as unreliable."), or before a denial of a wrong it does
not name ("denied wrongdoing"); and the one before that when it only points back itself ("The
accusations go back as far as 2007 …", "The comedian, Artemy Ostanin, was handed a sentence …").
"""
from __future__ import annotations

from briefgen.ingest.anatomy import BODY
from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim
from briefgen.nlp.quotes import OPENING
from briefgen.sections.conflicts.claims import is_forecast
from briefgen.sections.conflicts.denial_cues import denial_cue


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
        pleaded = _pleaded_to(cue)
        what = pleaded if pleaded is not None else what
        if what.dep_ != "dobj" and pleaded is None or any(
                c.dep_ in ("prep", "acl", "relcl", "ccomp") and c.lower_ != "as" and not _says_nothing(c)
                for c in what.children):
            continue  # "denied reports that it had dropped its demand": the claim is told here
        pointing = what.pos_ == "PRON" or any(c.lower_ in ("the", "this", "these", "that", "those", "such", "both")
                                              for c in what.children if c.dep_ in ("det", "predet")) \
            or what.lemma_.lower() in load_lexicon("denial_deed_nouns")  # "denied wrongdoing": which, said before
        if pointing and what.i - cue.sent.start <= 0 or not pointing or sentence.index == 0:
            continue
        if what.pos_ == "PRON" and any(t.dep_ in ("nsubj", "ccomp") and t.i < cue.i for t in cue.sent
                                       if t.head.i != cue.i):
            continue  # "Wine said he has been undercover …, though the government denies this": told here
        before = _story_sentence_before(document, sentence)
        if before is not None and denial_cue(before.span) is None and not is_forecast(before) \
                and not _quoted(before):
            told = [before]
            earlier = _story_sentence_before(document, before)
            earlier = earlier if earlier is not None and (_points_back(before) or _described_again(before, earlier)) \
                else None
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


def _described_again(sentence, earlier) -> bool:
    """The sentence's subject is a definite description the sentence before introduced ("The comedian, Artemy
    Ostanin, was handed a sentence …", after "A Russian stand-up comedian was convicted of inciting hatred …"):
    that sentence says what the party was charged with."""
    subject = next((c for c in sentence.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in subject.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ == subject.lemma_ and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for t in earlier.span for c in t.children)


def _pleaded_to(cue):
    """What a plea answers: "the charges" of "pleaded not guilty to the charges brought against him"."""
    if cue.lemma_.lower() != "plead":
        return None
    pleas = [cue, *(c for c in cue.children if c.dep_ == "acomp")]  # "to" hangs on "pleaded" or on "guilty"
    return next((g for plea in pleas for p in plea.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in load_lexicon("denial_claim_nouns")),
                None)


def _says_nothing(clause) -> bool:
    """A clause on a claim noun that names nothing ("the charges brought against him"): the claim is not told here."""
    return clause.dep_ == "acl" and not any(t.pos_ in ("NOUN", "PROPN") for t in clause.subtree)


def _quoted(sentence) -> bool:
    """The sentence is quoted speech ("We have done nothing wrong beyond the obvious …," before "he and the other
    seven protesters would plead not guilty to the charges"; BBC News, 2004): a speaker's own words, not the charge."""
    return sentence.text.lstrip()[:1] in OPENING
