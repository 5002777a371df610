"""A world-wide gazetteer: name variants of countries and major organisations -> one canonical actor.

General knowledge only, not tied to any story. The data ship inside the package:

* ``data/gazetteer/countries.tsv`` -- one row per sovereign state (UN members, the two UN observer states,
  Taiwan and Kosovo). Columns: ``name`` (the short English name news uses, the canonical actor),
  ``iso3``, ``aliases`` (official names, short forms, acronyms), ``capital`` (capital cities,
  alternate spellings; used for metonymy: "Moscow said" -> Russia), ``demonyms`` (nationality
  adjectives and nouns), ``seats`` (seat-of-government metonyms affiliated with the country but not
  the country itself: Kremlin, White House, Downing Street). Multi-valued cells are ``|``-separated.
* ``data/gazetteer/organizations.tsv`` -- intergovernmental bodies and a few NGOs used as news actors.
  Columns: ``name``, ``acronym``, ``kind`` (``organization``), ``aliases``.

Every lookup is whole-name only (``"US"`` never matches inside a word) and goes through
:func:`normalize`. Acronym aliases written all in capitals (``US``, ``UN``, ``WHO``, ``CAR``) only
match input that is itself written in capitals (dots allowed: ``U.S.``), so the pronoun "us" or
the word "who" never resolve. Where a lower-case form is fine the data lists it as its own alias
(``Nato``, ``Opec``).

Deliberately left out because they are ambiguous: bare ``Congo`` (two states), bare ``Korea``,
the demonyms ``Korean`` and ``Congolese``, and ``Victoria`` (capital of Seychelles, but mostly an
Australian state or a first name). Ambiguous names that are kept resolve to the sovereign-state
reading: ``Georgia`` (not the US state), ``Jordan`` and ``Chad`` (not the first names -- callers
decide by NER label), ``Washington`` (the capital), ``China`` (the PRC; ``Republic of China`` and
``ROC`` are Taiwan).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefgen.lexicons import load_table

# Kinds of name a country row contributes; also the ``kind`` in :class:`Match`.
COUNTRY = "country"
CAPITAL = "capital"
DEMONYM = "demonym"
SEAT = "seat"
ORGANIZATION = "organization"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2212]")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    name: str
    acronym: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    kind: str  # country | capital | demonym | seat | organization
    canonical: str  # canonical country or organisation name
    acronym: str = ""  # organisations only


# Lookups repeat for every mention of every name: memoise them (the tables never change in a run).
LOOKUP_CACHE = 200_000


def _clean(name: str) -> str:
    """Everything :func:`normalize` does except casefolding and accent stripping."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
    s = _SPACES.sub(" ", s).strip().strip("\"“”")
    s = _LEADING_THE.sub("", s)
    s = _POSSESSIVE.sub("", s.rstrip())
    s = s.replace(".", "")
    s = _DASHES.sub(" ", s).replace(",", " ").replace("&", " and ")
    return _SPACES.sub(" ", s).strip()


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=LOOKUP_CACHE)
def normalize(name: str) -> str:
    """Lookup key for a name.

    Casefolds, unifies curly apostrophes to ``'``, strips a leading ``the`` and a trailing
    possessive (``'s``, or ``'`` after an s), removes dots (``U.S.`` -> ``us``), turns hyphens,
    dashes and commas into spaces, ``&`` into ``and``, strips accents (``Élysée`` -> ``elysee``)
    and collapses whitespace.
    """
    return _strip_accents(_clean(name)).casefold()


def _is_acronym(cleaned: str) -> bool:
    """An all-capitals single token such as ``US``, ``DPRK``, ``G7``, ``OPEC+``."""
    return " " not in cleaned and any(c.isalpha() for c in cleaned) and cleaned == cleaned.upper()


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


