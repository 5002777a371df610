"""Whether a title or tie still holds: one source calls a party its "former" role or tie, another
gives it as current ("Following former US President Donald Trump's announcement …" / "US President
Donald Trump's scrapping of a duty-free loophole …"; "Gazpromneft, a former unit of Russian gas
monopoly Gazprom" / "Gazprom, its unit Gazpromneft").

A role is a common noun given as a title before the name ("US President Donald Trump") or in
apposition to it ("Gazpromneft, a former unit of …"). Only sources surely told within ``MAX_DAYS``
of each other are compared (a president of 2019 is a former one in 2023; a source whose date is
unknown may be from after the role ended), and a source that says both is no side.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from briefgen.model.citations import Citation, source_key
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

MAX_DAYS = 60
FORMER_WORDS = {"former", "ex"}
NAMED = ("PERSON", "ORG")


@dataclass
class Role:
    """One source's description of a party by a role."""

    party: str
    role: str  # the role's words without "former" ("US President", "unit of Gazprom")
    lemma: str
    former: bool
    text: str
    citation: Citation


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in NAMED


def _described(noun: Token) -> Token | None:
    """The named party a role noun describes: the name it is a title of ("President … Trump"), the
    name it is in apposition to ("Gazpromneft, a former unit"), or the name in apposition to it ("its
    unit Gazpromneft")."""
    if noun.dep_ == "compound" and _named(noun.head):
        return noun.head
    if noun.dep_ == "appos" and _named(noun.head):
        return noun.head
    return next((c for c in noun.children if c.dep_ == "appos" and _named(c)), None)


def _role_words(noun: Token) -> str:
    """The role as written, without "former": its compound words and an "of" owner ("unit of Russian
    gas monopoly Gazprom" -> "unit of Gazprom")."""
    words = [t.text for t in noun.lefts if t.dep_ == "compound"] + [noun.text]
    owner = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and _named(o)), None)
    return " ".join(words) + (f" of {owner.text}" if owner is not None else "")


def _former(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in noun.children)


def roles_told(document: Document, index) -> list[Role]:
    """Every party described by a role in the document's story sentences."""
    found = []
    for sentence in story_sentences(document):
        for token in sentence.span:
            if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:  # a title is often tagged PROPN
                continue
            party = _described(token)
            if party is None:
                continue
            ent = next((e for e in sentence.span.ents if e.start <= party.i < e.end), None)
            words = [t for t in (ent if ent is not None else [party]) if t.i <= party.i]
            while any(t.is_punct or t.lower_ == "and" for t in words):  # "Gazpromneft, Rosneft" as one entity
                words = words[[t.is_punct or t.lower_ == "and" for t in words].index(True) + 1:]
            surface = " ".join(t.text for t in words) or party.text
            name = (index.resolve(surface) if index else None) or surface
            found.append(Role(name, _role_words(token), token.lemma_.lower(), _former(token), sentence.text,
                              document.cite(sentence)))
    return found


def _window(document: Document) -> tuple | None:
    """The days the source was published on: its stated date, else its estimated window."""
    source = document.source
    if source.published is not None:
        return source.published, source.published
    if source.published_estimate is not None:
        return source.published_estimate, source.published_estimate_end or source.published_estimate
    return None


def _days_apart(a: Document, b: Document) -> int:
    """At most how many days apart the two sources were told; unknown dates are far apart (a source
    that cannot be placed in time may be from after the role ended)."""
    first, second = _window(a), _window(b)
    if first is None or second is None:
        return MAX_DAYS + 1
    return max(abs((second[1] - first[0]).days), abs((first[1] - second[0]).days))


def former_conflicts(context: Context) -> list[Conflict]:
    """A party's role told as former by some sources and as current by others told within days of them."""
    told: dict[tuple[str, str], list[tuple[Role, Document]]] = {}
    for document in context.documents:
        for role in roles_told(document, context.actor_index):
            told.setdefault((role.party, role.lemma), []).append((role, document))
    conflicts = []
    for (party, _), roles in sorted(told.items()):
        both = {r.citation.source for r, _ in roles if r.former} & {r.citation.source for r, _ in roles if not r.former}
        former = [(r, d) for r, d in roles if r.former and r.citation.source not in both]
        current = [(r, d) for r, d in roles if not r.former and r.citation.source not in both
                   and any(_days_apart(d, other) <= MAX_DAYS for _, other in former)]
        former = [(r, d) for r, d in former if any(_days_apart(d, other) <= MAX_DAYS for _, other in current)]
        if not former or not current:
            continue
        sides = [*_one_each(current), *_one_each(former)]  # every source the heading names is cited (audit c46, 08)
        claims = [Claim(text=r.text, citations=[r.citation]) for r in sides]
        now = ", ".join(sorted({r.citation.source for r, _ in current}, key=source_key))
        then = ", ".join(sorted({r.citation.source for r, _ in former}, key=source_key))
        role = max((r.role for r in sides), key=len)  # "unit of Gazprom" over "unit"
        role = role if role[:1].isupper() else f"a {role}"
        about = f"Whether {party} is still {role}: yes ({now}) or a former one ({then})"
        conflicts.append(make_conflict(about, "status", claims, about))  # the heading names each side's sources
    return conflicts


def _one_each(roles: list) -> list[Role]:
    """The first role told by each source, in source order."""
    first: dict[str, Role] = {}
    for role, _ in roles:
        first.setdefault(role.citation.source, role)
    return [first[s] for s in sorted(first, key=source_key)]
