"""Who made an offer: sources telling the same offer — the same sum or rate, offered to the same
party, days apart — but naming different parties who made it ("have rejected offers of a 100 pct
raise from the state oil company Petrobras" / "Shipowners have offered a 100 per cent raise").
Read from the asks-and-offers section's items, when that section runs before this one.

Only offers stated as made (not conditional, withdrawn or expected), only sums and rates (a count
is not a price), and never two parties one source names side by side (a source that tells both
offers knows them apart), nor a party and a group it belongs to (by name, or a group named by a
common noun).
"""
from __future__ import annotations

import re

from briefgen.model.citations import source_ids
from briefgen.model.items import AskOffer, Claim, Conflict
from briefgen.nlp.figures import Figure, read_figure
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context

MAX_GAP_DAYS = 7  # reports this close may tell one offer
MADE = ("stated", "reported")


def _figure(item: AskOffer) -> Figure | None:
    """The sum or rate offered, from the first item that states one."""
    for text in item.items:
        figure = read_figure(text)
        if figure is not None and figure.unit != "count" and not figure.bound:
            return figure
    return None


def _sources(item: AskOffer) -> set[str]:
    return {c.source for c in item.citations}


def _related(a: str, b: str) -> bool:
    """One party's name holds the other's ("General Partners" / "General Partners, comprised of AFG")."""
    x, y = a.lower(), b.lower()
    return x in y or y in x


def _category(party: str, documents, known: dict[str, bool]) -> bool:
    """A party named by a common noun the sources also write in lower case ("Shipowners have offered a 100
    per cent raise" / "the shipowners"): a group another named party may belong to (Petrobras, whose
    tanker fleet makes it a shipowner too; audit s20, conflicts-04), never its rival."""
    if " " in party or not party[:1].isupper():
        return False
    if party not in known:  # each party's texts are searched once
        word = re.compile(rf"(?<![\w-]){re.escape(party.lower())}(?![\w-])")
        known[party] = any(word.search(document.text) for document in documents)
    return known[party]


def offer_conflicts(context: Context) -> list[Conflict]:
    """Disagreements between sources about who made one offer."""
    published = {d.source.id: d.source.published for d in context.documents}
    offers = [i for i in context.items.get("asks_offers") or []
              if isinstance(i, AskOffer) and i.kind == "offer" and i.status in MADE]
    figures = [_figure(i) for i in offers]
    named_by = {}  # the parties each source names as offering
    for item in offers:
        for source in _sources(item):
            named_by.setdefault(source, set()).add(item.party)
    conflicts: list[Conflict] = []
    seen: set[tuple] = set()
    categories: dict[str, bool] = {}
    for n, a in enumerate(offers):
        for m in range(n + 1, len(offers)):
            b, first, second = offers[m], figures[n], figures[m]
            if first is None or second is None or not first.agrees(second) or _sources(a) & _sources(b):
                continue
            if _related(a.party, b.party) or (a.counterparty and b.counterparty and a.counterparty != b.counterparty):
                continue
            if any(_category(party, context.documents, categories) for party in (a.party, b.party)):
                continue
            if any({a.party, b.party} <= named_by.get(s, set()) for s in _sources(a) | _sources(b)):
                continue
            days = [published.get(s) for s in _sources(a) | _sources(b)]
            if None in days or (max(days) - min(days)).days > MAX_GAP_DAYS:
                continue
            key = (first.value, first.unit, frozenset((a.party, b.party)))
            if key in seen:
                continue
            seen.add(key)
            conflicts.append(_conflict(a, b))
    return conflicts


def _conflict(a: AskOffer, b: AskOffer) -> Conflict:
    sides = sorted([a, b], key=lambda i: sorted(source_ids(i.citations)))
    said = " or ".join(f"{i.party} ({', '.join(source_ids(i.citations))})" for i in sides)
    about = f"Who offered {_what(sides[0])}: {said}"
    return make_conflict(about, "attribution", [Claim(text=i.text, citations=list(i.citations)) for i in sides], about)


def _what(item: AskOffer) -> str:
    """The offer as its first item names it, up to who made it: "a 100 pct raise from the state oil
    company Petrobras" -> "the 100 pct raise"."""
    words = re.split(r",| from | which | to | by ", item.items[0], maxsplit=1)[0].split()
    if words and words[0].lower() in ("a", "an"):
        words[0] = "the"
    return " ".join(words)
