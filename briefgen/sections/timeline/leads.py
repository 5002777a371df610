"""Lead events: what a dated report says happened on its day, though no date is written.

A news report's first sentence tells the news of its day ("Gencorp Inc said it filed suit against
the unsolicited … tender offer", "Japan denied breaking a pact with the U.S."). When that sentence
writes no date of its own, its event is dated by the report's publication day, shown as such (the
date has no wording; its anchor names the report's date). Only a report with a publication date
gives one, only its lead, and only when the lead is a named party's statement (said, told,
announced — in the past or the reporting present) or, under a wire's dateline, a statement or deed
of anyone told as news (a simple past, or the news perfect "has fined"); a forecast, a plan or a
state gives none. A date the lead writes in a relative clause, a participle on an object, or a
clause of another moment ("if …", "after …") dates that clause, so the lead keeps its day too.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.date import Date
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.quotes import past_open_quote
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.nlp.reading import DATELINE
from briefgen.nlp.syntax import ADVICE_MODALS, marked_clause
from briefgen.nlp.syntax import MODALS as SYNTAX_MODALS
from briefgen.sections.context import Context
from briefgen.sections.story import dateline_end, is_headline, names_actors, story_sentences
from briefgen.sections.timeline.events import Event
from briefgen.sections.timeline.venues import row_actors

MAX_LEAD_TOKENS = 40
#: Marks of a clause that tells another moment than the lead's news: its date is that clause's.
SUBORDINATE_MARKS = {"if", "unless", "after", "before", "since", "until", "once", "when", "while"}
MODALS = SYNTAX_MODALS | ADVICE_MODALS  # a lead that says what may, will or should happen is no deed


def _told_that_day(root: Token) -> bool:
    """A statement (past or reporting present) or a deed the lead tells as the day's news: a simple
    past ("Japan denied …", "was fined … by the European Union") or the news perfect of a lead ("The
    European Union has proposed a two-euro flat fee"); not a plan, a forecast or a state."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.children):
        return False
    if root.lemma_.lower() in load_lexicon("ask_speech_verbs"):  # what is said must not be a forecast
        # ("The United States may lift … sanctions …, officials said")
        said = [c for c in root.children if c.dep_ == "ccomp"]
        return root.tag_ in ("VBD", "VBZ", "VBP") and not any(
            a.dep_ == "aux" and a.lower_ in MODALS for clause in said for a in clause.children)
    if root.tag_ == "VBD":
        return True
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") or a.dep_ == "auxpass"
                                      and a.tag_ == "VBD" for a in auxes)


def _named_subject(root: Token, index) -> bool:
    """The subject — of the lead, or of the clause it reports ("The White House Economic Policy
    Council decided to recommend trade sanctions …, officials said") — is a named party: a proper
    noun or a name the actor index knows."""
    clauses = [root] + [c for c in root.children if c.dep_ == "ccomp"]
    for c in (c for clause in clauses for c in clause.children):
        if c.dep_ in ("nsubj", "nsubjpass"):
            ent = next((e for e in root.doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and ent.label_ in ACTOR_LABELS:
                return True
            if c.pos_ == "PROPN" or (index is not None and index.resolve(c.text)):
                return True
    return False


def _under_dateline(document: Document, sentence: Sentence) -> bool:
    """The sentence opens after a wire dateline on its line ("    TOKYO, March 13 - Japan denied …"),
    which the reading text blanks before parsing."""
    text = document.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    match = DATELINE.match(text, line_start)
    return match is not None and match.end() <= sentence.start + 1 or dateline_end(sentence) > sentence.start


def _describes(date, root: Token) -> bool:
    """The date sits in a relative clause or a participle describing an object, dating what a noun is,
    not the lead's news ("Petrobras has asked the Army to withdraw the troops which were occupying its
    oil installations since Tuesday"; "urged shareholders to reject the … tender offer made March 18")."""
    node = date.root
    while node.i != root.i and node.head.i != node.i:
        described = node.dep_ in ("relcl", "acl")  # ("the … offer made March 18", "the buy back offer it announced yesterday")
        if marked_clause(node, SUBORDINATE_MARKS):
            return True  # "… warned the United States it may take retaliatory measures if the United States imposes
            # its planned trade sanctions on April 17": the date is the condition's, not the warning's
        if described and (node.head.dep_ not in ("nsubj", "nsubjpass") or _perfect(node.head.head)):
            return True  # of a subject only when its news is a present perfect: "A Brazilian seamen's strike,
            # which began on February 27 …, has now ended" (a simple past may be of that day)
        node = node.head
    return False


def _perfect(verb: Token) -> bool:
    """A present perfect ("has now ended"): news of the report's day."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def lead_sentence(document: Document) -> Sentence | None:
    """The report's first story sentence that is not a headline."""
    return next((s for s in story_sentences(document) if not is_headline(s)), None)


def lead_event(document: Document, context: Context) -> Event | None:
    """The event of a dated report's lead, dated by the report's day, or None."""
    published = document.source.published
    sentence = lead_sentence(document)
    if published is None or sentence is None or not names_actors(document, sentence):
        return None
    start_char = dateline_end(sentence)
    span = sentence.span
    if any(e.label_ in ("DATE", "TIME") and e.start_char >= start_char and not _describes(e, span.root) for e in span.ents):
        return None  # a date of its own: the dated-event reader places it
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or not _told_that_day(root):
        return None
    if not _named_subject(root, context.actor_index) and not _under_dateline(document, sentence):
        return None  # under a wire's dateline the lead is the day's news whoever does it ("A Brazilian seamen's
        # strike … has now ended, a seamen's spokesman said")
    if root.lemma_.lower() not in load_lexicon("ask_speech_verbs") and not _under_dateline(document, sentence):
        return None  # a deed is the day's news under a wire's dateline ("TOKYO, March 13 - Japan denied …");
        # without one it may be last week's, retold ("ByteDance Ltd. was fined …" on the Monday after)
    tokens = [t for t in span if t.idx >= start_char and not t.is_space]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if len(tokens) < 4:
        return None
    doc = document.doc
    stop = past_open_quote(doc, tokens[0].i, tokens[min(len(tokens), MAX_LEAD_TOKENS) - 1].i + 1,
                           min(len(doc), span.end + 1))  # (a closing mark after the full stop falls past the sentence)
    cut = [t for t in tokens if t.i < stop]  # ('… the buy back offer it announced yesterday was a "financially
    # superior alternative."', not '… was a " …')
    text = " ".join(doc[cut[0].i : max(cut[-1].i + 1, stop if stop > tokens[-1].i else 0)].text.split()) + (
        " …" if len(tokens) > len(cut) else "")
    day = published.date() if isinstance(published, dt.datetime) else published
    date = Date(start=day, end=day, granularity="day", text="",
                anchor=f"{document.source.id} published {day.isoformat()}")
    actors = row_actors(span, context.actor_index)
    return Event(date=date, text=text, actors=actors, expected=False, lemma=root.lemma_.lower(),
                 citation=document.cite(sentence))
