"""Key points (bottom line up front): the best corroborated facts across the other sections.

The rule, in one sentence: items with the most supporting sources first, then by section weight
(sanctions > asks and offers > timeline; conflicts have their own section and are not corroboration), then the most recent date, skipping an item
whose citations are all already cited by a chosen point. Each line is the item's own text; a line
that stands alone is preferred to one that opens mid-clause or on a pronoun ("it may take legal
action", "the war that started …"), which fills the list only when too few others remain.
"""
from __future__ import annotations

import datetime as dt

from briefgen.model.items import KeyPoint
from briefgen.sections.context import Context
from briefgen.sections.registry import key_point_weights

#: Words a line cannot open with and still say whom it is about.
OPENING_PRONOUNS = ("it", "its", "they", "their", "he", "his", "she", "her", "this", "these", "that", "those", "we")


def stands_alone(text: str) -> bool:
    """The line opens as a sentence does, on a capital, and not on a pronoun."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first[:1].isupper() and first.lower().strip("\"“'‘") not in OPENING_PRONOUNS


def _date_of(item) -> dt.date:
    date = getattr(item, "date", None)
    return date.end if date is not None else dt.date.min


def candidates(context: Context) -> list[tuple[str, object]]:
    """Every item with a line of text and citations, from the weighted sections."""
    found = []
    for section in key_point_weights():
        for item in context.items.get(section) or []:
            if getattr(item, "text", None) and item.citations and getattr(item, "kind", "") != "none":
                found.append((section, item))
    return found


def extract_key_points(context: Context, options) -> list[KeyPoint]:
    """The ``count`` best corroborated items, one cited line each."""
    count = options.count
    weights = key_point_weights()
    ranked = sorted(
        candidates(context),
        key=lambda pair: (-pair[1].support, -weights[pair[0]], -_date_of(pair[1]).toordinal(), pair[1].text),
    )
    points: list[KeyPoint] = []
    cited: set[tuple[str, int]] = set()
    for alone in (True, False):
        for section, item in ranked:
            keys = {(c.source, c.sentence) for c in item.citations}
            if len(points) == count or keys <= cited or stands_alone(item.text) != alone:
                continue
            points.append(KeyPoint(text=item.text, section=section, citations=item.citations, support=item.support))
            cited |= keys
    return points
