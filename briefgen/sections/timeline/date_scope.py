"""What a date in a sentence dates: not the event when it is only what a figure is measured against
("up 4.5 pct from 1985"); to the day of the report when a tally or a state runs "since" it.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from briefgen.model.date import Date

#: Verbs of a change in a quantity, whose "from 1985" is the base of a comparison, not a start.
CHANGE_VERBS = {"rise", "fall", "increase", "decrease", "drop", "grow", "climb", "decline", "jump", "surge",
                "slump", "double", "triple", "halve", "gain", "lose", "slip", "soar", "plunge", "edge"}
QUANTITY_WORDS = {"up", "down", "pct", "percent", "%", "cent", "higher", "lower"}
#: Nouns of a change, whose "from 2023" is always a base ("a doubling from 2023 and tripling from 2022").
CHANGE_NOUNS = {"doubling", "tripling", "quadrupling", "halving", "rise", "increase", "decrease", "drop", "jump",
                "fall", "decline", "growth", "gain", "surge"}


def _up_to_clause(token):
    """The words above ``token`` up to the first verb (itself included)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        yield node
        if node.pos_ in ("VERB", "AUX"):
            return


def is_comparison_base(date: Span) -> bool:
    """The date is what something is measured against, not when it happened: "up 4.5 pct from
    1985", "double that of 2023", "more than in 2022", "compared with 2019", "compared with Friday's
    close"."""
    node = date.root
    if node.dep_ == "poss" and node.head.pos_ == "NOUN":
        node = node.head  # "compared with Friday's close in New York of 31-7/8 dlrs": the close is the base
    prep = node.head
    word, above = prep.lower_, prep.head
    if word == "than":
        return True
    if word == "since" and above.lemma_.lower() == "time" and any(c.lower_ in ("first", "last") for c in above.children):
        return True  # "advance to the quarterfinals for the first time since 2006": 2006 was the time before
    if word in ("with", "to") and above.lemma_.lower() == "compare":
        return True
    if any(a.lower_ in ("with", "to") and a.head.lemma_.lower() == "compare" for a in _up_to_clause(date.root)):
        return True  # "… up to around 19.25/35 dlrs, compared with 18.45/50 dlrs in the middle of last week"
    if word == "of" and above.lower_ in ("that", "those") and above.pos_ == "PRON":
        return True
    if word not in ("from", "over"):
        return False
    if above.lower_ in QUANTITY_WORDS or above.like_num or (above.pos_ == "NOUN" and above.lemma_.lower() in CHANGE_NOUNS):
        return True
    if above.tag_ == "VBG" and above.lemma_.lower() in CHANGE_VERBS and above.dep_ in ("conj", "appos") \
            and not any(c.dep_ == "nsubj" for c in above.children):
        return True  # "… and tripling from 2022": a gerund of change, read as a noun
    return above.lemma_.lower() in CHANGE_VERBS and any(
        t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") or t.lower_ in QUANTITY_WORDS
        for c in above.children if c.i != prep.i for t in c.subtree)


#: Participles that set the bound of a span of time ("a 'select period' ending in May 2023"), as
#: written (the parser reads some as nouns).
BOUND_WORDS = {"ending", "ended", "beginning", "begun", "starting", "started", "running", "closing", "closed",
               "concluding", "concluded"}
#: Nouns of a span of time, which such a participle bounds.
PERIOD_NOUNS = {"period", "year", "quarter", "half", "month", "week", "term", "season", "window", "span",
                "stretch", "timeframe"}


def is_period_bound(date: Span) -> bool:
    """The date bounds a span of time a noun names ("focusing its probe on a 'select period' ending in May
    2023", "the year ending March 31"), not when something happened: the clause around it (a criticism told
    in 2025) is not of that month (timeline audit s23, row 20)."""
    word = date.root.head
    if word.dep_ == "prep":
        word = word.head
    if word.lower_ in BOUND_WORDS and word.dep_ == "acl":
        return word.head.lemma_.lower() in PERIOD_NOUNS
    return word.lemma_.lower() in PERIOD_NOUNS and any(
        c.dep_ == "acl" and c.lower_ in BOUND_WORDS and c.i < date.start for c in word.children)


#: Nouns of an account kept by period, whose year before them ("its 2004 dividend payment", "2004 profits",
#: "the 2005 budget") is the period the figure is for, not when anything happened.
ACCOUNT_NOUNS = {"dividend", "profit", "budget", "result", "earnings", "revenue", "sales", "payment", "payout",
                 "accounts", "forecast", "figures", "turnover", "loss", "income", "bonus", "salary", "spending",
                 "output", "quota", "target", "deficit", "surplus", "tax", "taxes", "ceiling", "level", "limit"}


