"""Disagreements about one measure, read from the sanctions section's items: sources telling the same
fine, tariff or ban — the same kind of measure with the same status, told within days of each other —
but naming a different imposer ("The Irish Data Protection Commission … hit the app-maker with a fine
of €530 million" / "ByteDance Ltd. was fined €530 million … by the European Union"), a different
target (TikTok / ByteDance), or a different amount for one imposer's measure on one target.

The same sum is what makes two tellings one fine when their parties differ; two different sums of one
party on one target are compared only when neither telling names a date of its own that tells them
apart (a €345 million fine of 2023 and a €530 million fine of 2025 are two fines).
"""
from __future__ import annotations

import re

from briefgen.lexicons import load_pairs
from briefgen.model.citations import source_ids
from briefgen.model.items import Actor, Claim, Conflict, Sanction
from briefgen.dates.calendar import NUMBERS
from briefgen.nlp.figures import Figure, read_figure
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context

MAX_TOLD_DAYS = 7  # tellings dated only by their reports, this close, may be of one measure
#: A length of a ban or jail term: "two-year", "four years", "18 months".
DURATION = re.compile(r"^(?P<n>\d+|[a-z]+)[- ](?P<unit>year|month|week|day)s?$", re.IGNORECASE)


def _sum_or_length(amount: str) -> Figure | None:
    """The figure of a measure's amount: a sum or rate, or the length of a ban ("two-year")."""
    figure = read_figure(amount)
    found = DURATION.match(amount.strip()) if figure is None else None
    if found is None:
        return figure
    n = found["n"].lower()
    count = int(n) if n.isdigit() else NUMBERS.get(n)
    return Figure(value=float(count), step=1.0, unit=found["unit"].lower()) if count else None


def _head(item: Sanction) -> str | None:
    """The measure's last word, singular ("€345 million ($368 million) fine" -> "fine")."""
    return item.measure.split()[-1].lower().removesuffix("s") if item.measure else None


def _kind(item: Sanction) -> str | None:
    """The kind of measure, as the shared ``measure_kind_nouns`` gives it (a suspension is a ban)."""
    head = _head(item)
    return load_pairs("measure_kind_nouns").get(head, head) if head else None


def _described(target: str | None) -> bool:
    """A target told by a common noun, no name ("the athletes could receive …")."""
    return target is not None and target == target.lower()


def _targets_differ(a: Sanction, b: Sanction) -> bool:
    """Two targets that differ; of a penalty threatened, a description may stand for the named party
    ("Under IAAF rules, the athletes could receive a maximum one-year suspension" / "Kenteris … and
    Thanou … face a maximum two-year ban if found guilty"), not of a measure taken ("two-year
    suspensions on the duo" are not the ban on their coach)."""
    if a.status == "threatened" and _described(a.target) != _described(b.target):
        return False
    return _differ(a.target, b.target)


def _comparable_lengths(a: Sanction, b: Sanction, first: Figure, second: Figure) -> bool:
    """Two lengths of one ban are one measure's only when the same imposer gives both, or both are
    what a party faces: a provisional "two-year ban imposed on … Tzekos by the IAAF" and a later
    "Tzekos has been banned for four years" (by whom, the sentence does not say) are two rounds."""
    if first.unit not in ("year", "month", "week", "day"):
        return True
    return a.status == "threatened" or (a.imposer is not None and a.imposer == b.imposer)


def _sources(item: Sanction) -> set[str]:
    return {c.source for c in item.citations}


def _same_time(a: Sanction, b: Sanction) -> bool:
    """Both undated, or dated within days (by their reports) or on overlapping stated dates."""
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    if a.date.text and b.date.text:
        return a.date.start <= b.date.end and b.date.start <= a.date.end
    return abs((a.date.start - b.date.start).days) <= MAX_TOLD_DAYS


def _claim(item: Sanction) -> Claim:
    return Claim(text=item.text, citations=list(item.citations))


def _party_conflict(field: str, a: Sanction, b: Sanction) -> Conflict:
    """Who imposed, or on whom, one measure: each side's name with the sources that give it."""
    sides = sorted([a, b], key=lambda i: sorted(source_ids(i.citations)))
    said = " or ".join(f"{getattr(i, field)} ({', '.join(source_ids(i.citations))})" for i in sides)
    measure = f"the {a.amount} {_head(a)}"
    about = f"Who imposed {measure}: {said}" if field == "imposer" else f"On whom {measure} was imposed: {said}"
    return make_conflict(about, "attribution", [_claim(i) for i in sides], about)


