"""Merging and ordering of the sanctions section: the same sanction told by several sources is one
item citing all of them, shown in its plainest telling.
"""
from __future__ import annotations

import re

from briefgen.sections.sanctions.lexicons import measure_kind as kind_of
from briefgen.model.citations import citation_key, source_number
from briefgen.model.date import Date
from briefgen.nlp.antecedents import PRONOUNS
from briefgen.nlp.figures import CURRENCY_SIGNS
from briefgen.sections.sanctions.event import Event

STATUS_ORDER = ["imposed", "reimposed", "expanded", "extended", "announced", "threatened", "planned", "proposed",
                "considered", "sought", "demanded", "existing", "violation-alleged", "evasion", "appealed", "upheld", "overturned", "eased",
                "suspended", "lift-proposed", "lift-demanded", "lift-opposed", "lifted"]


def _date_kind(d: Date | None) -> str:
    """No date, the source's own date ("as of", no wording), or a date the sentence states."""
    return "none" if d is None else "told" if not d.text else "stated"


def _dates_fit(a: Date | None, b: Date | None, status: str) -> bool:
    """Stated dates must overlap; two "as of" dates fit when days apart (the earliest is kept), and so does
    an "as of" date with a telling of an undated source, which has no day to disagree with. A
    measure in force is one measure whenever it started: "The halt … started on February 27" and
    "The strike by 40,000 seamen, now in its 13th day" are one strike (a measure taken undated may
    be another round, and is kept apart)."""
    kinds = {_date_kind(a), _date_kind(b)}
    if kinds == {"none", "told"} or (status == "existing" and "stated" in kinds and kinds != {"stated"}):
        return True
    if _date_kind(a) != _date_kind(b):
        return False
    if kinds == {"told"}:  # reports weeks apart may tell two warnings: "Japan warned … it may take retaliatory
        # measures" of 11 April is not shown as of Tamura's warning of 28 March (audit s19, sanctions-22)
        return status == "existing" or abs((a.start - b.start).days) <= MAX_TOLD_DAYS
    return _date_kind(a) != "stated" or (a.start <= b.end and b.start <= a.end)


#: Two tellings dated only by their reports are one measure only when the reports are this close.
MAX_TOLD_DAYS = 7

#: Words that make a telling another round of a measure, not the one told before ("20 more officials").
NEW_ROUND = re.compile(r"\b(?:more|new|additional|further|another|fresh|second|third)\b", re.IGNORECASE)


def _as_of_stated(a: Event, b: Event) -> bool:
    """One source's undated mention of a measure it dates elsewhere, days before its own date:
    "America's decision to impose tariffs on imports of Japanese electrical goods", as of the report
    of 28 March, after "Yesterday, Washington announced plans to put … in tariffs on imports of certain
    Japanese electronic goods" (27 March). Only within one source, and never a telling that says it is
    another round."""
    for told, stated in ((a, b), (b, a)):
        if (_date_kind(told.date) == "told" and _date_kind(stated.date) == "stated" and told.sources == stated.sources
                and 0 <= (told.date.start - stated.date.end).days <= MAX_TOLD_DAYS
                and not NEW_ROUND.search(" ".join(filter(None, (told.measure, told.target))))):
            return True
    return False


def measure_head(e: Event) -> str | None:
    """The measure's last word, singular ("U.N. arms embargo" -> "embargo")."""
    if not e.measure:
        return None
    return e.measure.split()[-1].lower().removesuffix("s")


def measure_kind(e: Event) -> str | None:
    """The kind of a measure: its head noun, or the kind the shared ``measure_kind_nouns`` lexicon gives it
    ("suspension" and "ban" are one kind of measure, "walkout" and "strike" another)."""
    head = measure_head(e)
    return kind_of(head) if head else None


#: A sum of money as a measure's line writes it ("€345 million", "300 mln dlrs"): a fine or a levy of one
#: sum on one target is one measure, whoever of its tellings names the imposer or the day.
SUM = re.compile(rf"[{''.join(sorted(CURRENCY_SIGNS))}]\s?\d[\d.,]*(?:\s*(?:million|billion|mln|bln|bn|m)\b)?"
                 r"|\d[\d.,]*\s*(?:million|billion|mln|bln|bn)?\s*(?:dlrs|dollars|euros|pounds|yen|roubles|rubles)\b",
                 re.IGNORECASE)


def money_sum(e: Event) -> str | None:
    """The sum of money the telling gives its measure, in its amount or its measure's words."""
    for words in (e.amount, e.measure):
        found = SUM.search(words or "")
        if found:
            return re.sub(r"\s+", "", found.group()).lower()
    return None


def _one_sum(a: Event, b: Event) -> bool:
    """Two tellings of one sum on one target, one of which names no imposer or no day: "TikTok was
    slapped with a €345 million ($368 million) fine by the DPC" and "In September 2023, it was
    fined €345 million …" are one fine."""
    total = money_sum(a)
    return total is not None and total == money_sum(b) and (
        a.imposer is None or b.imposer is None or a.imposer == b.imposer)


