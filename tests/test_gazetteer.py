"""Tests for the world-wide gazetteer (briefgen.gazetteer and its TSV data)."""
from __future__ import annotations

from collections import defaultdict

import pytest

from briefgen import gazetteer as gz
from briefgen.gazetteer import (
    capital_of,
    country_of,
    demonym_country,
    is_place_name,
    normalize,
    organization_of,
    seat_country,
)

# --- normalize -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("U.S.", "us"),
        ("U.S.A.", "usa"),
        ("  North   Korea ", "north korea"),
        ("North Korea's", "north korea"),
        ("North Korea’s", "north korea"),
        ("the Democratic People’s Republic of Korea", "democratic people's republic of korea"),
        ("The Kremlin", "kremlin"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Washington, D.C.", "washington dc"),
        ("Élysée", "elysee"),
        ("Bahamas'", "bahamas"),
        ("Trinidad & Tobago", "trinidad and tobago"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent() -> None:
    for raw in ["U.S.", "the Democratic People’s Republic of Korea", "Côte d’Ivoire", "N'Djamena"]:
        once = normalize(raw)
        assert normalize(once) == once


# --- country_of ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("North Korea", "North Korea"),
        ("DPRK", "North Korea"),
        ("D.P.R.K.", "North Korea"),
        ("the Democratic People’s Republic of Korea", "North Korea"),
        ("Democratic People's Republic of Korea", "North Korea"),
        ("North Korea's", "North Korea"),
        ("North Korea’s", "North Korea"),
        ("Republic of Korea", "South Korea"),
        ("ROK", "South Korea"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("U.S.A.", "United States"),
        ("America", "United States"),
        ("the United States", "United States"),
        ("United States of America", "United States"),
        ("U.S.'s", "United States"),
        ("UK", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("Britain's", "United Kingdom"),
        ("Russian Federation", "Russia"),
        ("PRC", "China"),
        ("People's Republic of China", "China"),
        ("Republic of China", "Taiwan"),
        ("Taiwan", "Taiwan"),
        ("UAE", "United Arab Emirates"),
        ("the Netherlands", "Netherlands"),
        ("Holland", "Netherlands"),
        ("Burma", "Myanmar"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Côte d’Ivoire", "Ivory Coast"),
        ("Cote d'Ivoire", "Ivory Coast"),
        ("Viet Nam", "Vietnam"),
        ("Syrian Arab Republic", "Syria"),
        ("Islamic Republic of Iran", "Iran"),
        ("DRC", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("Holy See", "Vatican City"),
        ("State of Palestine", "Palestine"),
        ("Kosovo", "Kosovo"),
        ("Georgia", "Georgia"),
        ("Jordan", "Jordan"),
        ("Chad", "Chad"),
        ("NORTH KOREA", "North Korea"),
        ("the Bahamas", "Bahamas"),
        ("Gambia", "Gambia"),
    ],
)
def test_country_of(name: str, expected: str) -> None:
    assert country_of(name) == expected


@pytest.mark.parametrize(
    "name",
    ["us", "Us", "USSR", "Congo", "Korea", "Moscow", "Russian", "Kremlin", "Texas", "", "   ", "Russ", "AUS"],
)
def test_country_of_rejects(name: str) -> None:
    assert country_of(name) is None


def test_lookup_is_whole_name_only() -> None:
    assert country_of("USAID") is None
    assert country_of("US officials") is None
    assert country_of("Chadwick") is None


# --- capital_of ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pyongyang", "North Korea"),
        ("Seoul", "South Korea"),
        ("Washington", "United States"),
        ("Washington, DC", "United States"),
        ("Washington, D.C.", "United States"),
        ("Washington D.C.", "United States"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Beijing", "China"),
        ("Tehran", "Iran"),
        ("Damascus", "Syria"),
        ("Hanoi", "Vietnam"),
        ("Taipei", "Taiwan"),
        ("London's", "United Kingdom"),
        ("N’Djamena", "Chad"),
        ("Brasilia", "Brazil"),
        ("Brasília", "Brazil"),
    ],
)
def test_capital_of(name: str, expected: str) -> None:
    assert capital_of(name) == expected


def test_capital_of_rejects_countries() -> None:
    assert capital_of("Russia") is None
    assert capital_of("Victoria") is None  # deliberately omitted: ambiguous


# --- demonym_country -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Russian", "Russia"),
        ("Russians", "Russia"),
        ("North Korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("South Korean", "South Korea"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("British", "United Kingdom"),
        ("Chinese", "China"),
        ("Swiss", "Switzerland"),
        ("Filipinos", "Philippines"),
        ("Saudi", "Saudi Arabia"),
        ("Emirati", "United Arab Emirates"),
        ("Dutch", "Netherlands"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("Sudanese", "Sudan"),
        ("South Sudanese", "South Sudan"),
        ("Palestinian", "Palestine"),
        ("Palestinians", "Palestine"),
    ],
)
def test_demonym_country(word: str, expected: str) -> None:
    assert demonym_country(word) == expected


@pytest.mark.parametrize("word", ["Korean", "Congolese", "Russia", "Moscow", ""])
def test_demonym_country_rejects(word: str) -> None:
    assert demonym_country(word) is None


# --- seat_country ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Kremlin", "Russia"),
        ("Kremlin", "Russia"),
        ("The White House", "United States"),
        ("White House", "United States"),
        ("the Pentagon", "United States"),
        ("State Department", "United States"),
        ("Capitol Hill", "United States"),
        ("Downing Street", "United Kingdom"),
        ("No. 10", "United Kingdom"),
        ("Whitehall", "United Kingdom"),
        ("Élysée", "France"),
        ("Elysee", "France"),
        ("the Elysée Palace", "France"),
        ("Blue House", "South Korea"),
        ("Zhongnanhai", "China"),
        ("Kremlin's", "Russia"),
    ],
)
def test_seat_country(name: str, expected: str) -> None:
    assert seat_country(name) == expected


def test_seat_is_not_a_country_or_place() -> None:
    assert country_of("White House") is None
    assert not is_place_name("Kremlin")


# --- organization_of -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UN", ("United Nations", "UN")),
        ("U.N.", ("United Nations", "UN")),
        ("United Nations", ("United Nations", "UN")),
        ("the United Nations", ("United Nations", "UN")),
        ("UN's", ("United Nations", "UN")),
        ("UN Security Council", ("United Nations Security Council", "UNSC")),
        ("EU", ("European Union", "EU")),
        ("European Union", ("European Union", "EU")),
        ("NATO", ("NATO", "NATO")),
        ("Nato", ("NATO", "NATO")),
        ("North Atlantic Treaty Organization", ("NATO", "NATO")),
        ("IAEA", ("International Atomic Energy Agency", "IAEA")),
        ("WHO", ("World Health Organization", "WHO")),
        ("World Health Organisation", ("World Health Organization", "WHO")),
        ("IMF", ("International Monetary Fund", "IMF")),
        ("OPEC", ("OPEC", "OPEC")),
        ("Opec", ("OPEC", "OPEC")),
        ("OPEC+", ("OPEC+", "OPEC+")),
        ("G7", ("Group of Seven", "G7")),
        ("G-7", ("Group of Seven", "G7")),
        ("G20", ("Group of Twenty", "G20")),
        ("African Union", ("African Union", "AU")),
        ("ASEAN", ("ASEAN", "ASEAN")),
        ("Association of Southeast Asian Nations", ("ASEAN", "ASEAN")),
    ],
)
def test_organization_of(name: str, expected: tuple[str, str]) -> None:
    assert organization_of(name) == expected


