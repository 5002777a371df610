"""Text normalisation for :mod:`briefgen.dates.resolve`: lower-case an expression and reduce it to
the vocabulary the rules of ``rules.py`` match ("mid-July" -> "mid july", "the third-quarter" ->
"third quarter", "nineteen ninety-six" -> "1996"). Each substitution is one line of ``_SUBS``,
applied in order; filler words and leading prepositions go last.
"""
from __future__ import annotations

import re

from briefgen.dates.calendar import MON, TIME_ZONES, WD, alt

_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), start=1)}
_TEENS = {w: i for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                       "nineteen".split(), start=10)}
_TENS = {w: i * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_DECADES = {f"{w[:-1]}ies": n for w, n in _TENS.items()}  # "nineties" -> 90
_SPELLED_YEAR = re.compile(rf"\b(nineteen|twenty) (?:({alt(_TEENS)})|({alt(_TENS)})(?:[- ]({alt(_UNITS)}))?)\b")


def _spelled_year(m: re.Match) -> str:
    """ "nineteen ninety-six" -> "1996", as broadcast transcripts write years."""
    century = _TEENS.get(m[1]) or _TENS[m[1]]
    rest = _TEENS[m[2]] if m[2] else _TENS[m[3]] + (_UNITS[m[4]] if m[4] else 0)
    return str(century * 100 + rest)


_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth".split()
_DAY_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS + "tenth eleventh twelfth thirteenth fourteenth "
                 "fifteenth sixteenth seventeenth eighteenth nineteenth".split(), start=1)}
_DAY_ORDINALS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
_DAY_ORDINALS |= {f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
_SPELLED_DAY = re.compile(rf"\b({MON}) ({alt(_DAY_ORDINALS)})\b")


_SUBS = [  # (pattern, replacement), applied in order to the lower-cased text
    (re.compile(r"[\u2018\u2019`]"), "'"),
    (re.compile(r"[\u2010-\u2015]"), "-"),
    (re.compile(r"[()\[\]]"), " "),
    (re.compile(r"(\d)'s\b"), r"\1s"),                      # 1990's -> 1990s
    (re.compile(r"'s\b"), ""),                               # Monday's, New Year's
    (re.compile(r"\.(?!\d)"), ""),                           # Sept. 5, p.m.
    (re.compile(r"\b(early|mid|late|end|start)-"), r"\1 "),  # mid-July, mid-2022, end-2022
    (re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b"), r"\1 \2"),  # third-quarter
    (re.compile(r"\b(latest|most recent) (quarter|period)\b"), "quarter"),  # the reported quarter
    (re.compile(r"\b(first|last) two quarters\b"), lambda m: "first half" if m[1] == "first" else "second half"),
    (re.compile(r"\byear-(?:ago|earlier) (first|second|third|fourth) quarter\b"), r"\1 quarter last year"),
    (re.compile(r"\blast year (?:quarter|period)\b|\bquarter a year (?:ago|earlier)\b"), "year-ago quarter"),
    (re.compile(r"\b(?:comparable|corresponding|same) (?=year-(?:ago|earlier) (?:quarter|period)\b)"), ""),
    (re.compile(r"\b(\d{4}) period\b"), r"\1"),                 # the 1988 period: within that year
    (_SPELLED_DAY, lambda m: f"{m[1]} {_DAY_ORDINALS[m[2]]}"),  # March eighth -> march 8
    (_SPELLED_YEAR, _spelled_year),                          # nineteen ninety-six -> 1996
    (re.compile(rf"\btwo thousand(?: and)?(?: ({alt(_UNITS)}))?\b"),
     lambda m: str(2000 + (_UNITS[m[1]] if m[1] else 0))),  # the year two thousand -> 2000
    (re.compile(r"\byear-(?:ago|earlier) (?:quarter|period)\b"), "year-ago quarter"),  # of a results report
    (re.compile(r"\bfull year\b"), "this year"),              # the full year (not "a full week": a length)
    (re.compile(r"\byear-ago\b(?! quarter)"), "one year ago"),  # year-ago results
    (re.compile(r"\bfiscal\b"), " "),                         # fiscal 1989, the current fiscal year
    (re.compile(r"\s+or so\b"), ""),                           # a week or so ago, the next year or so
    (re.compile(rf"\bthe ((?:early |mid |late )?)({alt(_DECADES)})\b"), lambda m: f"the {m[1]}{_DECADES[m[2]]}s"),
    # the nineties -> the 90s (the decade rule picks its century); not "in her forties", an age
    (re.compile(r"\b\d{1,2}(:\d{2})? ?[ap]m\b|\b\d{1,2}:\d{2}\b|\b(noon|midday|midnight)\b"), " "),
    (re.compile(rf"\b({alt(TIME_ZONES)}|local time)\b"), " "),
    (re.compile(r"(?<!last )(?<!this )\b(morning|afternoon|evening|night|overnight)\b"), " "),
    (re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b"), r"\1\2"),  # "January 19 th": a superscript ordinal flattened
    (re.compile(rf"\b({WD}),"), r"\1 "),                     # Wednesday, Aug. 30
    (re.compile(rf"\b(?:this coming|this past|this|next|last|coming|past) (?=(?:{WD})\s+(?:{MON})\s+\d)"), ""),
    # this coming Sunday, March 8: the date says which Sunday
    (re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?|{MON}),\s*(?=\d{{4}}\b)"), r"\1 "),  # Sept 5, 2023
    (re.compile(r"\s*,\s*"), " and "),                       # lists: 2017, 2018 and 2019
    (re.compile(r"\bthe last (week|month|year|decade)\s*$"), r"past \1"),  # 'the last week' = past 7 days
    (re.compile(r"\b(the|of|in|on|at|its|their)\b"), " "),   # filler words carry no date meaning
    (re.compile(r"\s*-\s*"), "-"),
    (re.compile(r"\s+"), " "),
]
_LEAD = re.compile(
    r"^(since|by|during|throughout|from|until|till|through|as of|as early as|as recently as|as late as"
    r"|as far back as|over|around|about|roughly|approximately|some|nearly|almost|just|only|circa"
    r"|starting|sometime|some time|much|most|(?:a )?(?:good |large |great |better |greater )?part)\s+")
# "most of 1990", "a good part of 1990": within the year they name
#: Bounds and durations: "before 2019" is not 2019, "for two weeks" is not a date.
BOUND = re.compile(r"^(before|after|prior to|earlier than|later than|no later than|no earlier than"
                   r"|more than|less than|at least|up to|within|for|every|each|per)\b")


def normalize(text: str) -> str:
    """Lower-case ``text`` and reduce it to the vocabulary the rules match ('' when nothing is left)."""
    s = text.lower().strip()
    for pattern, repl in _SUBS:
        s = pattern.sub(repl, s)
    s = s.strip(" .;:!?\"'-")
    while (m := _LEAD.match(s)) and not BOUND.match(s):
        s = s[m.end():]
    return s
