"""The sanctions section: every sanction imposed, threatened, in force, allegedly violated or evaded.

Triggers come from the ``sanction_*`` lexicons (:mod:`.triggers`, :mod:`.status`);
the parse gives the imposer (subject, or the ``by`` agent of a passive), the target (object, passive
subject, an ``on``/``against`` phrase) (:mod:`.parties`), the measure, the reason (``for…``,
``accused of…``) and the date (a DATE entity attached to the same predicate, resolved against the
article's publication date) (:mod:`.events`). Imposers and targets resolve to canonical
actors through the actors section's :class:`ActorIndex`. The same sanction told by several sources
is one item citing all of them (:mod:`.merge`).

``imposer`` is always who imposes, or would impose or lift, the measure. For a lifting done or offered
(``lifted``, ``lift-proposed``) that is who lifts; for a measure or lifting asked for (``demanded``,
``sought``, ``lift-demanded``) it is the party asked ("Petrobras has asked the Army to withdraw the
troops": the Army), and ``demanded_by`` names who asks; for ``lift-opposed`` ("Washington and Paris
oppose lifting the embargo") ``opposed_by`` names who opposes. A sanction noun is never a party.
"""
from __future__ import annotations

from briefgen.model.items import Sanction
from briefgen.sections.context import Context
from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.events import read_document
from briefgen.sections.sanctions.merge import merge, sort_key
from briefgen.sections.sanctions.told_before import (  # targets first: an imposer is inherited for a target
    imposers_by_teller, inherit_imposers, inherit_targets)


def extract_sanctions(context: Context, options) -> list[Sanction]:
    """Every sanction of the story sentences, merged across sources, in status and date order."""
    index = context.actor_index
    events: list[Event] = []
    for document in context.documents:
        events.extend(inherit_imposers(inherit_targets(read_document(document, index))))
    events = imposers_by_teller(events)  # across sources: who else names the teller as the imposer
    events = sorted(merge(events), key=sort_key)[: options.max_items]
    return [
        Sanction(status=e.status, imposer=e.imposer, target=e.target, measure=e.measure, reason=e.reason,
                 demanded_by=e.asker if e.status != "lift-opposed" else None,
                 opposed_by=e.asker if e.status == "lift-opposed" else None,
                 condition=e.condition, amount=e.amount, date=e.date, text=e.text, citations=e.citations,
                 support=len(e.sources))
        for e in events
    ]
