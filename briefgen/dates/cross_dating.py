"""When undated sources were written, from what the other sources date.

A corpus without a single stated date (an archive's text files) still fixes its years: one source
says Khodorkovsky "was arrested in October last year", another dates "his arrest in October 2003",
so the first was written in 2004. Once a source's year is known, what it says is "due on 19
December" is 19 December of that year; a third source that calls it "today's auction" was written
that day, and one that speaks of "Sunday's auction" within the six days after it (19 December 2004
was a Sunday). Each step matches one act told in two sources — the same month, a shared content
word on the date ("arrest", "auction") — and is taken only when every match agrees.

The result is a labelled estimate: a window of days (a year, a week, one day) in
``published_estimate`` .. ``published_estimate_end`` with its reasoning in ``published_basis``;
``published`` stays ``None``. Dates the text tells are resolved against a window only where the
window fixes them (:func:`briefgen.dates.anchor.resolve_told`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from briefgen.dates.anchor import YEARLESS_DAY, window_label
from briefgen.dates.calendar import WEEKDAYS
from briefgen.dates.resolve import resolve
from briefgen.model.citations import source_key
from briefgen.nlp.document import Document

#: Words too common to tell one act from another.
PLAIN_WORDS = {"be", "have", "do", "say", "make", "take", "get", "go", "come", "give", "year", "month", "week",
               "day", "time", "today", "yesterday", "tomorrow", "last", "next", "this", "that", "which", "who"}
RELATIVE_DAY = re.compile(r"^(?:on\s+)?(?P<word>today|yesterday|tomorrow|"
                          + "|".join(w for w in WEEKDAYS if w.endswith("day")) + r")(?:'s|’s)?$", re.IGNORECASE)
YEAR_WORD = re.compile(r"\byear\b", re.IGNORECASE)
FUTURE_HEADS = {"due", "set", "scheduled", "expected", "planned", "going", "poised"}
MAX_ROUNDS = 5
YEAR_DAYS = 330  # how far ahead a day named without its year can lie
SAMPLE = dt.date(2001, 7, 2)  # any mid-year day: what a relative-year wording gives from it, from a week on


@dataclass(frozen=True)
class Mention:
    """A date a source tells an act by: its kind, what it names, and the act's content words."""

    source: str
    words: frozenset[str]
    kind: str  # "absolute", "year-relative", "yearless", "relative-day"
    date: object = None  # absolute: the Date; year-relative: the year offset; relative-day: the word
    text: str = ""
    future: bool = False


@dataclass(frozen=True)
class Dated:
    """An act dated to a month or a day, and how that date is known."""

    words: frozenset[str]
    start: dt.date
    end: dt.date
    how: str


def act_of(ent: Span) -> Token | None:
    """The word the date tells the time of: the first noun or verb above it ("his arrest in
    October 2003" -> arrest; "today's auction" -> auction; "was arrested in October" -> arrested)."""
    node = ent.root
    for _ in range(4):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "NOUN") else None
        node = node.head
        if node.pos_ in ("VERB", "NOUN", "PROPN"):
            return node
    return None


def content_words(act: Token, ent: Span) -> frozenset[str]:
    """The act's lemma and those of the nouns it governs (directly or through a preposition)."""
    words = {act.lemma_.lower()}
    for child in act.children:
        nouns = [child] if child.pos_ in ("NOUN", "PROPN") else [g for g in child.children if child.dep_ == "prep"
                                                                  and g.pos_ in ("NOUN", "PROPN")]
        words |= {n.lemma_.lower() for n in nouns if not (ent.start <= n.i < ent.end)}
    return frozenset(w for w in words if w not in PLAIN_WORDS and w.isalpha())


def is_future(act: Token) -> bool:
    """The act is to come: "will be sold", "are due to auction off …", "is to be sold"."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in act.children):
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    return to and (act.head.lower_ in FUTURE_HEADS or act.head.lemma_.lower() == "be")


def mentions_of(document: Document) -> list[Mention]:
    """Every date of a source that can date an act or be dated by one."""
    found = []
    for ent in document.doc.ents:
        if ent.label_ != "DATE":
            continue
        act = act_of(ent)
        if act is None:
            continue
        words = content_words(act, ent)
        if not words:
            continue
        text = " ".join(ent.text.split())
        mention = classify(document.source.id, words, text, is_future(act))
        if mention is not None:
            found.append(mention)
    return found


def classify(source: str, words: frozenset[str], text: str, future: bool) -> Mention | None:
    """What kind of date ``text`` is, told by the resolver itself: one that needs no anchor; one that
    moves with the anchor's year only ("October last year"); a day without a year; a day word."""
    absolute = resolve(text, None)
    if absolute is not None:
        return Mention(source, words, "absolute", absolute, text) if absolute.granularity in ("day", "month") else None
    day_word = RELATIVE_DAY.match(text)
    if day_word:
        return Mention(source, words, "relative-day", day_word.group("word").lower(), text, future)
    here = [resolve(text, SAMPLE + dt.timedelta(days=shift)) for shift in (-7, 0, 7)]
    if any(d is None or d.granularity not in ("day", "month") for d in here):
        return None
    if here[0].start == here[1].start == here[2].start and YEAR_WORD.search(text):
        return Mention(source, words, "year-relative", here[1].start.year - SAMPLE.year, text)
    if YEARLESS_DAY.match(text):
        return Mention(source, words, "yearless", text, text, future)
    return None


