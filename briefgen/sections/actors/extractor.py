"""The actors section: people, organisations, countries and groups, one entry per real-world entity.

Mentions come from spaCy's NER (filtered in ``mentions``), are joined into actors by general
entity-resolution rules (``clusters``), and get roles from the sentences that name them (``roles``).
Later extractors resolve names to these actors through the :class:`ActorIndex` left in the context.
"""
from __future__ import annotations

from briefgen.nlp.labels import ACTOR_LABELS

import re
from collections import Counter

from rapidfuzz import fuzz

from briefgen import gazetteer
from briefgen.model.citations import Citation, citation_key
from briefgen.model.items import Actor
from briefgen.nlp.document import Document, Sentence
from briefgen.sections.actors.clusters import (Cluster, build_clusters, initials, org_key, strip_country_prefix,
                                              without_company_suffix)
from briefgen.sections.actors.labels import vote_labels
from briefgen.sections.actors.mentions import clean_surface, collect_mentions, name_key
from briefgen.sections.actors.roles import roles_of
from briefgen.sections.context import Context

MAX_CITATIONS = 8
MAX_ROLES = 3
# Roles this similar are one role spelled two ways ('Defence Minister' / 'Defense Minister').
SAME_ROLE_SIMILARITY = 88


def _words(text: str) -> str:
    return " ".join(text.split())


def display_name(cluster: Cluster) -> str:
    """The fullest, most used form: most words first, then most mentions, then title case."""
    if cluster.kind == "country":
        return cluster.key
    known = gazetteer.organization_of(cluster.key)
    if known:
        return known[0]
    counts = Counter(m.surface for m in cluster.mentions)
    if cluster.kind != "person":
        counts = Counter(_strip_prefix(m.surface) for m in cluster.mentions)

    def rank(item):
        surface, count = item
        words = len(surface.replace("-", " ").split())
        acronym = surface.isupper() and words == 1
        if cluster.kind == "person":  # people by their fullest name, organisations by their usual one
            return (acronym, -words, -count, surface.isupper(), surface)
        return (acronym, -count, -words, surface.isupper(), surface)

    chosen = sorted(counts.items(), key=rank)[0][0]
    return with_acronym(chosen, cluster)


def with_acronym(name: str, cluster: Cluster) -> str:
    """An organisation's name with the acronym the sources also call it by, as a reader meets it
    ("International Association of Athletics Federations (IAAF)"): the line beside it may use either."""
    if name.isupper() or "(" in name:
        return name
    key = org_key(name)[0]
    spelled = initials(key.lower()) if key else ""
    acronyms = sorted({m.acronym for m in cluster.mentions if m.acronym}
                      | {m.surface for m in cluster.mentions if m.surface.isalpha() and m.surface.isupper()
                         and len(m.surface) > 1 and m.surface.lower() == spelled})
    return f"{name} ({acronyms[0]})" if len(acronyms) == 1 and acronyms[0] not in name else name


def _strip_prefix(surface: str) -> str:
    if gazetteer.seat_country(surface) or gazetteer.organization_of(surface):
        return surface
    return strip_country_prefix(surface)[0] or surface


def collect_roles(cluster: Cluster) -> list[tuple[str, Document, Sentence, object]]:
    """(role text, document, sentence, role span) for every role the sentences give this person."""
    found = []
    for m in cluster.mentions:
        for span in roles_of(m.span):
            found.append((_words(span.text), m.document, m.sentence, span))
    return found


def choose_roles(found) -> list[tuple[str, Document, Sentence, object]]:
    """The most stated roles; a role inside a longer one ('Minister' in 'Defense Minister') or a
    spelling variant of a kept one ('Defence Minister') is dropped."""
    counts = Counter(text.lower() for text, *_ in found)
    first = {}
    for entry in found:
        first.setdefault(entry[0].lower(), entry)
    longer_forms = sorted(counts, key=len, reverse=True)
    kept: list[str] = []
    for text in sorted(counts, key=lambda t: (-counts[t], -len(t), t)):
        inside = any(len(other) > len(text) and re.search(r"\b" + re.escape(text) + r"\b", other)
                     for other in longer_forms)
        similar = any(fuzz.ratio(text, k) >= SAME_ROLE_SIMILARITY for k in kept)
        if not inside and not similar:
            kept.append(text)
    return [first[t] for t in kept[:MAX_ROLES]]


def role_affiliation(span, resolve) -> str | None:
    """The organisation or country a role phrase names ('spokesperson for the NSC' -> NSC)."""
    orgs, countries = [], []
    for ent in span.doc.ents:
        if ent.start < span.start or ent.end > span.end:
            continue
        surface = clean_surface(ent.text)
        if ent.label_ == "ORG" and resolve(surface):
            orgs.append(resolve(surface))
        elif ent.label_ in ("GPE", "NORP"):
            country = gazetteer.country_of(surface) or gazetteer.demonym_country(surface)
            if country:
                countries.append(country)
    for token in span:
        country = gazetteer.demonym_country(token.text) or (
            gazetteer.country_of(token.text) if token.pos_ == "PROPN" else None)
        if country:
            countries.append(country)
    return (orgs or countries or [None])[0]


