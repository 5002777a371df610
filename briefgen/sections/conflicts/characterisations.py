"""Characterisations disputed: a party saying a thing is not what another source calls it — "therefore
I wouldn't look at the handling fee as a tax, simply the fee to compensate the cost" (Maros Sefcovic,
TheJournal.ie, May 2025) against "EU to impose flat tax on small items ordered online" over "The
European Union plans to levy a flat fee …" (Reuters) and "The European Union has proposed a two-euro
flat fee … The new tax would mean …" (BBC).

The denial is a named party's negated verb of regarding ("look at / see / view / regard / treat /
describe … as", "call … a") or a negated "the fee is a tax". The other side is another source calling
the same thing (the same head noun) by that kind: "the fee is a tax", "called the fee a tax", a
sentence opening on "the (new) tax" right after the one that introduces "a … fee" when the source has
not said "tax" before, or a headline's "flat tax" over a lead's "a flat fee". Two words for one thing
are no dispute unless someone denies one of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.model.citations import Citation, source_ids, unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import is_negated
from briefgen.sections.conflicts.claims import make_conflict, with_compounds
from briefgen.sections.conflicts.deniers import denier
from briefgen.sections.context import Context
from briefgen.sections.story import headline_sentences, is_headline, story_sentences

#: Verbs of regarding a thing as a kind ("look at the fee as a tax", "call it a tax").
REGARDING = frozenset({"look", "see", "view", "regard", "treat", "consider", "describe", "call", "characterise",
                       "characterize", "classify", "label", "brand", "term"})
INDEFINITE = frozenset({"a", "an"})
#: A lead's sentences (not counting short lines of page chrome) that a headline's wording is matched in.
LEAD_SENTENCES = 2


@dataclass
class Denied:
    """A party's saying that a thing is not of a kind."""

    thing: str  # the thing's head lemma ("fee")
    words: str  # the thing as written, without its article ("handling fee")
    kind: str  # the kind's lemma ("tax")
    speaker: str
    citation: Citation
    text: str


def _object(verb: Token) -> Token | None:
    """What a verb of regarding is about: its object, or what one "looks at"."""
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return found or next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
                          for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def _kind(verb: Token) -> Token | None:
    """The kind a thing is regarded as: "as a tax", or the second object of "call it a tax"."""
    found = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return found or next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)


def _regarded(verb: Token) -> tuple[Token, Token] | None:
    """(thing, kind) the verb says the thing is: "look at the handling fee as a tax", "the fee is a tax"."""
    if verb.lemma_.lower() in REGARDING:
        thing, kind = _object(verb), _kind(verb)
    elif verb.lemma_ == "be":
        thing = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        kind = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                     and any(d.lower_ in INDEFINITE for d in c.children if d.dep_ == "det")), None)
    else:
        return None
    return (thing, kind) if thing is not None and kind is not None and thing.lemma_ != kind.lemma_ else None


def denied_kinds(document: Document, index) -> list[Denied]:
    """Each named party's saying, in the document's story, that a thing is not of a kind."""
    found = []
    for sentence in story_sentences(document):
        for verb in sentence.span:
            if verb.pos_ not in ("VERB", "AUX") or not is_negated(verb):
                continue
            regarded = _regarded(verb)
            if regarded is None:
                continue
            speaker, _ = denier(verb, index)
            if speaker is None:
                continue
            thing, kind = regarded
            found.append(Denied(thing.lemma_.lower(), with_compounds(thing), kind.lemma_.lower(), speaker,
                                document.cite(sentence), sentence.text))
    return found


def _calls_so(sentence: Sentence, thing: str, kind: str) -> bool:
    """The sentence itself says the thing is of the kind ("the fee is a tax", "called the fee a tax")."""
    for verb in sentence.span:
        regarded = _regarded(verb) if verb.pos_ in ("VERB", "AUX") and not is_negated(verb) else None
        if regarded and regarded[0].lemma_.lower() == thing and regarded[1].lemma_.lower() == kind:
            return True
    return False


