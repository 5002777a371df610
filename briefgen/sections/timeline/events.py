"""Merging dated events reported by several sources into one timeline item.

Two events are the same when their date intervals overlap, both are expected or both happened,
and they share an actor and are similarly worded, or are worded almost the same. The
merged item keeps the finest date ('late July' over 'July') and cites every source.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from briefgen.model.citations import Citation, citation_key
from briefgen.model.date import Date
from briefgen.model.items import TimelineEvent

#: Verbs of a bare statement: two rows they head are two things said unless worded alike (an
#: announcement, by contrast, is one act however differently two reports word it).
SAYING = frozenset({"say", "tell", "add"})
# Wording at least this similar (rapidfuzz token-set ratio) counts as the same statement.
SIMILAR_WORDING = 60
SAME_WORDING = 85
# A coarse date ('2012') joins a finer one ('July 2012') only on closer wording: the year may hold
# other events.
SIMILAR_WORDING_ACROSS_GRANULARITY = 75


@dataclass
class Event:
    """One dated event as one source reports it."""

    date: Date
    text: str
    actors: list[str]
    expected: bool
    lemma: str
    citation: Citation
    subject: str = ""
    participants: frozenset[str] = frozenset()  # named actors, singular nouns and declared state of the act
    background: bool = False  # a date of someone's past told in an apposition or relative clause
    who: str | None = None  # whom the line's opening pronoun stands for, named in the sentence before
    leaned: Citation | None = None  # that sentence
    phase: str = ""  # the verb the act is the start or end of ("started distributing" -> "start"), else ""
    unnamed_teller: bool = False  # a telling by no one named ("a source familiar with the trip told Reuters")


def same_event(a: Event, b: Event, either_status: bool = False) -> bool:
    """Overlapping dates, same status (unless ``either_status``), and a shared actor with a similar
    predicate."""
    if (a.expected != b.expected and not either_status) or not a.date.overlaps(b.date):
        return False
    wording = fuzz.token_set_ratio(a.text.lower(), b.text.lower())
    if wording >= SAME_WORDING:
        return True
    if not a.date.text and not b.date.text or a.lemma in SAYING or b.lemma in SAYING:
        return False  # two reports' leads, each dated only by its day, are one event only when worded alike: one
        # actor and some shared words do not make "USAir … said Piedmont … has agreed to be acquired" and "USAir
        # … said it acquired 9.9 pct of Piedmont" one event (audit nd1, timeline-12); nor are two things one
        # person said on one day ("Around 55,000 Ukrainian troops have been killed …, President Volodymyr
        # Zelensky said Wednesday" / "Zelenskyy said on Wednesday that Kyiv expected an exchange of prisoners";
        # timeline audit t3, t-26), nor a statement and another day's event sharing a name and some words
    shared = set(a.actors) & set(b.actors)
    needed = SIMILAR_WORDING if a.date.granularity == b.date.granularity else SIMILAR_WORDING_ACROSS_GRANULARITY
    return bool(shared) and wording >= needed


def _width(date: Date) -> int:
    return (date.end - date.start).days


def _group(events: list[Event]) -> list[list[Event]]:
    """Finest-dated events lead; each other event joins the first group whose lead it matches.

    Comparing with the lead only (not with any member) keeps unrelated events from chaining
    together through a vague one ('last week')."""
    order = sorted(events, key=lambda e: (_width(e.date), e.date.start, citation_key(e.citation)))
    groups: list[list[Event]] = []
    for event in order:
        for group in groups:
            if same_event(group[0], event):
                group.append(event)
                break
        else:
            groups.append([event])
    return groups


def happened(groups: list[list[Event]]) -> list[list[Event]]:
    """The groups without the plans another telling says took place: "Ukrainian and Russian negotiators
    are scheduled to meet in Abu Dhabi … on Wednesday" once "A new round of peace talks began in Abu
    Dhabi on Wednesday" is told. Leads are compared, as in grouping: not every plan with every deed."""
    done = [g[0] for g in groups if not g[0].expected]
    return [g for g in groups if not (g[0].expected and any(
        same_event(g[0], d, either_status=True) or same_deed(g[0], d) for d in done))]


#: Verbs too light to say which deed a plan was ("are due to be …", "will have …").
LIGHT_LEMMAS = SAYING | {"be", "have", "do", "make", "take", "get", "go", "come", "hold"}


def same_deed(plan: Event, deed: Event) -> bool:
    """A plan for a day and a telling of that day's deed by its own word, about a shared party:
    "Russian authorities are due to auction off Yuganskneftegas on 19 December" (told before the
    day) and "Baikal was the surprise buyer of … Yukos's main production division at a forced
    auction on Sunday" (19 December) — the auction took place."""
    if plan.date.granularity != "day" or deed.date.granularity != "day" or not plan.date.overlaps(deed.date):
        return False
    if plan.lemma in LIGHT_LEMMAS or len(plan.lemma) < 4 or not set(plan.actors) & set(deed.actors):
        return False
    return any(word.startswith(plan.lemma) for word in deed.text.lower().split())


def merge_events(events: list[Event]) -> list[TimelineEvent]:
    """One TimelineEvent per group of same events, in date order; a plan told as done is shown done."""
    items = []
    for group in happened(_group(events)):
        lead = group[0]
        citations = {(citation_key(e.citation)): e.citation for e in group}
        citations |= {citation_key(lead.leaned): lead.leaned} if lead.leaned is not None else {}
        actors: list[str] = []
        for e in sorted(group, key=lambda e: citation_key(e.citation)):
            actors += [a for a in e.actors if a not in actors]
        items.append(TimelineEvent(
            date=lead.date, text=lead.text, actors=actors, expected=lead.expected,
            background=all(e.background for e in group), who=lead.who,
            citations=[citations[k] for k in sorted(citations)],
            support=len({e.citation.source for e in group}),
        ))
    return sorted(items, key=lambda i: (i.date.start, i.date.end, i.text))
