"""A source at odds with itself about a figure: two of its sentences tell one act still to come — the
same verb over the same kind of thing, dated to overlapping days — with sums that do not agree. "The
United States may lift an additional 84 mln dlrs in trade sanctions against Japan later this month"
and, further down the same Reuters story (20 October 1987), "They said it was likely the 51 mln dlrs
in sanctions would be lifted by the end of the month".

Only acts a modal marks as to come (what has been done is told of different occasions: "Reagan
lifted 51 mln dlrs of the sanctions last June"), only when both sentences date the act, and a whole
and its part (more than ``MAX_RATIO`` apart) are no dispute.
"""
from __future__ import annotations

from briefgen.model.citations import unique_citations
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.numbers import MAX_RATIO, Told, figures_told


def _at_odds(a: Told, b: Told) -> bool:
    """Two tellings of one act to come that give it different sums."""
    if a.citation.sentence == b.citation.sentence or a.day is None or b.day is None:
        return False
    if not (a.day.start <= b.day.end and b.day.start <= a.day.end) or a.figure.agrees(b.figure):
        return False
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    return low > 0 and high / low <= MAX_RATIO


def self_figure_conflicts(documents: list[Document], index=None) -> list[Conflict]:
    """Per source, figures of one act to come that its own sentences give differently."""
    conflicts = []
    for document in documents:
        groups: dict[tuple, list[Told]] = {}
        for told in figures_told(document, index):
            if told.act:  # "trade sanction" and "sanction": one kind of thing, read by its head noun
                groups.setdefault((told.act, told.key[0].split()[-1], told.key[1]), []).append(told)
        for (act, _, _), group in sorted(groups.items()):
            pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1:] if _at_odds(a, b)]
            if pairs:
                conflicts.append(_conflict(act, pairs[0]))
    return conflicts


def _conflict(act: str, pair: tuple[Told, Told]) -> Conflict:
    first, second = sorted(pair, key=lambda t: t.citation.sentence)
    claims = [Claim(text=f"{t.wording}: {t.citation.quote}", citations=unique_citations([t.citation]))
              for t in (first, second)]
    source = first.citation.source
    done = next((f"to be {t.act_word}" for t in (first, second) if t.act_word), f"to {act}")
    about = f"Size of the {second.label} {done}: {first.wording} or {second.wording} ({source} gives both)"
    return make_conflict(about, "number", claims, about)
