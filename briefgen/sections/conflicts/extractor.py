"""Conflicts: where the sources disagree about one event, and where someone denies a claim.

Seventeen rules, none of which knows the story:

* **date** — two sources report a meeting or journey (a word in ``conflict_event_words``) of the
  same person, or one act sharing what it is done by or to, with the same status (happened /
  expected), but their resolved dates do not overlap (and lie within ``MAX_GAP_DAYS`` of each
  other, so a 2019 summit is not compared with a 2023 one);
* **place** — two sources attach different places ("in/to/at" + GPE/LOC/FAC) to a meeting or
  journey of the same two parties (countries, or people resolved to their countries), with the same
  status, and neither source names the other's place for it;
* **number** — different figures for the same count, sum or rate;
* **measure** — sources telling one fine, tariff or ban (same kind, status and sum, within days) with
  different imposers or targets, or one party's measure on one target with a different sum (read
  from the sanctions section's items, when that section runs before this one);
* **offer** — sources telling one offer (same sum or rate, days apart) made by different parties
  (read from the asks-and-offers section's items);
* **denial** — a party saying a claim is false (``denial_verbs`` over a claim, ``denial_false_words``,
  its own "it has never …" in reported speech, a claim it calls unproven); beside it,
  when one is found, the claim denied;
* **answer** — a party accused of doing (or not doing) something, and its own saying that it does the
  opposite (:mod:`.answers`);
* **breach** — a party accused of violating a ceasefire, agreement or promise, beside another saying
  that it kept it (:mod:`.breaches`);
* **doubt** — a thing one source states ("US law which has worldwide jurisdiction") and another
  questions or challenges ("questioned whether a US court has any jurisdiction"), sharing a name
  (:mod:`.doubts`);
* **faked** — an incident charged as faked beside a claim that it happened ("charged them with faking a
  midnight motorcycle crash" / "claiming they had been injured in a motorcycle crash"; :mod:`.faked`);
* **contradiction** — a statement a source says is "contrary to", "contradicting" or "at odds with"
  a party's claim, evidence or statements;
* **contrast** — two speakers' accounts a source sets against each other ("By contrast, … said", "Even
  though X said …, Y said …");
* **positions** — two speakers' positions one sentence joins by "but", one of them insisted, argued or
  maintained ("Yukos has always insisted the auction was state-sponsored theft but Russian authorities
  argued they were imposing the law"; :mod:`.contrasts`);
* **downplay** — a party's remark beside another's playing it down ("officials later sought to downplay the
  significance of Tamura's remark and said that his main message was …"; :mod:`.downplays`);
* **characterisation** — a party saying a thing is not what another source calls it ("I wouldn't look
  at the handling fee as a tax" / "The new tax would mean …"; :mod:`.characterisations`);
* **negation** — a clause one source asserts and another negates, on the same verb, subject and object
  ("Your IP address and request have been logged" / "their IP address could not be logged";
  :mod:`.negations`);
* **mutual blame** — two named parties a sentence tells blaming each other ("The U.S. And Brazil … each
  laid the blame on the other for the breakdown of the talks"; :mod:`.mutual`);
* **former** — a party's title or tie told as current by some sources and as "former" by others
  told within weeks of them ("US President Donald Trump" / "former US President Donald Trump").

Each rule has its module (:mod:`.dates`, :mod:`.places`, :mod:`.numbers`, :mod:`.measures`, :mod:`.offers`,
:mod:`.denials`, :mod:`.answers`, :mod:`.breaches`, :mod:`.doubts`, :mod:`.faked`, :mod:`.contrasts`,
:mod:`.downplays`, :mod:`.characterisations`, :mod:`.negations`, :mod:`.former`, :mod:`.mutual`). When nothing is found the section is one line citing the sources compared.
"""
from __future__ import annotations

from briefgen.model.items import Conflict, TimelineEvent
from briefgen.sections.conflicts.answers import answered_accusations
from briefgen.sections.conflicts.breaches import breach_conflicts
from briefgen.sections.conflicts.characterisations import characterisation_conflicts
from briefgen.sections.conflicts.contrasts import (conceded_contrasts, contradiction_conflicts, contrast_conflicts,
                                                   opposed_contrasts)
from briefgen.sections.conflicts.dates import date_conflicts
from briefgen.sections.conflicts.denials import denial_conflicts
from briefgen.sections.conflicts.doubts import doubt_conflicts
from briefgen.sections.conflicts.downplays import downplay_conflicts
from briefgen.sections.conflicts.faked import faked_conflicts
from briefgen.sections.conflicts.former import former_conflicts
from briefgen.sections.conflicts.measures import measure_conflicts
from briefgen.sections.conflicts.mutual import mutual_blame_conflicts
from briefgen.sections.conflicts.negations import negation_conflicts
from briefgen.sections.conflicts.numbers import number_conflicts
from briefgen.sections.conflicts.offers import offer_conflicts
from briefgen.sections.conflicts.places import place_conflicts
from briefgen.sections.context import Context


def extract_conflicts(context: Context, options) -> list[Conflict]:
    """Every rule's conflicts, in the order above, or one line saying none were found."""
    actors = context.items.get("actors") or []
    by_name = {a.name: a for a in actors}
    persons = {a.name for a in actors if a.kind == "person"}
    denials = denial_conflicts(context)
    denied = {(c.source, c.sentence) for item in denials for c in item.citations}
    items = (date_conflicts(context, persons) + place_conflicts(context, by_name)
             + number_conflicts(context.documents, context.actor_index) + measure_conflicts(context)
             + offer_conflicts(context) + denials + answered_accusations(context) + mutual_blame_conflicts(context)
             + breach_conflicts(context)
             + doubt_conflicts(context)
             + faked_conflicts(context)
             + contradiction_conflicts(context, denied) + contrast_conflicts(context) + conceded_contrasts(context)
             + opposed_contrasts(context)
             + downplay_conflicts(context) + characterisation_conflicts(context) + negation_conflicts(context) + former_conflicts(context))
    items = items[: options.max_items]
    mark_disputed_rows(context.items.get("timeline") or [], items)
    if items:
        return items
    citations = [d.cite(d.sentences[0]) for d in context.documents if d.sentences]
    ids = ", ".join(c.source for c in citations)
    return [Conflict(about="no disagreements", kind="none", claims=[],
                     text=f"No disagreements found among the sources compared ({ids})",
                     citations=citations, support=len(citations))]


def mark_disputed_rows(rows: list, conflicts: list[Conflict]) -> None:
    """A timeline row that is one side of a date conflict (its line is a claim's, told by a sentence
    the claim cites) says so, with the conflict's heading: the timeline never shows one side of a
    disputed date as settled, nor marks another event of the same sentence."""
    sides = [(claim.text, {(c.source, c.sentence) for c in claim.citations}, conflict.about)
             for conflict in conflicts if conflict.kind == "date" for claim in conflict.claims]
    for row in rows:
        if isinstance(row, TimelineEvent):
            cited = {(c.source, c.sentence) for c in row.citations}
            row.disputed = next((about for text, told, about in sides  # (a claim reads "2023-07 (“July”, S1
                                 if text.endswith(f": {row.text}") and told & cited), None)  # published …): line")
