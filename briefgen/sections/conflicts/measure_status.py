"""Whether a measure was taken or is only threatened: one source tells a ban, fine or suspension as
imposed, another source told within days tells the same kind of measure on the same target as what
the target still risks ("TikTok has officially been banned from the U.S." / "its American operations
will likely have to be sold off …, or face being banned from the country altogether"). Read from the
sanctions section's items, when that section runs before this one.

A threat and an imposition are one measure's two states only when nothing dates them apart: both are
told within a week, neither by words dating it ("Last month, Washington sanctioned three entities" is
a step before a later threat), neither names two different imposers or sums, the threat is not
against whoever might act ("any entities"), and a source that tells both states is no side.
"""
from __future__ import annotations

from briefgen.model.citations import source_ids
from briefgen.model.items import Claim, Conflict, Sanction
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.former import told_window
from briefgen.sections.context import Context

MAX_TOLD_DAYS = 7  # reports this close may tell one measure's state
STATES = ("imposed", "threatened")


def _last_word(words: str) -> str:
    """A phrase's last word, singular, lower case: "all data transfers" and "all illegal transfers" are
    one target, "a ban" and "the US ban" one kind of measure (but a suspension of transfers is no ban)."""
    return words.split()[-1].lower().removesuffix("s")


def _target_word(item: Sanction) -> str | None:
    return _last_word(item.target) if item.target else None


def _sources(item: Sanction) -> set[str]:
    return {c.source for c in item.citations}


def _windows(items: list[Sanction], told: dict[str, tuple | None]) -> list[tuple] | None:
    """The days the items' sources were published on (stated, or estimated); None when one is unknown."""
    found = [told.get(s) for item in items for s in _sources(item)]
    return None if None in found else found


def _dated_apart(imposed: Sanction, threatened: Sanction, told: dict[str, tuple | None]) -> bool:
    """The two tellings may be two steps: sources unknown or over a week apart in time, or either telling
    dated by words of its own ("Last month, Washington sanctioned three entities …" is a step before
    the threat a later source tells; so is a threat "in March")."""
    windows = _windows([imposed, threatened], told)
    if windows is None or (max(w[1] for w in windows) - min(w[0] for w in windows)).days > MAX_TOLD_DAYS:
        return True
    return any(i.date is not None and bool(i.date.text) for i in (imposed, threatened))


def _any_party(item: Sanction) -> bool:
    """A threat against whoever would do something ("for sanctioning any entities that are involved")."""
    return item.target is not None and item.target.split()[0].lower() in ("any", "anyone", "whoever")


def _differ(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def measure_status_conflicts(context: Context) -> list[Conflict]:
    """Sources disagreeing whether one measure on one target was imposed or is only threatened."""
    told = {d.source.id: told_window(d) for d in context.documents}
    items = [i for i in context.items.get("sanctions") or []
             if isinstance(i, Sanction) and i.status in STATES and i.measure and _target_word(i)]
    groups: dict[tuple, list[Sanction]] = {}
    for item in items:
        groups.setdefault((_last_word(item.measure), _target_word(item)), []).append(item)
    conflicts = []
    for (kind, _), group in sorted(groups.items()):
        by_state = {state: [i for i in group if i.status == state] for state in STATES}
        both = set().union(*(_sources(i) for i in by_state["imposed"])) \
            & set().union(*(_sources(i) for i in by_state["threatened"]))
        pairs = [(a, b) for a in by_state["imposed"] for b in by_state["threatened"]
                 if not (_sources(a) | _sources(b)) & both and not _differ(a.imposer, b.imposer)
                 and not _differ(a.amount, b.amount) and not _any_party(b) and not _dated_apart(a, b, told)]
        if pairs:
            conflicts.append(_conflict(kind, pairs))
    return conflicts


def _conflict(kind: str, pairs: list[tuple[Sanction, Sanction]]) -> Conflict:
    imposed = list({id(a): a for a, _ in pairs}.values())  # each item once, in the order paired
    threatened = list({id(b): b for _, b in pairs}.values())
    target = next((i.target for i in imposed + threatened if i.target and i.target[:1].isupper()), imposed[0].target)
    said = [f"imposed ({', '.join(source_ids([c for i in imposed for c in i.citations]))})",
            f"only threatened ({', '.join(source_ids([c for i in threatened for c in i.citations]))})"]
    on = "on" if target[:1].isupper() else "of"  # "the ban on TikTok", "the suspension of all illegal transfers"
    about = f"Whether the {kind} {on} {target} was imposed: {' or '.join(said)}"
    claims = [Claim(text=i.text, citations=list(i.citations)) for i in (imposed[0], threatened[0])]
    return make_conflict(about, "status", claims, about)
