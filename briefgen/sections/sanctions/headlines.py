"""Imposers a headline names for its lead: "Greek sprinters suspended by IAAF" over "Greek sprinters
Kostas Kenteris and Katerina Thanou have been suspended after failing to take drugs tests …" — the
lead's agentless suspension is the IAAF's, as the headline above it says.

A headline is not an item of its own (the body tells the measure whole), but it is the article's own
statement of who did what. Only the article's first story sentence takes an imposer from it, only
from a headline that names exactly one imposer of the same kind of measure, and only when the lead's
line repeats the headline's target ("sprinters"); the headline is cited beside the lead.
"""
from __future__ import annotations

import re

from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.merge import measure_kind
from briefgen.sections.sanctions.told_before import ACTING, cite_beside


def imposers_from_headline(events: list[Event], headline_events: list[Event], lead: int | None) -> list[Event]:
    """Fill the empty imposer of a measure taken in the lead sentence (index ``lead``) from the one
    headline telling that names an imposer of that kind of measure on a target the lead repeats."""
    if lead is None:
        return events
    for event in events:
        if event.imposer is not None or event.status not in ACTING or event.citations[0].sentence != lead:
            continue
        line = event.citations[0].quote
        named = [h for h in headline_events if h.imposer is not None and h.status in ACTING
                 and measure_kind(h) == measure_kind(event) and h.target_head
                 and re.search(rf"\b{re.escape(h.target_head)}", line, re.IGNORECASE)]
        if len({h.imposer for h in named}) != 1:
            continue
        event.imposer = named[0].imposer
        cite_beside(event, named[0])
    return events
