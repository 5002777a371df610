"""Statements that negate each other: one source says a thing was done, another that it was not or
cannot be — "Your IP address and request have been logged and will be reported to your ISP" (the
defacement page, as F-Secure quoted it; InformationWeek, December 2004) / "their IP address could not
be logged by any third parties" (Lycos; Web User, December 2004).

Both clauses have one verb (not a light one: "have", "make" …), one subject — the same noun with the
same compound words ("IP address") — and the same object, if any. One is negated; the other is
asserted: no "not", no modal, no condition or question ("Yukos may have to declare itself bankrupt"
states nothing). They come from different sources. Anything looser is two statements about
different things, not a dispute.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.model.citations import Citation
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import paragraph_start
from briefgen.nlp.quotes import left_open
from briefgen.nlp.syntax import ADVICE_MODALS, MODALS, is_negated
from briefgen.sections.conflicts.claims import make_conflict, with_compounds
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

#: Verbs too general for two clauses sharing them and a subject to say the same thing.
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "take", "get", "go", "come", "give", "say", "tell", "see",
                         "know", "think", "want", "need", "become", "seem", "use", "put", "keep", "let"})
CONDITION_MARKS = frozenset({"if", "whether", "unless", "once", "until"})


@dataclass
class Stated:
    """One clause: what it says of what, and whether it says it is not so."""

    key: tuple[str, str, str]  # (verb lemma, subject as words, object lemma)
    negated: bool
    verb: Token
    subject: Token
    obj: Token | None
    sentence: object
    document: object

    @property
    def citation(self) -> Citation:
        return self.document.cite(self.sentence)

    @property
    def heading(self) -> str:
        """What an asserted clause says, for a heading: "the IP address was logged"."""
        return _heading(self.verb, self.subject, self.obj)

    @property
    def text(self) -> str:
        return " ".join(self.sentence.text.split())


def _hedged(verb: Token) -> bool:
    """A modal, a condition or a question over the clause: it states nothing."""
    for node in (verb, *verb.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in MODALS | ADVICE_MODALS for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if node.dep_ == "ROOT":
            break
    return verb.sent.text.rstrip().endswith("?")


def _words(noun: Token) -> str:
    """The noun with its compound words, lower case ("IP address" -> "ip address")."""
    return " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") + (
        " " if any(t.dep_ == "compound" for t in noun.lefts) else "") + noun.lemma_.lower()


def _heading(verb: Token, subject: Token, obj: Token | None) -> str:
    """What the asserted clause says, for a heading: "the IP address was logged"."""
    said = with_compounds(subject)
    passive = subject.dep_ == "nsubjpass"
    verb_words = ("were " if subject.tag_ in ("NNS", "NNPS") else "was ") + verb.text if passive else verb.text
    return f"the {said} {verb_words}" + (f" {obj.text}" if obj is not None else "")


def _told_as(stated: Stated) -> str:
    """Whose side a clause is: its source's, or a quotation in it ("a screen that read, '… Your IP address and
    request have been logged …,' according to F-Secure": the page's words as quoted, not the source's own
    account; conflicts audit c42, conflicts-10)."""
    source = stated.citation.source
    text = stated.document.text
    start = max(paragraph_start(stated.document, stated.sentence), text.rfind("\n", 0, stated.sentence.start) + 1)
    # (from its paragraph, or its line where a line is a paragraph: a quotation opened there may run on past a
    # sentence end the parser found inside it)
    return f"as quoted in {source}" if left_open(text[start : stated.verb.idx]) else source


def statements(document) -> list[Stated]:
    """Each clause of the document's story with a noun subject and a content verb."""
    found = []
    for sentence in story_sentences(document):
        for verb in sentence.span:
            if verb.pos_ != "VERB" or verb.lemma_.lower() in LIGHT_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.pos_ == "NOUN"), None)
            if subject is None:
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            negated = is_negated(verb, never=True)
            if not negated and _hedged(verb):
                continue
            key = (verb.lemma_.lower(), _words(subject), obj.lemma_.lower() if obj is not None else "")
            found.append(Stated(key, negated, verb, subject, obj, sentence, document))
    return found


def negation_conflicts(context: Context) -> list[Conflict]:
    """Each clause one source asserts and another negates, once per thing said."""
    said: dict[tuple, list[Stated]] = {}
    for document in context.documents:
        for stated in statements(document):
            said.setdefault(stated.key, []).append(stated)
    conflicts = []
    for key, tellings in said.items():
        yes = [s for s in tellings if not s.negated]
        asserting = {id(s.document) for s in yes}
        no = [s for s in tellings if s.negated and id(s.document) not in asserting]
        negating = {id(s.document) for s in no}
        yes = [s for s in yes if id(s.document) not in negating]
        if not yes or not no:
            continue
        first_yes, first_no = yes[0], no[0]
        about = (f"Whether {first_yes.heading}: yes ({_told_as(first_yes)}) "
                 f"or not ({_told_as(first_no)})")
        claims = [Claim(text=s.text, citations=[s.citation]) for s in (first_yes, first_no)]
        conflicts.append(make_conflict(about, "status", claims, about))
    return conflicts
