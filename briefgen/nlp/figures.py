"""Figures as news writes them — "$27bn", "2.3 billion dlrs", "9.4 pct", "roughly 1,000-kilometer",
"more than 1,000" — read into a value, the step it is stated to, its unit and its bound, so two
figures can be compared without calling a rounding a disagreement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.lexicons import lexicon_cache, load_lexicon

NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s*-?\s*([a-z]+))?", re.IGNORECASE)
SPELLED_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
PERCENT_WORDS = ("%", "pct", "per cent", "percent")
#: Signs the parser often leaves outside a sum's entity ("$" + "27.5bn").
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})


@dataclass(frozen=True)
class Figure:
    """One stated figure: ``value`` to within ``step`` (the last digit given), in ``unit``;
    ``bound`` is "min" for "more than 27bn", "max" for "up to 800", else None."""

    value: float
    step: float
    unit: str  # "percent", "count", a currency code or a unit of measure
    bound: str | None = None

    def agrees(self, other: Figure) -> bool:
        """Whether the two can be the same figure: equal to the coarser step ("27bn" and "27.5bn"
        are not; "2,180,608" and "2.18 million" are), or one a bound the other lies within."""
        if self.unit != other.unit:
            return False
        if self.bound or other.bound:
            for bounded, plain in ((self, other), (other, self)):
                if bounded.bound == "min" and plain.value >= bounded.value:
                    return True
                if bounded.bound == "max" and plain.value <= bounded.value:
                    return True
            return bool(self.bound and other.bound)  # two bounds: nothing says they disagree
        half = max(self.step, other.step) / 2  # "27bn" may be 26.5bn to 27.49bn: 27.5bn lies outside
        return abs(self.value - other.value) < half * (1 - 1e-9)


@lexicon_cache
def _scales() -> dict[str, float]:
    table = dict(SPELLED_SCALES)
    for line in load_lexicon("figure_scales"):
        word, factor = line.split()
        table[word] = float(factor)
    return table


@lexicon_cache
def _units() -> dict[str, str]:
    table = {}
    for line in load_lexicon("figure_units"):
        unit, *words = line.split()
        for word in words + [unit]:
            table[word] = unit
    return table


def unit_of(word: str) -> str | None:
    """The unit a word writes ("dlrs" -> "usd", "euro" -> "eur", "km"), or None."""
    return _units().get(word.lower())


def is_scale_word(word: str) -> bool:
    """Whether a word writes a scale ("mln", "billion", "bn")."""
    return word.lower() in _scales()


def is_figure_word(word: str) -> bool:
    """Whether a word writes a scale, a unit or a percentage ("mln", "dlrs", "pct")."""
    return word in _scales() or word in _units() or word in ("pct", "percent", "%")


def read_figure(text: str) -> Figure | None:
    """The figure a number entity states, or None when it holds no number ("dozens")."""
    match = NUMBER.search(text)
    if match is None:
        return None
    digits = match.group(1).replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    step = 10.0 ** -decimals
    low = text.lower()
    rest = low[match.end(1):]
    scales, units = _scales(), _units()
    suffix = (match.group(2) or "").lower()
    words = re.findall(r"[a-z$€£¥]+|[$€£¥%]", low)
    scale = scales.get(suffix) or next((scales[w] for w in re.findall(r"[a-z]+", rest) if w in scales), 1.0)
    value, step = value * scale, step * scale
    if any(w in low for w in PERCENT_WORDS):
        unit = "percent"
    else:
        unit = next((units[w] for w in words if w in units), None) or (units.get(suffix) if suffix else None) or "count"
    bound = None
    head = low[: match.start(1)]
    if re.search(r"\b(more than|over|at least|upwards of|in excess of|above)\s*\W*$", head):
        bound = "min"
    elif re.search(r"\b(less than|under|up to|at most|below|nearly|almost|fewer than)\s*\W*$", head):
        bound = "max"
    return Figure(value=value, step=step, unit=unit, bound=bound)
