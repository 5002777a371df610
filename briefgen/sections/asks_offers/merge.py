"""Merging of the asks-and-offers section: the same ask found in several sources becomes one item
citing all of them, worded only as all of them say it.
"""
from __future__ import annotations

import re

from briefgen.model.citations import source_key
from briefgen.model.items import AskOffer
from briefgen.sections.asks_offers.record import Record


def line_of(record: Record, items: list[str], status: str | None = None) -> str:
    """The line the reader sees, from the sentence's own words: party, verb, counterparty, items;
    led by the speaker when the sentence only reports it ("Officials said Iran offered to: ...")."""
    line = plain_line(record, items, status or record.status)
    return f"{record.hedge_text} {line}" if record.hedge_text else line


def plain_line(record: Record, items: list[str], status: str) -> str:
    """The line without its speaker: party, verb form, counterparty and items (passive: turned round)."""
    if record.passive:
        words = [record.counterparty if record.cp_stated else "", status, "by", record.party_text,
                 record.link]
        return " ".join(w for w in words if w) + ": " + "; ".join(items)
    words = [record.party_text, status]
    if record.cp_stated and record.counterparty and not record.cp_prep and record.link:
        words.append(record.counterparty)
    elif record.cp_stated and record.counterparty and record.cp_prep:
        words += [record.cp_prep, record.counterparty]
    elif record.cp_stated and record.counterparty and record.kind not in ("ask", "refusal"):
        words.append(record.counterparty)
    if record.link:
        words.append(record.link)
    return " ".join(w for w in words if w) + ": " + "; ".join(items)


def norm(text: str) -> str:
    """Lower-case letters and digits only, for comparing wordings."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def same_items(group: list[Record], record: Record) -> bool:
    """Whether ``record`` asks for what every record of ``group`` asks for: as many items, each
    one's core (object head and its modifiers) containing or contained in the group's."""
    first = group[0]
    if len(first.cores) != len(record.cores):
        return False
    for slot, (key, _) in enumerate(record.cores):
        smallest = min((r.cores[slot][0] for r in group), key=len)
        if not (smallest <= key or key <= smallest) or not smallest & key:
            return False
    return True


def merge(records: list[Record]) -> list[AskOffer]:
    """The same ask (kind, party, counterparty, verb, speaker and item content) from several
    sentences -> one item. When the records word it differently the line gives only what all of
    them say: the shortest core of each item and the shortest verb form."""
    groups: list[list[Record]] = []
    for record in records:
        home = None
        for group in groups:
            first = group[0]
            if (first.kind, first.party, first.counterparty, first.lemma, first.hedge, first.passive) != \
                    (record.kind, record.party, record.counterparty, record.lemma, record.hedge, record.passive):
                continue
            if same_items(group, record):
                home = group
                break
        if home is None:
            groups.append([record])
        else:
            home.append(record)
    items = []
    for group in groups:
        first = group[0]
        wordings = {tuple(norm(t) for t in r.items) for r in group}
        if len(wordings) == 1:
            texts = list(first.items)
        else:
            texts = [min((r.cores[slot] for r in group), key=lambda c: (len(c[0]), len(c[1])))[1]
                     for slot in range(len(first.cores))]
        statuses = {r.status for r in group}
        status = first.status if len(statuses) == 1 else min(statuses, key=lambda s: (len(s), s))
        cites = {(c.source, c.sentence): c for r in group for c in r.citations}
        citations = [cites[k] for k in sorted(cites, key=lambda k: (source_key(k[0]), k[1]))]
        items.append(AskOffer(
            kind=first.kind, party=first.party, counterparty=first.counterparty, items=texts,
            status=first.hedge or status, text=line_of(first, texts, status), citations=citations,
            support=len({c.source for c in citations})))
    return items
