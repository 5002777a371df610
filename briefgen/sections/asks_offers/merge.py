"""Merging of the asks-and-offers section: the same ask told by several sources becomes one item
citing all of them; different asks stay apart.

Two records are the same ask only when kind, party and counterparty agree and what is asked
shares most of its content words (``core``). The line shown is one source's own clause: the
plainest statement of the group (stated before reported), from the earliest source.
"""
from __future__ import annotations

import re

from briefgen.model.citations import source_key
from briefgen.model.items import AskOffer
from briefgen.sections.asks_offers.record import Record

#: Share of content words two wordings of one ask have in common (of the smaller one).
SAME_CORE = 0.6
#: Where what is asked turns to what it is asked from, of, for…
PREPOSITION = re.compile(r"\s(?:from|to|of|in|for|on|with|by|against|over|under|at)\s")
STATUS_RANK = {"stated": 0, "conditional": 1, "withdrawn": 2, "reported": 3}


def same_ask(a: Record, b: Record) -> bool:
    """Whether two records state the same ask: kind, party, counterparty and whether it is
    withdrawn or conditional agree (a bid and its conditions stay two items), and the
    content words of what is asked overlap by ``SAME_CORE`` of the smaller wording (a one-word ask
    only with the same word)."""
    if (a.kind, a.party, a.counterparty, a.status == "withdrawn", a.status == "conditional") != \
            (b.kind, b.party, b.counterparty, b.status == "withdrawn", b.status == "conditional"):
        return False
    if a.text == b.text:
        return True
    if not a.core or not b.core:
        return False
    if min(len(a.core), len(b.core)) == 1:
        return _asks_that_word(*((a, b) if len(a.core) == 1 else (b, a)))
    return len(a.core & b.core) >= SAME_CORE * min(len(a.core), len(b.core))


def _asks_that_word(one: Record, other: Record) -> bool:
    """A one-word ask ("Texaco was forced to seek bankruptcy") is the other's only when the other asks
    that thing ("filed for bankruptcy protection in the US"), not when it names it after a preposition
    ("would seek permission from the bankruptcy court … to pursue the Pennzoil litigation"; audit nd2,
    asks-04: a false "2 of 8 sources")."""
    (word,) = one.core
    return any(word in PREPOSITION.split(item.lower())[0].split() for item in other.items)


def representative(group: list[Record]) -> Record:
    """The record whose line the item shows: stated before reported, then source order."""
    return min(group, key=lambda r: (STATUS_RANK.get(r.status, 9), source_key(r.document.source.id),
                                     r.sentence.index, r.text))


def merge(records: list[Record]) -> list[AskOffer]:
    """One item per distinct ask, citing every sentence that states it."""
    groups: list[list[Record]] = []
    for record in records:
        home = next((g for g in groups if any(same_ask(r, record) for r in g)), None)
        if home is None:
            groups.append([record])
        else:
            home.append(record)
    items = []
    for group in groups:
        first = representative(group)
        cites = {(c.source, c.sentence): c for r in group for c in r.citations}
        citations = [cites[k] for k in sorted(cites, key=lambda k: (source_key(k[0]), k[1]))]
        items.append(AskOffer(
            kind=first.kind, party=first.party, counterparty=first.counterparty, items=first.items,
            status=first.status, condition=first.condition, reported_by=first.reported_by, text=first.text,
            citations=citations, support=len({c.source for c in citations})))
    return items
