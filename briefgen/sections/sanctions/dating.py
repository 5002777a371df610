"""When a sanction is dated: by the date its own clause states, else as of the citing source's day
(a measure told without a date stands as of the report), never by a date that tells something else.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from briefgen.dates.anchor import anchor_of, is_whole_year, resolve_told, window_label, window_of
from briefgen.dates.resolve import resolve
from briefgen.model.date import Date
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import IF_MARKS, governing_verb, is_conditional, is_past
from briefgen.sections.sanctions.lexicons import lexicon

#: Prepositions that put what they govern at another time than the verb they hang on.
TIME_PREPOSITIONS = ("after", "before", "since", "until", "following", "prior")


def stated_date(document: Document, predicate: Token, sentence: Sentence, future: bool) -> Date | None:
    """The DATE entity attached to the predicate, resolved against the publication date."""
    predicates = {predicate.i}
    announcements: set[int] = set()  # verbs of announcing a plan: their date lies in the past
    limits: set[int] = set()  # dated time limits the measure is set for
    node = predicate  # "Washington announced plans yesterday to put … in tariffs": the announcement's day
    for _ in range(6):
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        # "Yesterday the government sent thousands of troops … to occupy nine oil refineries": the sending's day
        told = future and node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon("announce_verbs")
        # "Reagan announced on March 27 that he planned to raise tariffs": a plan is dated by its announcement
        if not (purpose or told) and node.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "pcomp") \
                or node.head.i == node.i:
            break
        node = node.head
        if node.dep_ == "prep" and node.lower_ in TIME_PREPOSITIONS:
            break  # "put … up for sale last week after hitting the company with … fines": the fines came before
        if node.pos_ in ("VERB", "AUX"):
            predicates.add(node.i)
            if told:
                announcements.add(node.i)
        elif node.lemma_.lower() in lexicon("deadline_nouns"):
            limits.add(node.i)  # "the April 17 deadline set by Washington for the tariffs to take effect"
    if (predicate.dep_ == "acl" and predicate.head.lemma_.lower() in lexicon("instrument_nouns")
            and predicate.head.head.lemma_.lower() in lexicon("instrument_verbs")):
        predicates.add(predicate.head.head.i)  # 'signed on Thursday an order imposing …' dates the order
    for ent in sentence.span.ents:
        if ent.label_ != "DATE":
            continue
        node = ent.root
        if node.head.i in limits and node.dep_ in ("nmod", "compound", "amod", "poss"):
            past = is_past(governing_verb(node.head))  # "… missed the March 1 deadline": a limit gone by
            found = resolve_told(ent.text, document, future=future and not past, past=past)
            if found is not None:
                return found
        while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i in predicates:
            past = is_past(node)  # "In January, the European Commission promised strict new controls": a
            # threat made in the past is dated in the past
            found = resolve_told(ent.text, document, future=future and node.i not in announcements and not past,
                                 past=past)
            if found is not None:  # "the first national strike in 25 years": a span, not a day
                return found
    return None

def told_date(document: Document, sentence: Sentence) -> Date | None:
    """The citing source's own date, for a measure its sentence tells without a date of its
    own: the measure stands as of that day (imposed, threatened or lifted by then), so
    successive rounds of one regime stay apart in time order. The date has no wording
    (``text`` is empty; ``anchor`` names the source's date) and is shown "as of". A sentence
    with a date elsewhere ("…, the State Department said on Monday") dates something else and
    gives none, unless that date is a condition's (audit s19, sanctions-22: "… if the United States
    imposes its planned trade sanctions on April 17" does not date the warning); a length of time
    does not, and a date inside a relative clause describes its noun ("the troops which were
    occupying its oil installations since Tuesday") and does not stand in the way."""
    anchor, label = anchor_of(document)
    window = window_of(document)
    if anchor is None and window is None or any(
            ent.label_ in ("DATE", "TIME") and not _describes_noun(ent.root)
            and not is_conditional(ent.root, IF_MARKS)
            and resolve(ent.text, anchor or window[1]) is not None for ent in sentence.span.ents):
        return None  # a length ("week-long strikes", "for a few more days") dates nothing
    if anchor is not None:
        day = anchor.date() if isinstance(anchor, dt.datetime) else anchor
        return Date(start=day, end=day, granularity="day", text="",
                    anchor=f"published {day.isoformat()}" if document.source.published else label)
    start, end = window  # an undated source's estimated window: as of some day in it
    return Date(start=start, end=end, granularity="year" if is_whole_year(start, end) else "range", text="",
                anchor=f"{document.source.id} estimated {window_label(start, end)}")


def _describes_noun(token: Token) -> bool:
    """Whether ``token`` lies in a relative clause on a noun ("the troops which were occupying …
    since Tuesday")."""
    verb = governing_verb(token)
    return verb is not None and verb.dep_ == "relcl"


def told_as_earlier(token: Token) -> bool:
    """The measure is named under a preposition of time ("Following … Trump's announcement of trade
    tariffs on China, the European Commission expressed concerns"): it came before the day told, so
    the report's day is not its date."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in TIME_PREPOSITIONS:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":
            return False
    return False
