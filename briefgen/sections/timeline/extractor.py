"""The timeline: one item per dated event, dates resolved against each article's own date.

Each DATE entity spaCy finds is resolved with :func:`briefgen.dates.resolve` against the citing
source's publication date (or its stated estimate); durations and unresolvable wording are dropped,
never guessed. The event line is the clause the date belongs to ("who did what"), cut from the
sentence verbatim (:mod:`.rows`); a dated report's lead with no date of its own is dated by the
report's day (:mod:`.leads`). Reports of the same event from several sources are merged into one
item (:mod:`.events`); whether an event lies ahead is read from its clause (:mod:`.tense`).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from briefgen.dates.anchor import BARE_WEEKDAY, anchor_of, resolve_told, window_of
from briefgen.dates.calendar import TIME_ZONES
from briefgen.ingest.anatomy import BODY
from briefgen.ingest.header import DATE_PREFIX, is_header_line
from briefgen.model.date import Date
from briefgen.model.items import TimelineEvent
from briefgen.nlp.document import Document
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.nlp.quotes import is_quoted
from briefgen.nlp.syntax import IF_MARKS, governing_verb, is_conditional, is_past
from briefgen.sections.context import Context
from briefgen.sections.story import front_matter_end, is_credit_line
from briefgen.sections.timeline.date_scope import (counts_from_elsewhere, is_account_period, is_comparison_base,
                                                  is_period_bound, names_a_kind, since_then)
from briefgen.sections.timeline.events import SAYING, Event, merge_events
from briefgen.sections.timeline.leads import lead_event
from briefgen.sections.timeline.alone import (dated_verb, described_thing, fragment, keep_ending, misread_participle,
                                             names_party, past_unplaced_owner, readable_bounds, subjectless,
                                             with_close_name, without_relative_opening)
from briefgen.sections.timeline.asides import background_span, is_caption_telling
from briefgen.sections.timeline.referents import leaning_start
from briefgen.sections.timeline.heads import governor
from briefgen.sections.timeline.rows import date_list, event_span, event_text, has_content
from briefgen.sections.timeline.venues import row_actors
from briefgen.sections.timeline.whose import who_opens
from briefgen.sections.timeline.tense import is_expected, past_wish, stale_forecast

HEADER_CHARS = 40
STAMP_CHARS = 300  # a byline's date stamp sits this close to the top
MAX_VAGUE_DAYS = 366
BACKGROUND_DAYS = 366  # a date in an apposition this long before the report is the party's past
DAY_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|last night|"
                       r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def has_day(text: str) -> bool:
    """A time of day that names its day ("Tuesday night", "last night"), not a bare hour."""
    return DAY_WORDS.search(text) is not None


#: Words after a four-digit figure that make it a time of day ("at 1400 MDT (1600 EDT)", "0900 hours").
CLOCK_WORDS = frozenset(TIME_ZONES) | {"hours", "hrs", "local"}


def is_clock_time(date: Span) -> bool:
    """A four-digit time of day that spaCy took for a year ("tomorrow at 1400 MDT")."""
    doc = date.doc
    following = doc[date.end].lower_.strip("().") if date.end < len(doc) else ""
    return bool(re.fullmatch(r"\d{4}", date.text.strip())) and following in CLOCK_WORDS


def is_dateline(date: Span) -> bool:
    """'WASHINGTON, September 5 :' or a 'date 2023-09-05' prefix: the article's own date, not an event."""
    doc = date.doc
    following = doc[date.end].text if date.end < len(doc) else ""
    near_start = date.start - date.sent.start <= 6
    place = doc[date.start - 2] if date.start >= 2 and doc[date.start - 1].text == "," else None
    in_capitals = place is not None and place.is_upper and len(place.text) > 2
    # ("… Read more LONDON, April 29 (Reuters) -": a dateline after page chrome)
    return (near_start or in_capitals) and following in (":", "—", "–", "-", "(")


#: A verbless line holding this many dates is a table ("Nov 28, 2010: VVV Venlo (a) 2-0Dec 4, 2010: NEC …").
TABLE_DATES = 3