def _shorthand(a: Event, b: Event) -> bool:
    """Two tellings of one sum, by one imposer (or one that names none), whose lines name each other's
    target: "TikTok owner ByteDance Ltd. was fined €530 million" and "… has fined TikTok €530 million" are
    one fine on TikTok told in shorthand. Two named imposers stay apart: the line shown must be true of
    every sentence it cites."""
    total = money_sum(a)
    return total is not None and total == money_sum(b) and (a.imposer is None or b.imposer is None
                                                            or a.imposer == b.imposer) and any(
        one.target is not None and any(one.target in " ".join(c.quote.split()) for c in other.citations)
        for one, other in ((a, b), (b, a)))


def _same(a: Event, b: Event) -> bool:
    """The same fact told twice: same status, imposer, target and kind of measure, and both dated
    (compatibly) or both undated; a lifting wanted is not merged with one offered in return for
    something (the cue word must match), nor two different sums ("€530 million" and "€345 million"
    fines of one regulator on one company are two fines, audit #4). A telling that names no imposer
    is not merged with one that does: the merged line would say more than one of its citations — unless
    both give one sum of money (:func:`_one_sum`), which tells one measure: the item then names the
    imposer and the day its tellings give."""
    shorthand = _shorthand(a, b)
    one_sum = (_one_sum(a, b) or shorthand) and (a.date is None or b.date is None or _dates_fit(a.date, b.date, a.status))
    return (a.status == b.status and (a.imposer == b.imposer or one_sum) and a.asker == b.asker
            and (a.target_head == b.target_head and (a.target is None) == (b.target is None) or shorthand and one_sum)
            and measure_kind(a) == measure_kind(b) and (_dates_fit(a.date, b.date, a.status) or one_sum
                                                        or _as_of_stated(a, b))
            and a.cue == b.cue and (a.amount is None or b.amount is None or a.amount == b.amount))


def _plainness(e: Event) -> tuple:
    """Fewest details, then shortest; a line naming its parties before one opening on a pronoun ("It
    added that Kenteris and Thanou had been 'provisionally suspended …'"), which a reader cannot place."""
    words = e.text.split()
    cut = bool(words) and words[0][:1].islower() and re.search(r"^\S+(?: \S+){0,5}, (?:who|which) ", e.text) is not None
    # "the Juventus defender, who in turn accepted the apology and said the ban imposed on Suarez was excessive": a
    # relative clause cut from its sentence, after a line that states the measure itself (outside audit s26)
    return (bool(words) and words[0].lower() in PRONOUNS or cut, sum(x is not None for x in (e.imposer, e.asker, e.target, e.measure, e.reason, e.date)),
            len((e.measure or "").split()), len(e.text))


def merge(events: list[Event]) -> list[Event]:
    """One item per sanction fact, citing every sentence that tells it.

    The line shown is the plainest telling (fewest details, then shortest), so that it is true of
    every citation; fields are that telling's own, never filled in from another sentence.
    """
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            if all(_same(event, other) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    merged = []
    for group in groups:
        imposer = next((e.imposer for e in group if e.imposer is not None), None)
        # one sum told by several: shown in a telling that names the imposer they give
        naming = [e for e in group if e.imposer == imposer]
        dated = [e for e in naming if _date_kind(e.date) == "stated"]
        # a measure taken or threatened is shown in a telling that states its day, not in a mention as
        # of a later report (:func:`_as_of_stated`); one in force, in its plainest telling "since" that day
        best = min(dated if dated and group[0].status != "existing" else naming, key=_plainness)
        told = [e.date for e in group if _date_kind(e.date) == "told"]
        stated = [e.date for e in group if _date_kind(e.date) == "stated"]
        if _date_kind(best.date) != "stated" and stated:  # a measure in force: since the day a telling states
            best.date = min(stated, key=lambda d: d.start)
        elif _date_kind(best.date) in ("told", "none") and told:  # as of the first dated source that tells it
            best.date = min(told, key=lambda d: d.start)
        if any(other.condition != best.condition for other in group):  # shown only where every telling
            best.condition = None  # agrees: the line must say it, and one told without it may be unconditional
        for name in ("reason", "amount"):  # a telling silent on the sum or the reason ("America's decision to
            if any(getattr(other, name) not in (None, getattr(best, name)) for other in group):  # impose
                setattr(best, name, None)  # tariffs") does not gainsay the line's own
        for other in group:
            for citation in other.citations:
                if all((c.source, c.sentence) != (citation.source, citation.sentence)
                       for c in best.citations):
                    best.citations.append(citation)
            best.sources |= other.sources
        best.citations.sort(key=citation_key)
        merged.append(best)
    return merged


def sort_key(e: Event) -> tuple:
    """Display order: status, then dated before undated and by date, best supported, first cited."""
    first = e.citations[0]
    order = STATUS_ORDER.index(e.status) if e.status in STATUS_ORDER else len(STATUS_ORDER)
    return (order, e.date is None, e.date.start if e.date else None, -len(e.sources),
            source_number(first.source), first.sentence, e.text)
