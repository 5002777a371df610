"""Imposers a source has already named: "In imposing two-year suspensions on the duo, the IAAF …"
then "Kenteris and Thanou have been suspended" — the later, agentless telling is the IAAF's
suspension, and cites the sentence that names it. Only within one source, only for a measure taken
(a threat or plan is someone's words: "further sanctions on Russia would depend on …", said by
another official than the one who threatened them before), and only when the source names exactly
one imposer of the same kind of measure on the same target; else the imposer stays empty, never
guessed from a nearby name. Other sources are not read: each has its own rounds and speakers.
"""
from __future__ import annotations

from briefgen.model.citations import citation_key
from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.merge import measure_head

#: Statuses of a measure taken, whose imposer is the one who acted on the target.
ACTING = ("imposed", "reimposed", "expanded", "extended", "existing", "suspended", "eased", "lifted")


def same_target(a: Event, b: Event) -> bool:
    """Both tellings name the same target: the same actor, or the same head word."""
    return a.target is not None and b.target is not None and (a.target == b.target or a.target_head == b.target_head)


def inherit_imposers(events: list[Event]) -> list[Event]:
    """Fill the empty imposer of each event from the source's other tellings of that measure on
    that target, when they name one imposer; the naming sentence is cited beside the event's own."""
    for event in events:
        if event.imposer is not None or event.target is None or event.status not in ACTING:
            continue
        named = [e for e in events if e is not event and e.imposer is not None and e.status in ACTING
                 and measure_head(e) == measure_head(event) and same_target(e, event)]
        imposers = {e.imposer for e in named}
        if len(imposers) != 1:
            continue
        event.imposer = imposers.pop()
        own = {(c.source, c.sentence) for c in event.citations}
        event.citations = sorted([*event.citations, *(c for c in named[0].citations if (c.source, c.sentence) not in own)],
                                 key=citation_key)
        event.sources |= named[0].sources
    return events