def _amount_conflict(a: Sanction, b: Sanction) -> Conflict:
    sides = sorted([a, b], key=lambda i: sorted(source_ids(i.citations)))
    said = " or ".join(f"{i.amount} ({', '.join(source_ids(i.citations))})" for i in sides)
    who = f" by {a.imposer or b.imposer}" if a.imposer or b.imposer else ""
    target = next((i.target for i in (a, b) if i.target and not _described(i.target)), a.target or b.target)
    about = f"{_kind(a).capitalize()}{who} on {target}: {said}"
    return make_conflict(about, "number", [_claim(i) for i in sides], about)


def _differ(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _rivals(field: str, a: str | None, b: str | None, kinds: dict[str, str]) -> bool:
    """Two different named parties; as imposers, neither a person who may act for the other. Two
    descriptions of what a tariff hits agree ("imports of certain Japanese electronic goods" /
    "Japanese exports"), and so do "Ronald Reagan" and "United States" planning it; the Irish
    regulator and the EU fining one company do not, nor TikTok and ByteDance as the one fined."""
    if not _differ(a, b):
        return False
    kind_a, kind_b = kinds.get(a), kinds.get(b)
    return kind_a is not None and kind_b is not None and (field != "imposer" or "person" not in (kind_a, kind_b))


def measure_conflicts(context: Context) -> list[Conflict]:
    """Disagreements between sources about the parties or the amount of one measure."""
    kinds_of = {name: a.kind for a in context.items.get("actors") or [] if isinstance(a, Actor)
                for name in (a.name, *a.aliases)}
    actors = [a for a in context.items.get("actors") or [] if isinstance(a, Actor)]
    told_in = {a.name: {c.source for c in a.citations} for a in actors}
    aliases = {a.name: {a.name, *a.aliases} for a in actors}
    kinds: dict[tuple, list[Sanction]] = {}  # only tellings of one status and kind of measure are compared
    for item in context.items.get("sanctions") or []:
        if isinstance(item, Sanction) and _head(item):
            kinds.setdefault((item.status, _kind(item)), []).append(item)
    conflicts: list[Conflict] = []
    seen: set[tuple] = set()
    for items in kinds.values():
        sums = [_sum_or_length(i.amount) if i.amount else None for i in items]  # each sum read once
        for n, a in enumerate(items):
            for m in range(n + 1, len(items)):
                b, first, second = items[m], sums[n], sums[m]
                if _sources(a) & _sources(b) or not _same_time(a, b) or first is None or second is None:
                    continue
                if first.agrees(second):  # one fine, fee or ban: its parties must agree
                    for field in ("imposer", "target"):
                        key = (field, a.amount, _head(a))
                        if _rivals(field, getattr(a, field), getattr(b, field), kinds_of) and key not in seen \
                                and not _each_names_both(field, a, b, told_in) \
                                and not _names_the_other(field, a, b, aliases):
                            seen.add(key)
                            conflicts.append(_party_conflict(field, a, b))
                elif first.unit == second.unit and not _differ(a.imposer, b.imposer) \
                        and not _targets_differ(a, b) and (a.target or b.target) \
                        and _comparable_lengths(a, b, first, second) \
                        and not _stated(a) and not _stated(b):
                    conflicts.append(_amount_conflict(a, b))
    return conflicts


def _each_names_both(field: str, a: Sanction, b: Sanction, told_in: dict[str, set[str]]) -> bool:
    """Every source of each side names the other side's party too: shorthand, not a dispute ("TikTok owner
    ByteDance Ltd. was fined €530 million … by the European Union", whose next sentence names Ireland's
    Data Protection Commission as the regulator that ruled; audit s19, conflicts-01 and -02)."""
    first, second = getattr(a, field), getattr(b, field)
    return _sources(b) <= told_in.get(first, set()) and _sources(a) <= told_in.get(second, set())


def _names_the_other(field: str, a: Sanction, b: Sanction, aliases: dict[str, set[str]]) -> bool:
    """One side's own telling names the other side's party beside its own ("TikTok owner ByteDance Ltd. was
    fined …": the owner and what it owns, in one phrase; audit s19, conflicts-02)."""
    for one, other in ((a, b), (b, a)):
        party = getattr(other, field)
        if any(name in one.text for name in aliases.get(party, {party})):
            return True
    return False


def _stated(item: Sanction) -> bool:
    """The telling names a date of its own ("In September 2023, it was fined €345 million")."""
    return item.date is not None and bool(item.date.text)
