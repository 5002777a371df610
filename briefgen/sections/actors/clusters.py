"""Entity resolution: which mentions name the same real-world actor.

General rules only:
- countries: a country's names, official names, acronyms and capital (as metonym) are one actor;
- organisations: a country prefix is an affiliation, not part of the name ('US Treasury' is the
  Treasury of the United States); 'X Department' joins 'X'; an acronym joins the name whose initials it
  spells ('NSC');
- people: case, hyphens and dots are ignored ('Kim Jong-un' = 'Kim Jong UN'); a shorter name joins the
  one longer name it begins or ends ('Kim', 'Kim Jong', 'Putin'), when exactly one fits.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from briefgen import gazetteer
from briefgen.lexicons import load_lexicon, load_table
from briefgen.sections.actors.labels import same_name
from briefgen.sections.actors.mentions import Mention

ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "to", "&"}
DEPARTMENT_WORDS = ("department", "ministry", "office", "agency")


@dataclass
class Cluster:
    """Mentions of one actor, with what the text says about it."""

    kind: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    affiliations: Counter = field(default_factory=Counter)


def strip_country_prefix(surface: str) -> tuple[str, str | None]:
    """'US Treasury' -> ('Treasury', 'United States'); names that are not prefixed stay whole."""
    words = surface.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        prefix = " ".join(words[:n])
        country = (
            gazetteer.country_of(prefix) or gazetteer.demonym_country(prefix) or gazetteer.seat_country(prefix)
        )
        if country:
            return " ".join(words[n:]), country
    return surface, None


def org_key(surface: str) -> tuple[str, str, str | None]:
    """The cluster key, kind and affiliated country of an organisation mention."""
    if gazetteer.country_of(surface):
        return gazetteer.country_of(surface), "country", None
    seat = gazetteer.seat_country(surface)
    if seat:
        return gazetteer.normalize(surface), "organization", seat
    known = gazetteer.organization_of(surface)
    if known:
        return gazetteer.normalize(known[0]), "organization", None
    rest, country = strip_country_prefix(surface)
    return gazetteer.normalize(rest), "organization", country


def initials(key: str) -> str:
    """'national security council' -> 'nsc'."""
    return "".join(w[0] for w in key.split() if w not in ACRONYM_SKIP)


def respell_acronyms(key: str, clusters: dict[str, Cluster]) -> None:
    """Move the bare acronyms of a cluster the gazetteer named ("EC": the European Commission) to the
    one name in the sources whose initials they spell ("the European Community", in 1987 wires):
    the sources' own expansion wins; "the EC Commission" stays where it is."""
    cluster = clusters[key]
    bare = [m for m in cluster.mentions if m.surface.isupper() and len(m.surface.split()) == 1]
    spelled = {m.surface.lower() for m in bare}
    matches = [k for k, c in clusters.items() if k != key and c.kind != "country" and len(k.split()) > 1
               and initials(k) in spelled and not spelled & set(k.split())]  # "EC Commission" spells nothing out
    if len(matches) != 1:
        return
    clusters[matches[0]].mentions += bare
    cluster.mentions = [m for m in cluster.mentions if m not in bare]
    if not cluster.mentions:
        clusters[matches[0]].affiliations += cluster.affiliations
        del clusters[key]


def without_company_suffix(words: list[str]) -> str:
    """'asml holding nv' -> 'asml': legal-form and holding words dropped from the end."""
    suffixes = load_lexicon("company_suffixes")
    while len(words) > 1 and words[-1].rstrip(".") in suffixes:
        words = words[:-1]
    return " ".join(words)


def merge_org_variants(clusters: dict[str, Cluster]) -> None:
    """Join 'X department' to 'X' and acronyms to the one name whose initials they spell."""
    for key in sorted(clusters):
        cluster = clusters.get(key)
        if cluster is None or cluster.kind == "country":
            continue
        words = key.split()
        target = None
        stem = without_company_suffix(words)
        if len(words) > 1 and words[-1] in DEPARTMENT_WORDS and " ".join(words[:-1]) in clusters:
            target = " ".join(words[:-1])
        elif stem != key and stem in clusters and clusters[stem].kind != "country":
            target = stem  # 'Nvidia Corp.' is 'Nvidia
        elif len(words) == 1 and 2 <= len(key) <= 6 and all(m.surface.isupper() for m in cluster.mentions):
            matches = [k for k, c in clusters.items() if c.kind != "country" and len(k.split()) > 1
                       and (initials(k) == key or any(m.acronym.lower() == key for m in c.mentions))]
            target = matches[0] if len(matches) == 1 else None
        elif len(words) > 1:
            respell_acronyms(key, clusters)
        if target and target != key:
            clusters[target].mentions += cluster.mentions
            clusters[target].affiliations += cluster.affiliations
            del clusters[key]


