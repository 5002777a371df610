"""Party resolution of the asks-and-offers section: actor names for noun phrases, pronouns and
collective subjects, through the actors section's ``ActorIndex``.

A pronoun resolves to the subject of the clause or sentence before it (that sentence is cited too),
or to nothing; "we" in a quote is the organisation or country its speaker speaks for. A collective
party that is no actor ("the West", "six world powers") is kept as written when it is the explicit
subject.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.labels import PARTY_LABELS
from briefgen.nlp.syntax import conjuncts, phrase_run, run_text, subtree_without
from briefgen.sections.asks_offers.collectives import collective, description_kinds, named_entity
from briefgen.sections.asks_offers.hedges import hedge_label
from briefgen.sections.asks_offers.issuers import issuer_of
from briefgen.sections.asks_offers.quotes import quote_speaker
from briefgen.sections.asks_offers.speakers import spoken_for

FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}
#: How many sentences back a pronoun's antecedent or an exchange's other side is looked for.
LOOKBACK = 2
#: Letters of a description's head word that must open a word of the actor's name it stands for.
STEM = 6


@dataclass
class Antecedent:
    """What a pronoun stands for: actor names, the phrase as written, and the sentence holding it."""

    names: list[str]
    text: str
    sentences: list[Sentence] = field(default_factory=list)


class Resolver:
    """Actor names for tokens: names, aliases and pronouns, through the actors section's index."""

    def __init__(self, index):
        self.index = index

    def name(self, text: str) -> str | None:
        """The actor a piece of text names (quotes and spaces stripped), or None."""
        text = text.strip(" \t\n“”\"'’‘")
        if not text or self.index is None:
            return None
        return self.index.resolve(text)

    def kind(self, name: str) -> str:
        """The kind of an actor ("person", "country", ...); "country" when unknown."""
        return self.index.kinds.get(name, "country") if self.index is not None else "country"

    def side(self, name: str | None) -> str | None:
        """The country or organisation an actor acts for: a person's affiliation, else itself."""
        seen = set()
        while name and name not in seen and self.index is not None:
            seen.add(name)
            parent = self.index.affiliation.get(name)
            if not parent or self.kind(name) == "country":
                break
            name = parent
        return name

    def phrase(self, token: Token) -> str | None:
        """The actor a noun phrase names: the whole phrase, a name inside it, or a proper noun."""
        if token.pos_ == "PRON":
            return None
        for drop in ({"relcl", "acl", "appos", "conj", "cc"}, {"relcl", "acl", "appos", "conj", "cc", "prep"}):
            run = [t for t in phrase_run(subtree_without(token, drop), token) if t.dep_ != "det"] or [token]
            found = self.name(run_text(run))
            if found:
                return found
        doc = token.doc
        # the entity holding the phrase's head first ("European Trade Commissioner Maros Sefcovic")
        for ent in sorted(doc.ents, key=lambda e: (not e.start <= token.i < e.end, -(e.end - e.start), e.start)):
            modifier = ent.label_ == "NORP" or (ent.label_ == "GPE" and ent.root.dep_ in ("compound", "amod", "nmod")
                                                and token.lemma_.lower() in description_kinds())
            if modifier and token.pos_ == "NOUN" and not ent.start <= token.i < ent.end \
                    and token.lemma_.lower() not in load_lexicon("ask_state_organs"):
                continue  # "the Russian oil firm", "the US bankruptcy court": not Russia, not the United
                # States; but "Russian forces", "US officials" are their country's
            if ent.label_ in ("NORP", "GPE") and token.pos_ == "PROPN" and not ent.start <= token.i < ent.end:
                continue  # "Russian state gas firm Gazprom" is Gazprom, never Russia
            holds = run and run[0].i <= ent.start and ent.end - 1 <= run[-1].i
            headed = ent.start <= token.i < ent.end and ent.root.i == token.i  # "AFG and Wagner and Brown": the
            # conjunct "Wagner" heads the name "Wagner and Brown", whose "and Brown" the parser made a conjunct
            if ent.label_ in PARTY_LABELS and (holds or headed):
                found = self.name(ent.text)
                if found:
                    return found
        if token.pos_ == "PROPN":
            return self.name(token.text)
        # "the association grouping shipowners, Syndarma,": the name set off by commas names the
        # description, wherever the parser hung it (on the description or on its acl's object)
        around = [*token.children, *(o for c in token.children if c.dep_ == "acl" for o in c.children if o.dep_ == "dobj")]
        for appos in (a for t in around for a in (t, *t.children) if a.dep_ == "appos" and a.pos_ == "PROPN"):
            found = self.phrase(appos) or (named_entity(appos) if token.lemma_.lower() in description_kinds() else None)
            if found:
                return found  # the name as written when no actor holds it ("Syndarma")
        for prep in token.children:  # "the board of Twitter", "the government of Japan"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return self.phrase(obj)
        return None

    def mentions(self, span) -> list[tuple[int, str]]:
        """(token index, actor) for every actor named in a span, in text order."""
        out = []
        for ent in span.ents:
            if ent.label_ in PARTY_LABELS:
                name = self.name(ent.text)
                if name:
                    out.append((ent.start, name))
        return out

    def pronoun(self, token: Token, document: Document, sentence: Sentence) -> str | None:
        """The one actor a pronoun stands for (see ``antecedent``), or None."""
        found = self.antecedent(token, document, sentence)
        return found.names[0] if found and found.names else None

    def antecedent(self, token: Token, document: Document, sentence: Sentence) -> Antecedent | None:
        """What a pronoun stands for: "we" is the speaker of the quote; "he", "she", "it" and "they"
        the nearest subject that fits (``fitting``): of an earlier clause of the sentence, else of
        the ``LOOKBACK`` sentences before. None when no subject fits or another pronoun comes
        first (the item is then dropped, not guessed)."""
        word = token.lower_
        if word in FIRST_PERSON:
            name = self.speaker(sentence)
            homes = []
            if name is None:  # "We'll be presenting all our arguments to SEGAS", inside X's quote
                quoted = quote_speaker(document, sentence, self)
                if quoted is not None:
                    name, home = quoted
                    name, homes = self.index.affiliation.get(name) or name if self.kind(name) == "person" else name, [home]
            return Antecedent([name], name, homes) if name else None
        if word not in PERSON_PRONOUNS and word not in THING_PRONOUNS:
            return None
        earlier = [t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i
                   and t.pos_ != "PRON" and t.head != token.head and t.head.i < token.i]
        candidates: list[tuple[Token, list[Sentence]]] = [(t, []) for t in reversed(earlier)]
        homes: list[Sentence] = []
        for back in range(sentence.index - 1, max(-1, sentence.index - LOOKBACK - 1), -1):
            home = document.sentences[back]
            homes = [*homes, home]
            roots = [t for t in home.span if t.dep_ == "ROOT"]
            candidates += [(c, homes) for r in roots for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject, found_in in candidates:
            if subject.pos_ == "NOUN" and subject.lemma_.lower() not in description_kinds() \
                    and collective(subject) is None:
                return None  # "The Rosneft announcement came …": the nearest subject is a thing
            if subject.pos_ == "PRON":
                if subject.lower_ == word:
                    continue  # "They demand X. They also want Y": the same "they", further back
                return None  # another pronoun: whom it means is itself a question
            found = self.fitting(subject, word, document, found_in)
            if found is not None:
                return found
            if subject.pos_ == "NOUN" and not self.phrase(subject):
                return None  # the nearest subject names someone this cannot tell ("the board"): no guess
        return None

    def fitting(self, subject: Token, word: str, document: Document, homes: list[Sentence]) -> Antecedent | None:
        """The antecedent a subject gives a pronoun, or None when it does not fit: "they" needs a
        plural, coordinated or collective subject (or an organisation), "he"/"she" a person,
        "it" one country or organisation."""
        parts = [t for t in conjuncts(subject) if t.dep_ != "cc"]
        names = [n for n in (self.phrase(t) or self.description(t, document, document.sentence_of(t))[0]
                             for t in parts) if n]
        if not names and word in ("they", "them", "their") and not homes:
            # "union leaders said they would …": a collective subject of the same sentence
            names = [n for n in (collective(t) for t in parts) if n]
            if names:
                return Antecedent(names, names[0], homes)
        names = list(dict.fromkeys(names))
        if not names:
            return None
        # A proper name in the plural ("General Partners", "United States") is one body: "it", or
        # "they" as British English says of organisations; only coordination or a common plural
        # ("the strikers") makes a subject plural.
        plural = len(parts) > 1 or subject.tag_ == "NNS"
        body = self.kind(names[0]) in ("organization", "group")
        if word in ("they", "them", "their"):
            fits = plural or subject.tag_ == "NNPS" or body
        elif word in PERSON_PRONOUNS:
            fits = not plural and self.kind(names[0]) == "person"
        else:
            fits = not plural and self.kind(names[0]) != "person"
        if not fits:
            return None
        run = phrase_run(subtree_without(subject, {"appos", "relcl", "acl", "punct"}), subject)
        text = run_text(run) if len(names) < len(parts) else " and ".join(names)
        return Antecedent(names, text, homes)

    def speaker(self, sentence: Sentence) -> str | None:
        """Who "we" is in a quote: the named subject of a speech verb in the sentence, as the
        organisation or country that person speaks for."""
        verbs = load_lexicon("ask_speech_verbs")
        for token in sentence.span:
            if token.lemma_.lower() in verbs:
                for subject in token.children:
                    if subject.dep_ == "nsubj" and subject.pos_ == "PROPN":
                        name = self.phrase(subject)
                        if name:
                            parent = self.index.affiliation.get(name) if self.kind(name) == "person" else None
                            return parent or name
        return None

    def actor(self, token: Token, document: Document, sentence: Sentence) -> str | None:
        """The actor a token names: a pronoun's antecedent, else the actor its phrase names."""
        if token.pos_ == "PRON":
            return self.pronoun(token, document, sentence)
        return self.noun_phrase(token, document, sentence)[0]

    def noun_phrase(self, token: Token, document: Document, sentence: Sentence) -> tuple[str | None, Sentence | None]:
        """(actor, sentence that names it) for a noun phrase: a name, a definite description
        standing for an actor named before it ("the company"), or a collective kept as written
        ("the West", "the majority producer group")."""
        name = self.phrase(token)
        if name:
            return name, None
        found = self.description(token, document, sentence)
        if found[0]:
            return found
        issuer = issuer_of(token, document, sentence, self.phrase)  # "the statement said": who issued it
        return (issuer, None) if issuer else (collective(token), None)

    def description(self, token: Token, document: Document, sentence: Sentence) -> tuple[str | None, Sentence | None]:
        """A definite description ("the company", "the partnership", "the union") stands for an
        actor named before it: one whose name holds the description's head word ("the Ministry"
        after "Ministry of International Trade and Industry"), else the one actor of a fitting kind
        that is the subject of the nearest clauses before it (earlier in its sentence, else the
        nearest of the ``LOOKBACK`` sentences before that has one). Two candidates there, or none:
        (None, None), never a guess. "its board" is
        the board of whom "its" stands for."""
        wanted = description_kinds().get(token.lemma_.lower()) if token.pos_ in ("NOUN", "PROPN") else None
        # "The Ministry recently called on …": a capitalised description is still a description
        if wanted is None or token.tag_ == "NNS":
            return None, None  # "The banks … notified Texaco": a plural is not the one actor named before
        fits = {"organization": ("organization", "group"), "body": ("organization", "group", "country")}.get(
            wanted, (wanted,))
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None:  # "its board": the board of whom "its" stands for
            found = self.antecedent(owner, document, sentence)
            names = [n for n in (found.names if found else []) if self.kind(n) in fits]
            return (names[0], (found.sentences or [sentence])[0]) if names else (None, None)
        articles = ("the", "this", "a") if wanted == "body" else ("the", "this")
        if not any(c.dep_ == "det" and c.lower_ in articles for c in token.children):
            return None, None
        named = spoken_for(token, lambda t: (n := self.phrase(t)) and self.kind(n) in fits and n) \
            or self.named_by_head(token, document, sentence, fits)
        if named is not None:
            return named, None
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None, None  # "the firm's application": only a subject is matched to the subject before it
        # the fitting subjects of the nearest clauses before it; two of them is a guess the brief never makes
        found = {n for t, n in self.subjects(sentence) if t.i < token.i and self.kind(n) in fits
                 and not hedge_label(t.head)}  # "Reynolds said the board …": the board is not who says it
        home = sentence
        for back in range(sentence.index - 1, max(-1, sentence.index - LOOKBACK - 1), -1):
            if found:
                break
            home = document.sentences[back]
            subjects = [(t, n) for t, n in self.subjects(home) if self.kind(n) in fits]
            main = [n for t, n in subjects if t.head.dep_ == "ROOT"]
            # the subject of the sentence before is its topic, speaker or not ("General Acquisition also
            # said it believes GenCorp's board …. The partnership requested …"); else a subject of its clauses
            found = {main[0]} if len(set(main)) == 1 else {n for t, n in subjects if not hedge_label(t.head)}
        return (found.pop(), home) if len(found) == 1 else (None, None)

    def named_by_head(self, token: Token, document: Document, sentence: Sentence, fits) -> str | None:
        """The actor named earlier in the source whose name holds the description's own head word,
        compared on its first ``STEM`` letters ("the Ministry" after "Ministry of International
        Trade and Industry", "the partnership" after "General Partners"), the latest first."""
        stem = token.lower_[:STEM]
        for back in range(sentence.index, -1, -1):
            found = [n for i, n in self.mentions(document.sentences[back].span)
                     if (back < sentence.index or i < token.i) and self.kind(n) in fits
                     and any(w[:STEM] == stem and len(w) >= STEM for w in n.lower().split())]
            if found:
                return found[-1]
        return None

    def subjects(self, sentence: Sentence) -> list[tuple[Token, str]]:
        """(token, actor) for each subject of the sentence that names an actor: the salient
        mentions a description or a pronoun may stand for (an object or a name in passing is not)."""
        out = []
        for token in sentence.span:
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON":
                name = self.phrase(token)
                if name:
                    out.append((token, name))
        return out