class _Index:
    """Two maps per kind: ``loose`` (case-insensitive) and ``strict`` (acronyms, capitals only)."""

    def __init__(self) -> None:
        self.loose: dict[str, Match] = {}
        self.strict: dict[str, Match] = {}

    def add(self, alias: str, match: Match) -> None:
        cleaned = _clean(alias)
        key = _strip_accents(cleaned).casefold()
        if not key:
            return
        target = self.strict if _is_acronym(cleaned) else self.loose
        target.setdefault(key, match)

    def get(self, name: str) -> Match | None:
        if not name or not name.strip():
            return None
        cleaned = _clean(name)
        key = _strip_accents(cleaned).casefold()
        hit = self.loose.get(key)
        if hit is not None:
            return hit
        hit = self.strict.get(key)
        if hit is not None and _is_acronym(cleaned):
            return hit
        return None

    def keys(self) -> set[str]:
        return set(self.loose) | set(self.strict)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country row, in file order."""
    return tuple(
        Country(
            name=row["name"].strip(),
            iso3=row["iso3"].strip(),
            aliases=_split(row.get("aliases")),
            capitals=_split(row.get("capital")),
            demonyms=_split(row.get("demonyms")),
            seats=_split(row.get("seats")),
        )
        for row in load_table("countries")
    )


@lru_cache(maxsize=1)
def organizations() -> tuple[Organization, ...]:
    """Every organisation row, in file order."""
    return tuple(
        Organization(
            name=row["name"].strip(),
            acronym=row["acronym"].strip(),
            kind=(row.get("kind") or ORGANIZATION).strip() or ORGANIZATION,
            aliases=_split(row.get("aliases")),
        )
        for row in load_table("organizations")
    )


@lru_cache(maxsize=1)
def _indexes() -> dict[str, _Index]:
    indexes = {kind: _Index() for kind in (COUNTRY, CAPITAL, DEMONYM, SEAT, ORGANIZATION)}
    for country in countries():
        for alias in (country.name, *country.aliases):
            indexes[COUNTRY].add(alias, Match(COUNTRY, country.name))
        for capital in country.capitals:
            indexes[CAPITAL].add(capital, Match(CAPITAL, country.name))
        for demonym in country.demonyms:
            indexes[DEMONYM].add(demonym, Match(DEMONYM, country.name))
        for seat in country.seats:
            indexes[SEAT].add(seat, Match(SEAT, country.name))
    for org in organizations():
        match = Match(ORGANIZATION, org.name, org.acronym)
        for alias in (org.name, org.acronym, *org.aliases):
            indexes[ORGANIZATION].add(alias, match)
    return indexes


@lru_cache(maxsize=LOOKUP_CACHE)
def _country_match(kind: str, name: str) -> str | None:
    match = _indexes()[kind].get(name)
    return match.canonical if match else None


def country_of(name: str) -> str | None:
    """Canonical country for a country name, alias, official name or acronym.

    ``DPRK``, ``the Democratic People’s Republic of Korea``, ``North Korea's`` -> ``North Korea``.
    Capitals, demonyms and seats are not countries: use the functions below (or :func:`resolve`).
    """
    return _country_match(COUNTRY, name)


def capital_of(name: str) -> str | None:
    """Country whose capital this is: ``Pyongyang`` -> ``North Korea``, ``Washington, DC`` -> ``United States``."""
    return _country_match(CAPITAL, name)


def demonym_country(word: str) -> str | None:
    """Country of a nationality word: ``Russian`` -> ``Russia``; plurals too (``North Koreans``)."""
    hit = _country_match(DEMONYM, word)
    if hit is None and word:
        stripped = _clean(word)
        if stripped.lower().endswith("s"):
            hit = _country_match(DEMONYM, stripped[:-1])
    return hit


def seat_country(name: str) -> str | None:
    """Country a seat-of-government metonym belongs to: ``the Kremlin`` -> ``Russia``."""
    return _country_match(SEAT, name)


@lru_cache(maxsize=LOOKUP_CACHE)
def organization_of(name: str) -> tuple[str, str] | None:
    """``(canonical name, acronym)`` of an organisation: ``UN``, ``U.N.``, ``United Nations`` ->
    ``("United Nations", "UN")``. Acronyms in capitals only match capitalised input (``WHO``, not ``who``)."""
    match = _indexes()[ORGANIZATION].get(name)
    return (match.canonical, match.acronym) if match else None


def is_place_name(name: str) -> bool:
    """True for a country name/alias or a capital city."""
    return country_of(name) is not None or capital_of(name) is not None


def resolve(name: str) -> Match | None:
    """First match across kinds, in the order country, organisation, capital, seat, demonym."""
    for kind in (COUNTRY, ORGANIZATION, CAPITAL, SEAT, DEMONYM):
        match = _indexes()[kind].get(name)
        if match is not None:
            return match
    if demonym_country(name):
        return Match(DEMONYM, demonym_country(name))  # type: ignore[arg-type]
    return None


def country_names() -> tuple[str, ...]:
    """Canonical names of every country in the gazetteer."""
    return tuple(country.name for country in countries())


def country_by_name(name: str) -> Country | None:
    """The full :class:`Country` record for any country name or alias."""
    canonical = country_of(name)
    if canonical is None:
        return None
    return next(c for c in countries() if c.name == canonical)


__all__ = [
    "CAPITAL", "COUNTRY", "DEMONYM", "ORGANIZATION", "SEAT",
    "Country", "Match", "Organization",
    "capital_of", "countries", "country_by_name", "country_names", "country_of",
    "demonym_country", "is_place_name", "normalize", "organization_of", "organizations",
    "resolve", "seat_country",
]