def is_date_table(span: Span) -> bool:
    """A list of dated entries with no verb: a fixture list or a table, no event told."""
    return sum(e.label_ == "DATE" for e in span.ents) >= TABLE_DATES and not any(t.pos_ in ("VERB", "AUX") for t in span)


def is_header_date(date: Span, resolved: Date, anchor: dt.date | None) -> bool:
    """The publication date repeated at the top of the text ('date 2023-09-05 As tensions…'), or a
    byline's stamp there written out with its year and no preposition ("Paul Roberts, IDG News
    Service Friday, December 03, 2004 Lycos Europe is caught …")."""
    if resolved.granularity != "day" or resolved.start != anchor:
        return False
    before = date.doc[date.start - 1] if date.start > 0 else None
    if before is not None and before.pos_ == "ADP":
        return False  # "… said on Wednesday …": an event of the day, wherever it is written
    return date.start_char < HEADER_CHARS or (bool(re.search(r"\b\d{4}\b", date.text)) and date.start_char < STAMP_CHARS)


def is_vague_span(date: Date) -> bool:
    """'in recent years', 'the past few years': a window of years is no date for an event."""
    vague = re.search(r"\b(recent|few|several|many)\b", date.text, re.IGNORECASE)
    return bool(vague) and (date.end - date.start).days > MAX_VAGUE_DAYS


