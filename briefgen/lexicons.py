"""Trigger lexicons: plain word lists in ``briefgen/data/*.txt`` that users can extend.

A lexicon file holds one lower-case word or phrase per line; ``#`` starts a comment. Extra folders
given to :func:`add_lexicon_dir` are read too, so a user extends a list without editing the package.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
_extra_dirs: list[Path] = []


def add_lexicon_dir(path: Path) -> None:
    """Read ``NAME.txt`` files in ``path`` as additions to the shipped lexicons."""
    if path not in _extra_dirs:
        _extra_dirs.append(path)
        load_lexicon.cache_clear()


def _read_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return words


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """The words of lexicon ``name``: the shipped file plus any user additions."""
    words = _read_words(DATA_DIR / f"{name}.txt")
    for folder in _extra_dirs:
        extra = folder / f"{name}.txt"
        if extra.is_file():
            words |= _read_words(extra)
    return frozenset(words)


def extra_lexicon_fingerprint() -> str:
    """A hash of the user's lexicon additions, so a changed word list changes cached briefs."""
    import hashlib

    digest = hashlib.sha256()
    for folder in _extra_dirs:
        for path in sorted(folder.glob("*.txt")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
