"""The ``sanction_*`` trigger lexicons of the sanctions section, read as tables.

The word lists live in ``briefgen/sections/sanctions/data`` (users extend them through :mod:`briefgen.lexicons`); a
line "verb => measure" names the measure a trigger stands for.
"""
from __future__ import annotations

from briefgen.lexicons import lexicon_cache, load_lexicon, load_pairs


@lexicon_cache
def lexicon(name: str) -> dict[str, str]:
    """``sanction_<name>`` as {trigger: measure}; a line "verb => measure" names the measure."""
    table = {}
    for line in load_lexicon(f"sanction_{name}"):
        word, _, measure = line.partition("=>")
        table[word.strip()] = measure.strip() or word.strip()
    return table


@lexicon_cache
def noun_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word sanction nouns as lemma tuples, longest first."""
    phrases = {tuple(p.split()) for p in lexicon("nouns")}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@lexicon_cache
def count_nouns() -> dict[str, int]:
    """Nouns that stand for a number of parties named before ("the Greek pair", "the duo"), from the
    shared ``count_nouns`` lexicon: {noun: how many}."""
    return {word.strip(): int(n) for word, _, n in (line.partition("=>") for line in load_lexicon("count_nouns"))}


def measure_kind(word: str) -> str:
    """The kind of measure a noun names, as the shared ``measure_kind_nouns`` lexicon gives it ("suspension"
    is a ban, "levy" a tariff, "walkout" a strike); any other noun is its own kind."""
    return load_pairs("measure_kind_nouns").get(word, word)