def _introduced(sentence: Sentence, thing: str) -> Token | None:
    """The thing introduced by an indefinite article in the sentence ("has proposed a two-euro flat fee")."""
    return next((t for t in sentence.span if t.lemma_.lower() == thing and t.pos_ == "NOUN"
                 and any(d.lower_ in INDEFINITE for d in t.children if d.dep_ == "det")), None)


def _renamed(before: Sentence, sentence: Sentence, thing: str, kind: str) -> bool:
    """The sentence opens on "the (new) tax" right after one introducing "a … fee"."""
    subject = next((t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    return (subject is not None and subject.lemma_.lower() == kind
            and any(d.lower_ == "the" for d in subject.children if d.dep_ == "det")
            and _introduced(before, thing) is not None)


def _headline_renames(headline: Sentence, lead: list[Sentence], thing: str, kind: str) -> Sentence | None:
    """The lead sentence whose "a flat fee" a headline's "flat tax" renames (the same modifier on the
    two nouns), or None."""
    for noun in headline.span:
        if noun.lemma_.lower() != kind or noun.pos_ != "NOUN":
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ == "amod"}
        for sentence in lead:
            introduced = _introduced(sentence, thing)
            if introduced is not None and modifiers & {c.lower_ for c in introduced.children if c.dep_ == "amod"}:
                return sentence
    return None


def calling(document: Document, thing: str, kind: str) -> list[list[Sentence]]:
    """The document's tellings that call the thing by the kind, each as the sentences that say so."""
    story = story_sentences(document)
    lead = [s for s in story if not is_headline(s)][:LEAD_SENTENCES]
    said = []
    for headline in headline_sentences(document):
        renamed = _headline_renames(headline, lead, thing, kind)
        if renamed is not None:
            said.append([headline, renamed])  # the lead shows what the headline's word stands for
    spoken_of = False
    for n, sentence in enumerate(story):
        if _calls_so(sentence, thing, kind):
            said.append([sentence])
        elif n and not spoken_of and _renamed(story[n - 1], sentence, thing, kind):
            said.append([story[n - 1], sentence])
        spoken_of = spoken_of or any(t.lemma_.lower() == kind for t in sentence.span)
    return said


def _joined(sentences: list[Sentence]) -> str:
    """The sentences of one telling as one text; a headline, which has no closing stop, set off by a dash."""
    texts = [" ".join(s.text.split()) for s in sentences]
    return "".join(t + ("" if n == len(texts) - 1 else " " if t.endswith((".", "!", "?", "”", '"')) else " — ")
                   for n, t in enumerate(texts))


def characterisation_conflicts(context: Context) -> list[Conflict]:
    """Each denial that a thing is of a kind, beside the other sources that call it so."""
    conflicts = []
    seen: set[tuple[str, str]] = set()
    for document in context.documents:
        for denied in denied_kinds(document, context.actor_index):
            if (denied.thing, denied.kind) in seen:
                continue
            tellings = [(other, sentences) for other in context.documents if other is not document
                        for sentences in calling(other, denied.thing, denied.kind)]
            if not tellings:
                continue
            seen.add((denied.thing, denied.kind))
            claims = [Claim(text=_joined(sentences),
                            citations=unique_citations([other.cite(s) for s in sentences]))
                      for other, sentences in tellings]
            claims.append(Claim(text=denied.text, citations=[denied.citation]))
            calls = ", ".join(source_ids([c for claim in claims[:-1] for c in claim.citations]))
            article = "an" if denied.kind[:1] in "aeiou" else "a"
            about = (f"Whether the {denied.words} is {article} {denied.kind}: it is ({calls}); "
                     f"it is not, {denied.speaker} says ({denied.citation.source})")
            conflicts.append(make_conflict(about, "characterisation", claims, about))
    return conflicts