def estimate_windows(documents: list[Document]) -> tuple[list[Document], list[str]]:
    """The documents with a writing window estimated on each undated source whose dates other sources
    fix (new objects; the given ones are unchanged), and a warning per estimate."""
    undated = [d for d in documents if d.source.published is None and d.source.published_estimate is None]
    undated_ids = {d.source.id for d in undated}
    if not undated:
        return documents, []
    mentions = {d.source.id: mentions_of(d) for d in documents}
    windows: dict[str, tuple[dt.date, dt.date, str]] = {}
    for d in documents:
        if d.source.published is not None:
            day = d.source.published
            windows[d.source.id] = (day, day, f"{d.source.id} published {day.isoformat()}")
    for _ in range(MAX_ROUNDS):
        dated = dated_acts(mentions, windows)
        found = {}
        for d in undated:
            sid = d.source.id
            if sid in windows:
                continue
            window = agreed_window(mentions[sid], dated)
            if window is not None:
                found[sid] = window
        if not found:
            break
        windows.update(found)
    result, warnings = [], []
    for d in documents:
        window = windows.get(d.source.id) if d.source.id in undated_ids else None
        if window is None:
            result.append(d)
            continue
        start, end, basis = window
        source = d.source.model_copy(update={"published_estimate": start, "published_estimate_end": end,
                                             "published_basis": f"no date in the text; {basis}"})
        result.append(replace(d, source=source))
        warnings.append(f"{source.id} ({source.path}): publication date estimated as {window_label(start, end)} "
                        f"(no date in the text; {basis})")
    return result, warnings


def dated_acts(mentions: dict[str, list[Mention]], windows: dict) -> list[Dated]:
    """Acts dated to a month or a day: by an absolute date anywhere; by a relative year in a source of
    known year; by a day without a year, to come, in a source of known year ("due to auction off …
    on 19 December"); by any date a source of known day resolves."""
    acts = []
    for sid, found in sorted(mentions.items(), key=lambda pair: source_key(pair[0])):
        window = windows.get(sid)
        year = window[0].year if window and window[0].year == window[1].year else None
        for m in found:
            if m.kind == "absolute":
                acts.append(Dated(m.words, m.date.start, m.date.end, f"{sid} dates it {m.text}"))
            elif year is None:
                continue
            elif m.kind == "year-relative":
                start = resolve(m.text, dt.date(year, 7, 2))
                acts.append(Dated(m.words, start.start, start.end, f"{sid} says '{m.text}'"))
            elif m.kind == "yearless" and (m.future or window[0] == window[1]):
                anchor = window[0] if window[0] == window[1] else dt.date(year, 1, 1)
                day = resolve(m.text, anchor, future=m.future)
                if day is not None and day.start.year == year:
                    acts.append(Dated(m.words, day.start, day.end, f"{sid} says '{m.text}'"))
            elif m.kind == "relative-day" and window[0] == window[1]:
                day = resolve(m.text, window[0], future=m.future)
                if day is not None:
                    acts.append(Dated(m.words, day.start, day.end, f"{sid} says '{m.text}'"))
    return acts


def agreed_window(found: list[Mention], dated: list[Dated]) -> tuple[dt.date, dt.date, str] | None:
    """The writing window every match of this source's dates with a dated act allows, or None when
    there is no match or two matches disagree."""
    windows = []
    for m in found:
        for act in dated:
            if not (m.words & act.words):
                continue
            window = window_from(m, act)
            if window is not None:
                shared = ", ".join(sorted(m.words & act.words))
                windows.append((*window, f"it says '{m.text}' of what {act.how} ({shared})"))
    if not windows:
        return None
    start, end = max(w[0] for w in windows), min(w[1] for w in windows)
    if start > end:
        return None
    basis = "; ".join(sorted({w[2] for w in windows}))
    return start, end, basis


def window_from(m: Mention, act: Dated) -> tuple[dt.date, dt.date] | None:
    """The days a source can have been written on, if its mention ``m`` tells the dated ``act``."""
    if m.kind == "year-relative" and act.start.month == act.end.month and act.start.year == act.end.year:
        if resolve(m.text, SAMPLE).start.month != act.start.month:
            return None
        year = act.start.year - m.date
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if act.start != act.end:
        return None
    day = act.start
    if m.kind == "yearless" and m.future:  # "are due to auction off … on 19 December": written before it
        told = resolve(m.text, day)
        if told is None or (told.start.month, told.start.day) != (day.month, day.day):
            return None
        return day - dt.timedelta(days=YEAR_DAYS), day - dt.timedelta(days=1)
    if m.kind != "relative-day":
        return None
    if m.date == "today":
        return day, day
    if m.date == "yesterday":
        return day + dt.timedelta(days=1), day + dt.timedelta(days=1)
    if m.date == "tomorrow":
        return day - dt.timedelta(days=1), day - dt.timedelta(days=1)
    if WEEKDAYS.get(m.date) != day.weekday():
        return None
    if m.future:
        return day - dt.timedelta(days=6), day - dt.timedelta(days=1)
    return day + dt.timedelta(days=1), day + dt.timedelta(days=6)