def is_account_period(date: Span) -> bool:
    """A bare year, quarter or half written before an account noun, as its period ("Deutsche Boerse … has said it
    will boost its 2004 dividend payment by 27%", said in February 2005: the dividend is 2004's, the saying is
    not; "a provisional fourth quarter level of 18.3 mln bpd, now cut back to the third quarter target", Reuters,
    June 1987: which target, not when it was cut)."""
    year = len(date) == 1 and date[0].like_num and len(date[0].text) == 4
    if not year and not any(t.lower_ in ("quarter", "half") for t in date):
        return False
    after = date.doc[date.end] if date.end < len(date.doc) else None
    if not year and after is not None and after.pos_ == "NOUN":  # "the third quarter target", parsed with the
        heads = [after] + ([after.head] if after.head.pos_ == "NOUN" else [])  # date on "the"; "targets" as a verb
        return any(t.lemma_.lower() in ACCOUNT_NOUNS or t.lower_ in ACCOUNT_NOUNS for t in heads)  # is no target
    noun = date.root.head
    if date.root.dep_ not in ("compound", "nummod", "amod", "nmod") or noun.i < date.root.i:
        return False
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "2004 dividend payment": the payment, of the dividend
    words = {t.lemma_.lower() for t in noun.doc[date.root.i + 1 : noun.i + 1]}
    return bool(words & ACCOUNT_NOUNS)


def since_then(ent: Span, date: Date, anchor: dt.date | None) -> Date:
    """"217 times since the start of 2026", in a report of 4 February: a tally or a state from the date
    to the day of the report, not a thing of January — shown with its "since" ("139 had been held since
    2022" runs from 2022, it did not happen then; timeline audit s38, row 15)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ != "since" or before.dep_ != "prep" or anchor is None or anchor <= date.end:
        return date
    words = f"{before.text}{before.whitespace_}{date.text}" if date.text else date.text
    return date.model_copy(update={"end": anchor, "granularity": "range", "text": words})


#: Verbs of telling that present what they tell as true (a revealing, not a saying).
FACTIVE_VERBS = frozenset({"reveal", "disclose", "admit", "acknowledge", "confirm", "concede"})
MODAL_WORDS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "wo", "ca"})
#: Words right after a date that count it from another moment the date does not name.
RELATIVE_AFTER = frozenset({"after", "before", "later", "earlier"})


def counts_from_elsewhere(date: Span) -> bool:
    """ "the two sides would probably meet the week after" (Reuters, 28 March 1987): the week after another
    week the text named before, not this one; the recogniser leaves "after" outside the date."""
    after = date.doc[date.end] if date.end < len(date.doc) else None
    return after is not None and after.lower_ in RELATIVE_AFTER and not list(after.children)
    # ("put … up for sale last week after hitting the company with a $27bn bill": "after" has its own clause)


def dated_apart(teller: Token, told: Token) -> bool:
    """The telling has a day of its own, and what it tells is a fact: "in April 2025, TikTok revealed that it had
    discovered in February 2025 that …" — February's line is what was discovered, not April's revealing. A
    claim keeps its speaker ("Washington said last week that North Korea had supplied infantry rockets … in
    2022"; "Fees should be charged … from next year, France said on Tuesday")."""
    if teller.lemma_.lower() not in FACTIVE_VERBS or any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS
                                                          for c in told.children):
        return False
    dated = [e for e in teller.sent.ents if e.label_ == "DATE" and (
        e.root.head.i == teller.i or e.root.head.dep_ == "prep" and e.root.head.head.i == teller.i)]
    return bool(dated) and any(e.root.i not in {t.i for t in told.subtree} for e in dated)


#: Date words that, set before a noun, name a kind of event, not its day ("his year-end press conference").
KIND_WORDS = frozenset({"year-end"})


def names_a_kind(date: Span) -> bool:
    """ "'Everything was done by market methods,' Mr Putin said at his year-end press conference in Moscow" (BBC,
    December 2004): the conference was held late in the year; "year-end" is no 31 December (audit s30, row 30)."""
    words = [t for t in date if t.lower_ not in ("his", "her", "its", "their", "the", "a", "an")]
    return " ".join(t.lower_ for t in words).replace(" - ", "-") in KIND_WORDS and date.root.dep_ in (
        "amod", "compound", "nmod") and date.root.head.pos_ == "NOUN"