def events_in(document: Document, context: Context) -> list[Event]:
    """Every resolvable dated event of one source."""
    anchor, _ = anchor_of(document)
    latest = anchor or (window_of(document) or (None, dt.date.max))[1]  # the last day it can be told from
    index = context.actor_index
    events = []
    prefix = DATE_PREFIX.match(document.text)
    metadata_end = max(front_matter_end(document), prefix.end() if prefix else 0)
    for ent in document.doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start_char < metadata_end or is_dateline(ent) or is_clock_time(ent):
            continue  # ("marines occupied the ship Docemarte in Santos harbour Tuesday night": a TIME with a day;
            # one with no day, "about 3 pm", resolves to nothing)
        if ent.label_ == "TIME" and not has_day(ent.text):
            continue
        sentence = document.sentence_of(ent)
        if is_header_line(sentence.text) or is_credit_line(sentence.text) or document.part_of(sentence) != BODY \
                or is_date_table(sentence.span):
            continue  # headlines, bylines, captions, credits, page chrome and tables state no events
        if ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "DATE" and ent.root.head.i < ent.start:
            continue  # "in 2022 and 2023": read with the first
        if is_comparison_base(ent) or is_period_bound(ent) or is_account_period(ent) or counts_from_elsewhere(ent):
            continue  # "Japanese exports to the EC totalled 30.67 billion dlrs, up 4.5 pct from 1985": a 1986 fact
        head = governor(ent)
        if is_conditional(head, IF_MARKS):
            continue  # "Japan warned … it may take retaliatory measures if the United States imposes its planned
            # trade sanctions on April 17": the day of a condition dates no event told (timeline audit s21, row 26)
        if past_wish(head):
            continue  # "… that it wanted to extend the bond issue hearing until the end of April"
        expected = is_expected(ent, head)
        past = is_past(head) or bool(BARE_WEEKDAY.match(ent.text.strip())) and is_past(head if head.pos_ in ("VERB", "AUX") else governing_verb(head))
        # ("Dmitriev … told reporters after Wednesday's talks": a weekday owned by a noun takes the tense
        # of the verb above it, so it is never read as tomorrow's in a past telling)
        kind = names_a_kind(ent)  # "his year-end press conference": late in the year, not its last day (audit s30)
        date = resolve_told("late December" if kind else date_list(ent).text, document, future=expected, past=past)
        if date is not None and kind:
            date = date.model_copy(update={"text": ent.text})  # (shown in the source's words)
        if is_caption_telling(head, date, anchor):
            continue  # "People walk past a heavily damaged building in Gaza City on Nov. 10, 2025": a photo's caption
        if date is None or (date.anchor and is_quoted(ent)) or is_header_date(ent, date, anchor) or is_vague_span(date):
            continue
        if stale_forecast(head, date.end, anchor):
            continue  # "Bloomberg reported the fines were expected in early April"
        if date.start > latest:
            expected = True  # "space on the trading floor is expanded in May 1988", told in April 1987
        date = since_then(ent, date, anchor)
        aside = background_span(ent, index)
        if aside == (-1, -1):
            continue
        if aside is not None and anchor is not None and date.end >= anchor - dt.timedelta(days=BACKGROUND_DAYS):
            aside = None  # "General Partners, which launched the surprise tender offer today": the story's own step
        start, end = aside or event_span(ent)
        while start < end and document.doc[start].idx < metadata_end:
            start += 1  # the event line never carries the 'date 2023-09-05' prefix or front matter
        if end - start < 3 or not has_content(document.doc, start, end, ent):
            continue
        sentence = document.sentence_of(ent)
        start, end = with_close_name(document.doc, *keep_ending(document.doc, start, end, ent))
        who, before = who_opens(document, sentence, document.doc[start:end], index)
        start, end = readable_bounds(document.doc, start, end, ent, who, index)
        start = without_relative_opening(document.doc, start, end)
        span = document.doc[start:end]
        thing = described_thing(span, ent) if who is None and subjectless(span) or misread_participle(
            dated_verb(ent)) else None  # ("… according to the framework agreed at the Trump-Putin Alaska summit in
        # August 2025": the parser made the statement the subject of "agreed"; timeline audit s28, row 17)
        if thing is not None:
            start, end = thing  # "the agreement reached last July …", not "to persuade Japan …"
            span = document.doc[start:end]
        if who is None and not any(t.pos_ in ("VERB", "AUX") for t in span) and not names_party(span, index):
            continue  # "this weekend's news", "the April 3 expiration": a dated thing of no one, no event
        if who is None:
            start = past_unplaced_owner(span)  # "Hajime Tamura, who earlier today said …", not "his … Minister, …"
            span = document.doc[start:end]
        if fragment(span, who, index):
            continue
        actors = row_actors(span, index)
        lead, before = leaning_start(document, sentence, span, before) if who is None else (None, before)
        events.append(Event(date=date, text=event_text(document.doc, start, end, lead), actors=actors,
                            expected=expected, lemma=head.lemma_.lower(), citation=document.cite(sentence),
                            subject=subject_of(head), participants=participants_of(head, index),
                            background=aside is not None, who=who,
                            leaned=document.cite(before) if before is not None else None, phase=phase_of(head),
                            unnamed_teller=unnamed_teller(head)))
    return events


def participants_of(head: Token, index) -> frozenset[str]:
    """What one telling of an act shares with another: the named actors and singular nouns it is done
    by or to, and the state it declares ("the Higher Labour Court Saturday ruled it illegal" ->
    {Higher Labour Court, illegal}; "a national seamen's strike was ruled illegal last Friday" ->
    {strike, illegal}; "the agreement reached last July" -> {agreement}). Plural nouns are left out:
    "strikes" are many acts, not one."""
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
    words = set()
    if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl") and head.head.tag_ == "NN":
        words.add(head.head.lemma_.lower())  # "the agreement reached last July": done to the agreement
    elif head.tag_ == "NN":
        words.add(head.lemma_.lower())  # "a July 1986 agreement": the act is the noun's
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NN", "NNP"):
                ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
                words.add((index.resolve(ent.text) if index and ent is not None else None) or c.lemma_.lower())
                words.update(a.lemma_.lower() for a in c.children if a.dep_ == "appos" and a.tag_ == "NN")
                # (the parser heads 'the "Make Love, Not Spam" screensaver' on its title: what is launched is the screensaver)
            elif c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ":
                words.add(c.lemma_.lower())
    return frozenset(words)


#: Verbs whose complement's act they start or end ("started distributing a screensaver").
PHASE_VERBS = frozenset({"start", "begin", "stop", "cease", "resume", "finish"})


