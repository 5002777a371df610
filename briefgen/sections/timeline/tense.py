"""Whether a dated event lies ahead (a plan, a forecast, a deadline, a wish, a condition) or has
happened, from the grammar of the clause the date belongs to — never from the date alone, except
that a date after the report lies ahead whatever the tense (see the extractor).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.sections.timeline.rows import is_condition

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo"}
#: Modals of what may yet happen ("could trigger a massive selloff … today", "could easily drop … this year"),
#: not when negated ("could not compromise") or perfect ("could have been").
FORECAST_MODALS = {"could", "may", "might"}
PAST_AUXILIARIES = {"had", "was", "were", "did", "'d"}
WEEKDAY = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _is_past(token: Token) -> bool:
    """The verb is in a past tense ('had been due', 'was set', 'expected' as a simple past)."""
    if token.tag_ == "VBD":
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in token.children):
        return True
    head = token.head  # 'had been due': the tense sits on the verb the adjective completes
    return token.dep_ in ("acomp", "attr") and head.i != token.i and _is_past(head)


def _told_in_past(token: Token) -> bool:
    """'said he expected the challenge to be filed sometime this week': a simple past reported by a
    verb of saying in the past is the speaker's present (the sequence of tenses)."""
    return token.tag_ == "VBD" and token.dep_ == "ccomp" and token.head.lemma_.lower() in load_lexicon(
        "ask_speech_verbs") and token.head.tag_ == "VBD"


def _plans(token: Token) -> bool:
    """'is expected to', 'plans to', 'is due to', 'is likely to': a plan word with a to-infinitive
    after it, not in a past tense ('set out in a speech' and 'had been due' are not plans)."""
    if token.lemma_.lower() not in load_lexicon("future_markers"):
        return False
    if _is_past(token) and not _told_in_past(token.head if token.dep_ == "acomp" else token):
        return False  # ("was likely to adjourn sometime tonight, delegates said": the delegates' present)
    return any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or token.dep_ in ("xcomp", "acomp")


def _forecast(token: Token) -> bool:
    """The verb is a modal's possibility still open: "could trigger", "may rise", not "could not" nor "could have"."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a in FORECAST_MODALS for a in auxiliaries) and "have" not in auxiliaries and not any(
        c.dep_ == "neg" for c in token.children)


def _reported_future(token: Token) -> bool:
    """'officials said they would discuss it on Wednesday': 'would' in a clause reported by a
    speech verb is the future of the report."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # 'was studying the reply and would discuss it'
        token = token.head
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in load_lexicon("ask_speech_verbs")


def _present_schedule(head: Token) -> bool:
    """'The rules take effect on Nov. 16': a present-tense verb (not a verb of saying) with a date
    names a scheduled event."""
    if head.tag_ not in ("VBZ", "VBP") or head.lemma_.lower() in load_lexicon("ask_speech_verbs"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _scheduled(head: Token) -> bool:
    """'A hearing is scheduled Monday', 'the vote, scheduled for Tuesday, …', 'is due on Friday': a plan
    word the date hangs on directly, in the present — the day still to come."""
    act = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head  # ("to issue a proclamation on Friday")
    while act.dep_ == "xcomp" and act.head.i != act.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        act = act.head  # "a promise to try to negotiate basic quotas before September 30" (Reuters, 1 March 1987)
    if act.dep_ == "acl" and act.head.lemma_.lower() in load_lexicon("future_markers") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return True  # "his plan to issue a proclamation on Friday", told on a Monday: the coming Friday
    if head.lemma_.lower() not in load_lexicon("future_markers") or _is_past(head):
        return False
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "'s", "’s") for c in head.children)
    return present or (head.dep_ == "acl" and head.tag_ == "VBN") or (
        head.dep_ == "acomp" and head.head.tag_ in ("VBZ", "VBP"))


def _is_deadline(date: Span, head: Token) -> bool:
    """'until Friday', 'extended to Friday', 'a Friday deadline', 'the new target is Friday'."""
    deadlines = load_lexicon("deadline_nouns")
    before = date.doc[date.start - 1].lower_ if date.start > 0 else ""
    if WEEKDAY.match(date.text) and (before in ("until", "till", "by") or (
            before == "to" and head.lemma_.lower() in load_lexicon("deadline_verbs"))):
        return True
    if head.lemma_.lower() in deadlines:
        return True
    return head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in deadlines for c in head.children)


def _wish_over(head: Token) -> Token | None:
    """The verb of wanting whose complement holds the date's clause ("Howard wants three British firms
    to be named …", "it wanted to extend the bond issue hearing until the end of April"), never past a
    clause describing a noun ("urged shareholders to reject the … tender offer made March 18")."""
    token = head
    for _ in range(4):
        if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in load_lexicon("wish_verbs"):
            return token.head
        if token.head.i == token.i or token.dep_ in ("relcl", "acl"):
            return None
        token = token.head
    return None


def _hoped_or_conditional(head: Token) -> bool:
    """The event is someone's present aim ("Howard wants three British firms to be named … by the end
    of this year") or a condition ("if the U.S. carries out a threat … on April 17"): not a fact yet."""
    wish = _wish_over(head)
    if wish is not None and not _is_past(wish):
        return True
    token = head
    for _ in range(4):
        if is_condition(token) and not _is_past(token):
            return True
        if token.head.i == token.i or token.dep_ == "relcl":  # ("to withdraw the troops which were occupying …")
            return False
        token = token.head
    return False


def is_expected(date: Span, head: Token) -> bool:
    """True for plans and forecasts: future wording ('later this month'), a deadline ('until Friday',
    'a Friday deadline'), 'will', or a plan word governing the verb the date belongs to."""
    words = date.text.lower().split()
    if words and words[0] in ("later", "next", "coming", "upcoming", "tomorrow"):
        return True
    if _is_deadline(date, head):
        return True
    if _present_schedule(head) or _scheduled(head) or _hoped_or_conditional(head):
        return True
    token = head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children) or _plans(token):
            return True
        if _forecast(token):
            return True
        if any(c.dep_ == "acomp" and _plans(c) for c in token.children) or _reported_future(token):
            return True
        planned = token.dep_ == "ccomp" and token.head.lemma_.lower() in load_lexicon("future_markers")
        if (token.dep_ not in ("xcomp", "acomp") and not planned) or token.head.i == token.i:
            return False  # (climbs "expected the challenge to be filed", not "said it was filed")
        token = token.head
    return False


def past_wish(head: Token) -> bool:
    """The date is in what someone wanted, sought or hoped for in the past ("Pennzoil's disclosure … that
    it wanted to extend the bond issue hearing until the end of April"): a wish whose outcome the line
    cannot tell, never a dated event."""
    wish = _wish_over(head)
    return wish is not None and _is_past(wish)


def stale_forecast(head: Token, date_end, anchor) -> bool:
    """A forecast told in the past for a time now gone ("Bloomberg reported the fines were expected in
    early April", in a May report): what was expected, not what happened — whatever did happen is a
    row of its own."""
    if anchor is None or date_end >= anchor or head.lemma_.lower() not in load_lexicon("future_markers"):
        return False
    expected_form = any(c.dep_ == "auxpass" for c in head.children) or head.dep_ == "acomp"  # ("were expected",
    # "was scheduled", "had been due"), not "red lines he first set out in a speech in June"
    return _is_past(head) and expected_form and not any(c.dep_ == "prt" for c in head.children)
