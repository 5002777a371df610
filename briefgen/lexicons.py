"""Word lists and reference tables: plain files users can extend, read by one loader.

One line grammar for every file: one entry per line, ``#`` starts a comment, blank lines are
skipped; a word list (``NAME.txt``) holds lower-case words or phrases (``left = right`` pairs are
entries too), a reference table (``NAME.tsv``) tab-separated cells under a header line.

Where they live: a section's own word lists in ``briefgen/sections/<name>/data/``, lists several
sections use in ``briefgen/data/shared/``, reference tables (countries, organisations, nicknames) in
``briefgen/data/gazetteer/``. A word list is found by its name in those folders (a name is never in
two of them). A user's lexicon folder (config key ``lexicons``, :func:`use_lexicon_dirs`) adds
to the shipped lists: ``NAME.txt`` there extends the shipped ``NAME.txt``.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
SHARED_DIR = PACKAGE_DIR / "data" / "shared"
GAZETTEER_DIR = PACKAGE_DIR / "data" / "gazetteer"
_extra_dirs: list[Path] = []
_derived: list = []  # caches computed from word lists, cleared when the user's folders change


def lexicon_cache(function):
    """``functools.cache`` for a function computed from word lists: cleared with the lexicon
    caches when the user's lexicon folders change, so no rule keeps a stale list."""
    cached = cache(function)
    _derived.append(cached)
    return cached


def lexicon_dirs() -> list[Path]:
    """The shipped word-list folders: shared first, then each section's, by section name."""
    return [SHARED_DIR, *sorted(p for p in (PACKAGE_DIR / "sections").glob("*/data") if p.is_dir())]


def use_lexicon_dirs(paths: list[Path]) -> None:
    """Read ``NAME.txt`` files in ``paths`` as additions to the shipped lexicons (replacing any
    folders set before): the config's ``lexicons`` folder, for one build."""
    paths = [Path(p) for p in paths]
    if paths != _extra_dirs:
        _extra_dirs[:] = paths
        for cached in _derived:
            cached.cache_clear()


def entries(path: Path) -> list[str]:
    """The entries of a file in the one line grammar, stripped, in file order."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            found.append(line)
    return found


@cache
def shipped_lexicon(name: str) -> Path:
    """The shipped file of word list ``name``; a name in no folder, or in two, is an error."""
    found = [folder / f"{name}.txt" for folder in lexicon_dirs() if (folder / f"{name}.txt").is_file()]
    if len(found) != 1:
        where = ", ".join(str(p.relative_to(PACKAGE_DIR)) for p in found) or "no lexicon folder"
        raise LookupError(f"word list '{name}' must be shipped exactly once (found in: {where})")
    return found[0]


@lexicon_cache
def load_lexicon(name: str) -> frozenset[str]:
    """The words of lexicon ``name``, lower-cased: the shipped file plus any user additions."""
    words = {entry.lower() for entry in entries(shipped_lexicon(name))}
    for folder in _extra_dirs:
        extra = folder / f"{name}.txt"
        if extra.is_file():
            words |= {entry.lower() for entry in entries(extra)}
    return frozenset(words)


@lexicon_cache
def load_pairs(name: str) -> dict[str, str]:
    """Lexicon ``name`` as {word: what it stands for}: a line "walkout => strike" maps a word, a
    line of one word maps it to itself."""
    table = {}
    for line in sorted(load_lexicon(name)):
        word, _, meant = line.partition("=>")
        table[word.strip()] = meant.strip() or word.strip()
    return table


@lexicon_cache
def load_groups(name: str) -> dict[str, str]:
    """Lexicon ``name`` as {word: its group's first word}: a line "offer bid takeover tender" makes
    "bid" stand for "offer"."""
    table = {}
    for line in sorted(load_lexicon(name)):
        first, *rest = line.split()
        for word in [first, *rest]:
            table.setdefault(word, first)
    return table


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of reference table ``NAME.tsv`` as dicts keyed by its header (missing cells are "")."""
    lines = entries(GAZETTEER_DIR / f"{name}.tsv")
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({key: (cells[i] if i < len(cells) else "") for i, key in enumerate(header)})
    return tuple(rows)


def extra_lexicon_fingerprint() -> str:
    """A hash of the user's lexicon additions, so a changed word list changes cached briefs."""
    digest = hashlib.sha256()
    for folder in _extra_dirs:
        for path in sorted(folder.glob("*.txt")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