def cite_actor(cluster: Cluster, role_entries) -> list[Citation]:
    """Role sentences first, then the first mention in each source; at most MAX_CITATIONS."""
    picked: list[tuple[Document, Sentence]] = [(doc, sent) for _, doc, sent, _ in role_entries]
    seen_docs = {id(doc) for doc, _ in picked}
    for m in cluster.mentions:
        if id(m.document) not in seen_docs:
            seen_docs.add(id(m.document))
            picked.append((m.document, m.sentence))
    unique = {}
    for doc, sent in picked:
        unique.setdefault((doc.source.id, sent.index), doc.cite(sent))
    citations = list(unique.values())[:MAX_CITATIONS]
    return sorted(citations, key=citation_key)


class ActorIndex:
    """Resolves a name found anywhere in the sources to a canonical actor name."""

    def __init__(self, actors: list[Actor]):
        self.by_key: dict[str, str] = {}
        self._memo: dict[str, str | None] = {}
        self.kinds = {a.name: a.kind for a in actors}
        self.affiliation = {a.name: a.affiliation for a in actors}
        for actor in actors:
            for form in [actor.name, *actor.aliases]:
                self.by_key.setdefault(name_key(form), actor.name)

    def resolve(self, text: str) -> str | None:
        """Canonical actor for a name, alias, capital, demonym or partial name; None if unknown."""
        if text not in self._memo:
            self._memo[text] = self._resolve(text)
        return self._memo[text]

    def named_in(self, span) -> list[str]:
        """The actors a span names (its person, organisation, place and group entities), in order, once each."""
        names = []
        for ent in span.ents:
            name = self.resolve(ent.text) if ent.label_ in ACTOR_LABELS else None
            if ent.label_ == "NORP" and name is not None and self.kinds.get(name) == "person" \
                    and name_key(clean_surface(ent.text)) not in self.by_key:
                name = None  # "European user data" names no "European Enclave" (a store the recogniser took for
                # a person; timeline audit s28, row 15): a people's adjective is no part of a person's name
            if name and name not in names:
                names.append(name)
        return names

    def _resolve(self, text: str) -> str | None:
        key = name_key(clean_surface(text))
        if key in self.by_key:
            return self.by_key[key]
        for lookup in (gazetteer.country_of, gazetteer.capital_of, gazetteer.demonym_country):
            country = lookup(text)
            if country:
                return country
        words = key.split()
        bare = without_company_suffix(words)
        if bare != key and bare in self.by_key:
            return self.by_key[bare]  # "General Acquisition Co" for "General Acquisition"
        if words:
            fits = sorted({name for k, name in self.by_key.items() if self.kinds.get(name) == "person"
                           and (k.split()[-len(words):] == words or k.split()[: len(words)] == words)})
            if len(fits) == 1:
                return fits[0]
        return None


def make_actor(cluster: Cluster, resolve) -> Actor:
    """One Actor item from a cluster of mentions."""
    name = display_name(cluster)
    role_entries = choose_roles(collect_roles(cluster)) if cluster.kind == "person" else []
    affiliations = Counter(cluster.affiliations)
    for _, _, _, span in role_entries:
        found = role_affiliation(span, resolve)
        if found:
            affiliations[found] += 1
    if cluster.kind != "country" and gazetteer.seat_country(name):
        affiliations[gazetteer.seat_country(name)] += 1
    affiliation = sorted(affiliations.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if affiliations else None
    forms = {m.surface for m in cluster.mentions} | {m.acronym for m in cluster.mentions if m.acronym}
    aliases = sorted(forms - {name}, key=lambda s: (s.lower(), s))
    return Actor(
        name=name,
        kind=cluster.kind,
        aliases=aliases,
        roles=[text for text, *_ in role_entries],
        affiliation=affiliation if affiliation != name else None,
        mentions=len(cluster.mentions),
        support=len({m.document.source.id for m in cluster.mentions}),
        citations=cite_actor(cluster, role_entries),
    )


def is_outlet(cluster: Cluster) -> bool:
    """An organisation seen only as the source of reports ('CNN reported') is not an actor."""
    return cluster.kind != "country" and all(m.reporting_frame for m in cluster.mentions)


def extract_actors(context: Context, options) -> list[Actor]:
    """People, organisations, countries and groups, most prominent first; leaves the actor index
    (name -> canonical actor) on the context for the sections that resolve names."""
    mentions = collect_mentions(context.documents)
    clusters = [c for c in build_clusters(mentions, vote_labels(mentions)) if not is_outlet(c)]
    org_names = {}
    for cluster in clusters:
        if cluster.kind != "person":
            shown = display_name(cluster)
            org_names.update((org_key(m.surface)[0], shown) for m in cluster.mentions)

    def resolve_org(surface: str) -> str | None:
        return org_names.get(org_key(surface)[0])

    actors = [make_actor(c, resolve_org) for c in clusters]
    min_mentions = options.min_mentions
    actors = [a for a in actors if a.mentions >= min_mentions]
    actors.sort(key=lambda a: (-a.mentions, -a.support, a.name))
    # every actor found resolves names, also those past the section's length (a party named once)
    context.actor_index = ActorIndex(actors)
    return actors[: options.max_items]
