"""Imposers and targets a source has already named: "In imposing two-year suspensions on the duo, the IAAF …"
then "Kenteris and Thanou have been suspended" — the later, agentless telling is the IAAF's
suspension, and cites the sentence that names it; so is who overturned a measure ("… but the decision
was overturned", after "an independent tribunal … overturned the provisional ban"). Only within one
source, only for a measure taken or undone (a threat or plan is someone's words: "further sanctions on Russia would depend on …", said by
another official than the one who threatened them before), and only when the source names exactly
one imposer of the same kind of measure on the same target; else the imposer stays empty, never
guessed from a nearby name. Other sources are not read: each has its own rounds and speakers.
"""
from __future__ import annotations

import re

from briefgen.model.citations import citation_key
from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.lexicons import count_nouns
from briefgen.sections.sanctions.merge import measure_kind

#: Statuses of a measure taken, whose imposer is the one who acted on the target.
ACTING = ("imposed", "reimposed", "expanded", "extended", "existing", "suspended", "eased", "lifted")




def named_count(target: str) -> int:
    """How many parties a target names ("Kostas Kenteris and Katerina Thanou": 2)."""
    return len([p for p in target.replace(" and ", ", ").split(", ") if p.strip()])


def same_target(a: Event, b: Event) -> bool:
    """Both tellings name the same target: the same actor, or the same head word, or a count noun
    and that many named parties ("Kostas Kenteris and Katerina Thanou are yet to respond to doping
    charges from the IAAF. The Greek pair were charged …")."""
    if a.target is None or b.target is None:
        return False
    if a.target == b.target or a.target_head == b.target_head:
        return True
    for described, named in ((a, b), (b, a)):
        count = count_nouns().get(described.target_head or "")
        if count and named_count(named.target) == count and (named.target_head or "") not in count_nouns():
            return True
    return False


def cite_beside(event: Event, naming: Event) -> None:
    """Cite the sentences of the telling that names what ``event`` takes from it, beside its own."""
    own = {(c.source, c.sentence) for c in event.citations}
    event.citations = sorted([*event.citations, *(c for c in naming.citations if (c.source, c.sentence) not in own)],
                             key=citation_key)
    event.sources |= naming.sources


def inherit_imposers(events: list[Event]) -> list[Event]:
    """Fill the empty imposer of each event from the source's other tellings of that measure on
    that target, when they name one imposer; the naming sentence is cited beside the event's own."""
    for event in events:
        if event.imposer is not None or event.target is None or event.status not in (*ACTING, "overturned"):
            continue
        acts = ACTING if event.status in ACTING else (event.status,)  # who overturned, only who overturned
        named = [e for e in events if e is not event and e.imposer is not None and e.status in acts
                 and measure_kind(e) == measure_kind(event) and same_target(e, event)]
        imposers = {e.imposer for e in named}
        if len(imposers) != 1:
            continue
        event.imposer = imposers.pop()
        cite_beside(event, named[0])
    return events


def described(event: Event) -> bool:
    """A target told only by a definite description, no name of its own ("the independent tribunal
    overturned those bans, clearing the sprinters")."""
    target = event.target or ""
    return target == target.lower() and re.search(rf"\b(?:the|those|these|both) {re.escape(target)}\b", event.text,
                                                   re.IGNORECASE) is not None


def names_for(named: Event, described_event: Event) -> bool:
    """A telling's target names the parties a description stands for: named, and as many (a plural
    description, at least two)."""
    target = named.target or ""
    return target != target.lower() and (named_count(target) >= 2) == described_event.target.endswith("s")


#: Statuses that undo or contest a measure: their target is the measure's ("overturned the bans").
UNDOING = ("overturned", "lifted", "suspended", "eased", "appealed")


def inherit_targets(events: list[Event]) -> list[Event]:
    """Fill the empty target of a measure undone ("the Greek Athletics Federation tribunal has
    overturned the bans"), or one told by a description ("clearing the sprinters"), from the nearest
    telling before it, in the source, of that kind of measure imposed ("The duo had been
    provisionally suspended by the IAAF"; "Kenteris … and Thanou were suspended by the IAAF last
    December"); the naming sentence is cited beside the event's own. Told before, as a definite "the bans" points back; the nearest, since a
    later telling or a farther one may be another party's ban."""
    for event in events:
        if event.status not in UNDOING or event.target is not None and not described(event):
            continue
        here = event.citations[0].sentence
        named = [e for e in events if e is not event and e.target is not None and e.status in ("imposed", "existing")
                 and measure_kind(e) == measure_kind(event) and e.citations[0].sentence < here
                 and (event.target is None or names_for(e, event))]
        nearest = [e for e in named if e.citations[0].sentence == max(n.citations[0].sentence for n in named)]
        if not nearest or len({e.target for e in nearest}) != 1:
            continue
        source = nearest[0]
        event.target, event.target_head = source.target, source.target_head
        cite_beside(event, source)
    return events


def imposers_by_teller(events: list[Event]) -> list[Event]:
    """An agentless measure taken, told in the words of a party ("It added that Kenteris and Thanou had
    been 'provisionally suspended pending the resolution of their cases'", the IAAF speaking), is that
    party's when a telling of any source names it as the imposer of that kind of measure on that
    target; the sentences naming the teller and the imposer are cited beside. Never the teller alone:
    "Yukos said its unit had been seized" is not Yukos's seizure."""
    for event in events:
        if event.imposer is not None or event.teller is None or event.target is None or event.status not in ACTING:
            continue
        named = [e for e in events if e is not event and e.imposer == event.teller and e.status in ACTING
                 and measure_kind(e) == measure_kind(event) and same_target(e, event)]
        if not named:
            continue
        event.imposer = event.teller
        event.citations = sorted([*event.citations, *event.teller_cites], key=citation_key)
        cite_beside(event, named[0])
    return events
