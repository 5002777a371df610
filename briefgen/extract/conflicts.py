"""Conflicts: where the sources disagree about one event, and where someone denies a claim.

Three rules, none of which knows the story:

* **date** — two sources report a meeting or journey (a word in ``conflict_event_words``) of the
  same person, with the same status (happened / expected), but their resolved dates do not overlap
  (and lie within ``MAX_GAP_DAYS`` of each other, so a 2019 summit is not compared with a 2023 one);
* **place** — two sources attach different places ("in/to/at" + GPE/LOC/FAC) to a meeting or
  journey of the same two parties (countries, or people resolved to their countries), with the same
  status, and neither source names the other's place for it;
* **denial** — a sentence holding a phrase of ``denial_triggers``; beside it, when one is found, the
  most similar sentence of another source about the same actors (the claim denied).

Each rule has its module (:mod:`.conflict_dates`, :mod:`.conflict_places`, :mod:`.conflict_denials`;
numbers are :mod:`.quantities`). When nothing is found the section is one line citing the sources
compared.
"""
from __future__ import annotations

from briefgen.model.items import Conflict
from briefgen.extract import Context, register
from briefgen.extract.conflict_dates import MAX_GAP_DAYS, MAX_GAP_DAYS_BY_SUBJECT, date_conflicts
from briefgen.extract.conflict_denials import CLAIM_SIMILARITY, MIN_DENIED_WORDS, denial_conflicts
from briefgen.extract.conflict_items import NAME_TYPES
from briefgen.extract.conflict_places import PLACE_TYPES, PlaceReport, place_conflicts, place_reports
from briefgen.extract.quantities import number_conflicts

__all__ = ["CLAIM_SIMILARITY", "MAX_GAP_DAYS", "MAX_GAP_DAYS_BY_SUBJECT", "MIN_DENIED_WORDS", "NAME_TYPES",
           "PLACE_TYPES", "ConflictsExtractor", "PlaceReport", "date_conflicts", "denial_conflicts",
           "number_conflicts", "place_conflicts", "place_reports"]


@register
class ConflictsExtractor:
    """Date and place disagreements between sources, and denials beside what they deny."""

    name = "conflicts"

    def extract(self, context: Context) -> list[Conflict]:
        """Date, place, number and denial conflicts, or one line saying none were found."""
        actors = context.results.get("actors") or []
        by_name = {a.name: a for a in actors}
        persons = {a.name for a in actors if a.kind == "person"}
        items = (date_conflicts(context, persons) + place_conflicts(context, by_name)
                 + number_conflicts(context.documents) + denial_conflicts(context))
        items = items[: context.options.get("max_items", 20)]
        if items:
            return items
        citations = [d.cite(d.sentences[0]) for d in context.documents if d.sentences]
        ids = ", ".join(c.source for c in citations)
        return [Conflict(about="no disagreements", kind="none", claims=[],
                         text=f"No disagreements found among the sources compared ({ids})",
                         citations=citations, support=len(citations))]
