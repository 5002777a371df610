"""Key points (bottom line up front): the best corroborated facts across the other sections.

The rule, in one sentence: items with the most supporting sources first, then by section weight
(sanctions > asks and offers > timeline; conflicts have their own section and are not corroboration), then the most recent date, skipping an item
whose citations are all already cited by a chosen point. Each line is the item's own text.
"""
from __future__ import annotations

import datetime as dt

from briefgen.model.items import KeyPoint
from briefgen.extract import Context, register

SECTION_WEIGHT = {"sanctions": 3, "asks_offers": 2, "timeline": 1}
DEFAULT_COUNT = 5


def _date_of(item) -> dt.date:
    date = getattr(item, "date", None)
    return date.end if date is not None else dt.date.min


def candidates(context: Context) -> list[tuple[str, object]]:
    """Every item with a line of text and citations, from the weighted sections."""
    found = []
    for section in SECTION_WEIGHT:
        for item in context.results.get(section) or []:
            if getattr(item, "text", None) and item.citations and getattr(item, "kind", "") != "none":
                found.append((section, item))
    return found


@register
class KeyPointsExtractor:
    """The ``count`` (3-6, default 5) best corroborated items, one cited line each."""

    name = "key_points"

    def extract(self, context: Context) -> list[KeyPoint]:
        count = max(1, int(context.options.get("count", DEFAULT_COUNT) or DEFAULT_COUNT))
        ranked = sorted(
            candidates(context),
            key=lambda pair: (-pair[1].support, -SECTION_WEIGHT[pair[0]], -_date_of(pair[1]).toordinal(), pair[1].text),
        )
        points: list[KeyPoint] = []
        cited: set[tuple[str, int]] = set()
        for section, item in ranked:
            keys = {(c.source, c.sentence) for c in item.citations}
            if keys <= cited:
                continue
            points.append(KeyPoint(text=item.text, section=section, citations=item.citations, support=item.support))
            cited |= keys
            if len(points) == count:
                break
        return points