@pytest.mark.parametrize("name", ["who", "un", "eu", "Russia", "UNITED", ""])
def test_organization_of_rejects(name: str) -> None:
    assert organization_of(name) is None


# --- is_place_name / resolve -----------------------------------------------------------------

def test_is_place_name() -> None:
    assert is_place_name("Russia")
    assert is_place_name("DPRK")
    assert is_place_name("Pyongyang")
    assert is_place_name("Washington, DC")
    assert not is_place_name("Russian")
    assert not is_place_name("United Nations")
    assert not is_place_name("Barack Obama")


def test_resolve() -> None:
    assert gz.resolve("Moscow") == gz.Match("capital", "Russia")
    assert gz.resolve("the Kremlin") == gz.Match("seat", "Russia")
    assert gz.resolve("UN") == gz.Match("organization", "United Nations", "UN")
    assert gz.resolve("Americans") == gz.Match("demonym", "United States")
    assert gz.resolve("nothing here") is None


# --- data integrity --------------------------------------------------------------------------

def test_country_table_shape() -> None:
    rows = gz.countries()
    names = [c.name for c in rows]
    assert len(rows) >= 197
    assert len(set(names)) == len(names)
    iso3 = [c.iso3 for c in rows]
    assert len(set(iso3)) == len(iso3)
    assert all(len(code) == 3 and code.isupper() for code in iso3)
    for required in ["United States", "Russia", "North Korea", "South Korea", "China", "United Kingdom",
                     "Iran", "Syria", "Vietnam", "Taiwan", "Kosovo", "Palestine", "Vatican City"]:
        assert required in names
    for country in rows:
        assert country.capitals or country.name == "Seychelles", country.name


def _owners(kinds: tuple[str, ...]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for country in gz.countries():
        values: list[str] = []
        if "country" in kinds:
            values += [country.name, *country.aliases]
        if "capital" in kinds:
            values += list(country.capitals)
        if "demonym" in kinds:
            values += list(country.demonyms)
        if "seat" in kinds:
            values += list(country.seats)
        for value in values:
            owners[normalize(value)].add(country.name)
    return owners


@pytest.mark.parametrize("kinds", [("country",), ("capital",), ("demonym",), ("seat",),
                                   ("country", "capital", "demonym", "seat")])
def test_no_name_maps_to_two_countries(kinds: tuple[str, ...]) -> None:
    clashes = {key: owners for key, owners in _owners(kinds).items() if len(owners) > 1}
    assert clashes == {}


def test_every_alias_resolves_to_its_own_row() -> None:
    for country in gz.countries():
        for alias in (country.name, *country.aliases):
            assert country_of(alias) == country.name, alias
        for capital in country.capitals:
            assert capital_of(capital) == country.name, capital
        for demonym in country.demonyms:
            assert demonym_country(demonym) == country.name, demonym
        for seat in country.seats:
            assert seat_country(seat) == country.name, seat


def test_organizations_unique_and_self_resolving() -> None:
    orgs = gz.organizations()
    owners: dict[str, set[str]] = defaultdict(set)
    for org in orgs:
        assert org.kind == "organization"
        for alias in (org.name, org.acronym, *org.aliases):
            owners[normalize(alias)].add(org.name)
            assert organization_of(alias) == (org.name, org.acronym), alias
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    # no organisation name is also a country name
    country_keys = _owners(("country",))
    assert set(owners) & set(country_keys) == set()


def test_data_ships_in_package() -> None:
    from briefgen.lexicons import GAZETTEER_DIR

    assert GAZETTEER_DIR.parent.name == "data"
    assert GAZETTEER_DIR.parent.parent.name == "briefgen"
    header = (GAZETTEER_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header == ["name", "iso3", "aliases", "capital", "demonyms", "seats"]