@cache
def _nicknames() -> dict[str, str]:
    """nickname -> given name from ``data/gazetteer/nicknames.tsv`` (the first given name listed wins)."""
    table: dict[str, str] = {}
    for row in load_table("nicknames"):
        if row["nickname"].strip() and row["given"].strip():
            table.setdefault(row["nickname"].strip().lower(), row["given"].strip().lower())
    return table


def _person_tokens(key: str) -> tuple[str, ...]:
    """A person's name words, a leading nickname replaced by the given name ('bill' -> 'william')."""
    words = key.split()
    if len(words) > 1:
        words[0] = _nicknames().get(words[0], words[0])
    return tuple(words)


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A shorter name is the start or the end of a longer one."""
    return len(short) < len(long) and (long[: len(short)] == short or long[-len(short):] == short)


def cluster_people(mentions: list[Mention]) -> dict[str, Cluster]:
    """People: the longest names are anchors; shorter names join the one anchor they fit."""
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[_person_tokens(m.key)].append(m)
    by_key = _spellings_joined(by_key)
    keys = sorted(by_key, key=lambda k: (-len(k), k))
    owner: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        longer = sorted({owner[k] for k in owner if _fits(key, k)})
        if len(longer) == 1:
            owner[key] = longer[0]
        elif len(longer) > 1:
            owner[key] = _nearest_anchor(key, longer, by_key) or key
        else:
            owner[key] = key
    clusters: dict[str, Cluster] = {}
    for key in keys:
        anchor = " ".join(owner[key])
        cluster = clusters.setdefault(anchor, Cluster(kind="person", key=anchor))
        cluster.mentions += by_key[key]
    return clusters


def _spellings_joined(by_key: dict[tuple[str, ...], list[Mention]]) -> dict[tuple[str, ...], list[Mention]]:
    """Spellings of one name joined under its most used one ('Zelenskyy', 'Zelenskiy' and
    'Zelensky'; 'Volodymyr Zelenskyy' and 'Volodymyr Zelensky')."""
    joined: dict[tuple[str, ...], list[Mention]] = {}
    for key in sorted(by_key, key=lambda k: (-len(by_key[k]), k)):
        home = next((k for k in joined if same_name(k, key)), key)
        joined.setdefault(home, []).extend(by_key[key])
    return joined


def _nearest_anchor(key, candidates, by_key) -> tuple[str, ...] | None:
    """Several people share this partial name: keep it only if one of them is in the same articles."""
    docs = {id(m.document) for m in by_key[key]}
    near = [c for c in candidates if docs & {id(m.document) for m in by_key[c]}]
    return near[0] if len(near) == 1 else None


def is_group(cluster: Cluster) -> bool:
    """An organisation named as an armed, political or criminal group ('the Wagner group')."""
    nouns = load_lexicon("group_nouns")
    for m in cluster.mentions:
        head = m.span.root.head
        following = m.span.doc[m.span.end] if m.span.end < len(m.span.doc) else None
        if head.lemma_.lower() in nouns or (following is not None and following.lower_ in nouns):
            return True
    return False


def build_clusters(mentions: list[Mention], labels: dict[str, str]) -> list[Cluster]:
    """All actor clusters: countries, organisations and people."""
    orgs: dict[str, Cluster] = {}
    people: list[Mention] = []
    for m in mentions:
        label = labels.get(m.key, m.label)
        if m.label == "NORP":
            continue
        if label == "GPE":
            # A capital stands for its country only when it acts ('Moscow said'), not as a place ('in Moscow').
            country = gazetteer.country_of(m.surface) or (not m.place_use and gazetteer.capital_of(m.surface))
            if country:
                orgs.setdefault(country, Cluster(kind="country", key=country)).mentions.append(m)
        elif label == "ORG":
            key, kind, country = org_key(m.surface)
            cluster = orgs.setdefault(key, Cluster(kind=kind, key=key))
            cluster.mentions.append(m)
            if country:
                cluster.affiliations[country] += 1
        elif label == "PERSON":
            people.append(m)
    merge_org_variants(orgs)
    for cluster in orgs.values():
        if cluster.kind == "organization" and is_group(cluster):
            cluster.kind = "group"
    clusters = list(orgs.values()) + list(cluster_people(people).values())
    return [c for c in clusters if c.key]