def phase_of(head: Token) -> str:
    """The verb of which the dated act is the complement, when it starts or ends it: "The company started
    distributing a screensaver on November 29, 2004" is a start, as "launched the screensaver" is."""
    verb = head.head.lemma_.lower()
    return verb if head.dep_ == "xcomp" and verb in PHASE_VERBS else ""


def subject_of(head: Token) -> str:
    """Lemmas of the common noun the event is about, space-separated ('the talks began' -> 'talk';
    'the round of talks, which began' -> 'round talk'); empty if the subject is not a common noun."""
    nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if not nouns and head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        nouns = [head.head]
    words = []
    for noun in nouns[:1]:
        words.append(noun.lemma_.lower())
        words += [g.lemma_.lower() for p in noun.children if p.lower_ == "of" for g in p.children if g.pos_ == "NOUN"]
    return " ".join(words)


def unnamed_teller(head: Token) -> bool:
    """A verb of saying whose subject names no one ("a source familiar with the trip told Reuters")."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return head.lemma_.lower() in SAYING and subject is not None and subject.pos_ == "NOUN" and not any(
        t.ent_type_ in ACTOR_LABELS for t in subject.subtree)


def one_row_per_line(events: list[Event]) -> list[Event]:
    """One event per line of one sentence: "Emmanuel Bonne … visited Moscow on Tuesday to meet with Russian officials,
    a source familiar with the trip told Reuters on Wednesday" is Tuesday's visit, not also Wednesday's telling
    (timeline audit s30, row 23) — a telling by no one named; a named party's saying is news of its own day
    ("Washington said last week that North Korea had supplied …"); a telling on a day the deed's overlaps ("said Monday that air defenses downed 40
    Ukrainian drones late Sunday and early Monday") is kept, as is a line with two days of what was done."""
    done: dict[tuple, list[Event]] = {}
    for e in events:
        if e.lemma not in SAYING:
            done.setdefault((e.citation.source, e.citation.sentence, e.text), []).append(e)
    return [e for e in events if e.lemma not in SAYING or not e.unnamed_teller or all(
        e.date.overlaps(d.date) for d in done.get((e.citation.source, e.citation.sentence, e.text), []))]


def within_bounds(date: Date, options) -> bool:
    """The configured from/to window (either may be absent)."""
    low, high = options.from_, options.to
    return not ((low and date.end < low) or (high and date.start > high))


def extract_timeline(context: Context, options) -> list[TimelineEvent]:
    """Dated events in date order, each cited, the same event across sources merged; leaves every
    source's dated events (before merging) on the context for the conflicts section."""
    events = one_row_per_line([e for d in context.documents for e in events_in(d, context)])
    context.dated_events = list(events)
    events += [lead for lead in (lead_event(d, context) for d in context.documents) if lead is not None]
    if not options.include_expected:
        events = [e for e in events if not e.expected]
    events = [e for e in events if within_bounds(e.date, options)]
    items = merge_events(events)
    limit = options.max_items
    if len(items) > limit:
        central = central_actors(context)
        keep = sorted(items, key=lambda i: (-i.support, not set(i.actors) & central, i.background,
                                            -len(set(i.actors) & central), i.date.start, i.text))[:limit]
        # (a row of the story's own actors, even a background one, before another story's: "the framework agreed at
        # the Trump-Putin Alaska summit in August 2025" before a newsletter's Academy Award item)
        items = [i for i in items if i in keep]
    return items


#: How many of the brief's most-mentioned actors count as the story's own, when a full table must
#: choose rows: a row naming none of them (another story of a newsletter) goes first.
CENTRAL_ACTORS = 10


def central_actors(context: Context) -> set[str]:
    """The brief's most-told actors: named by the most sources, then most often. (A newsletter's other
    story names its people often, but in one source only: "President Yoweri Museveni" of a Uganda item.)"""
    actors = sorted(context.items.get("actors") or [], key=lambda a: (-a.support, -a.mentions, a.name))
    return {a.name for a in actors[:CENTRAL_ACTORS]}
