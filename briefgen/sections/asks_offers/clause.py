"""The line of an ask or offer: the source's own clause, cut verbatim from its sentence.

The clause is the subtree of the frame's head (the trigger verb, the copula of "willing to", the
verb that makes a trigger noun) without the clauses coordinated after it or hung on it as asides;
a condition ("if …", "unless …", "in exchange for …") and, for reported speech, the speaker and
their verb are always kept inside it. The text is the reading text (the source's
characters with entities decoded and wire brackets dropped); runs of white space (hard-wrapped
lines) become one space.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Sentence
from briefgen.nlp.syntax import is_edge_punct
from briefgen.sections.asks_offers.frame import Frame

#: Closing brackets and the opening one they answer.
CLOSERS = {")": "(", "]": "["}
#: Children of the head that are other clauses, not part of this one.
SEPARATE_DEPS = {"conj", "parataxis"}
#: Words leading a clause that belong to the sentence around it ("and", "but", "that").
LEADING_JUNK_DEPS = {"cc", "mark", "punct", "preconj"}
#: Subordinators of a condition clause; "as soon as", "so long as" end on the listed word.
CONDITION_MARKS = {"if", "unless", "once", "provided", "providing"}  # "until": how long, not on what
#: Prepositional phrases that state a condition or an exchange.
CONDITION_PREPS = {("on", "condition"), ("subject", "to"), ("conditioned", "on"), ("conditional", "on"),
                   ("contingent", "on"), ("provided", "that")}
#: Exchange phrases: a condition only with what is given back ("in exchange for security guarantees";
#: "In return, X wants …" only links the sentence to the one before).
EXCHANGE_PREPS = {("in", "exchange"), ("in", "return")}


def clause_tokens(head: Token, keep: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """(first, last) token index of the clause ``head`` governs, clauses coordinated after it
    by "and" left out, stretched to hold every (first, last) range of ``keep`` (a speaker, a condition)."""
    kept_ranges = list(keep)
    dropped: set[int] = set()
    for c in head.children:
        separate = c.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and c.pos_ == "NOUN")  # "offers of A from X
        # and an 80 pct increase from Y": two offers, each its own line
        if c.dep_ in SEPARATE_DEPS and separate and c.i > head.i and not contrasted(head, c) \
                and not any(a <= c.i <= b for a, b in kept_ranges):
            dropped.update(t.i for t in c.subtree)
            dropped.update(t.i for t in head.children if t.dep_ == "cc" and head.i < t.i < c.i)
    kept = [t.i for t in head.subtree if t.i not in dropped]
    if dropped:  # the sentence's closing stop hangs on the head: it must not stretch the line over what was cut
        kept = [i for i in kept if i < min(dropped) or not (head.doc[i].is_punct or head.doc[i].is_space)]
    first, last = min(kept), max(kept)
    for a, b in kept_ranges:
        first, last = min(first, a), max(last, b)
    doc = head.doc
    protected = {i for a, b in kept_ranges for i in (a, b)}
    while first < last and first not in protected and (doc[first].dep_ in LEADING_JUNK_DEPS
                                                        or doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (is_edge_punct(doc[last]) and not doc[last].is_quote or doc[last].dep_ == "cc"
                            or doc[last].is_space):
        if doc[last].text in CLOSERS and doc[first : last].text.count(CLOSERS[doc[last].text]) > \
                doc[first : last].text.count(doc[last].text):
            break  # "(Syndarma)": a bracket the clause opened is closed
        last -= 1
    return first, last


def contrasted(head: Token, conj: Token) -> bool:
    """A clause coordinated by anything but "and" ("but", "or", "rather than", "instead of"):
    cutting it off would change what the clause before it means."""
    words = {t.lower_ for t in head.children if t.dep_ in ("cc", "preconj") and head.i < t.i < conj.i}
    words |= {t.lower_ for t in conj.children if t.dep_ in ("cc", "advmod") and t.i < conj.i}
    before = conj.left_edge.i - 1  # "We want them back or damages paid": the "or" hung elsewhere
    if before > head.i and head.doc[before].dep_ == "cc":
        words.add(head.doc[before].lower_)
    return bool(words - {"and", "&", "also", "then"})


def subtree_range(token: Token) -> tuple[int, int]:
    """(first, last) token index of a token's subtree."""
    return token.left_edge.i, token.right_edge.i


def span_text(head: Token, first: int, last: int) -> str:
    """The text of tokens ``first``..``last`` as read (the reading text: entities decoded, wire
    brackets and links gone, of the source's length) with white space runs made one space and
    quotes left unpaired at an edge dropped."""
    doc = head.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    line = re.sub(r"\s+", " ", doc.text[start:end]).strip()
    if line.count('"') % 2 and (line.startswith('"') or line.endswith('"')):
        line = line.strip('"').strip()
    opens, closes = line.count("“"), line.count("”")
    if opens > closes and line.startswith("“"):
        line = line[1:].lstrip()
    if closes > opens and line.endswith("”"):
        line = line[:-1].rstrip()
    return line.strip(" ,;:–—-")


def reach(tokens: list[Token], depth: int = 3) -> list[Token]:
    """The tokens and the clauses they govern as complements or their conjuncts, ``depth`` deep
    ("threatened to use the Act to revoke or deny licences if …": the "if" hangs on "deny")."""
    found = list(tokens)
    frontier = list(tokens)
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in ("xcomp", "ccomp", "conj")
                    and c.pos_ in ("VERB", "AUX")]
        found += [t for t in frontier if t not in found]
    return found


def hypothetical(token: Token) -> bool:
    """A clause that says what would be done ("would be prepared to lift"): its "when" is a
    condition, not a time."""
    verbs = [token, *list(token.ancestors)[:3]]
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for v in verbs for c in v.children)


def condition_of(tokens: list[Token]) -> Token | None:
    """The condition or exchange phrase hung on any of ``tokens`` (the head, the words it governs
    on the way to the trigger, and what is asked) or on a clause they govern: an "if"/"unless"/
    "once" clause, "in exchange for …", "conditioned on …", "only if …"."""
    for token in reach(tokens):
        for c in token.children:
            if c.dep_ in ("advcl", "ccomp", "conj") and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                                   for m in c.children):
                return c
            if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "soon" for m in c.children):
                return c  # "as soon as there is evidence"
            if c.dep_ == "advcl" and hypothetical(token) and any(
                    m.dep_ == "advmod" and m.lower_ == "when" for m in c.children):
                return c  # "he would be prepared to lift the sanctions when Japan took corrective action"
            words = (c.lower_, next((g.lower_ for g in c.children if g.dep_ in ("pobj", "prep", "pcomp")), None))
            if c.dep_ in ("prep", "advcl", "acl", "amod", "acomp") and words in CONDITION_PREPS:
                return c
            if c.dep_ == "prep" and words in EXCHANGE_PREPS and any(
                    g.dep_ == "prep" and g.lower_ == "for" for w in c.children for g in w.children):
                return c
    return None


def reverses(doc, first: int, last: int) -> bool:
    """The words ``first``..``last`` (a contrast kept after a clause) say the party went back on it:
    "but he appeared to reverse course", "but later withdrew it", "but backed away"."""
    words = load_lexicon("ask_withdraw_verbs")
    for token in doc[first : last + 1]:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in words or lemma == "reverse" and any(
                c.lower_ in ("course", "itself", "decision") for c in token.children)
                or lemma == "back" and any(c.lower_ in ("away", "down", "off") for c in token.children)):
            return True
    return False


#: Words that open a contrast a line must keep ("…, but the facility must be Russian").
CONTRASTS = ("but", "yet", "although", "though")


def with_contrast(doc, last: int, sentence: Sentence) -> int:
    """The line's last token, stretched over a contrast that follows it in the sentence ("Moscow was
    ready for cooperation …, but the facility must be Russian"): cutting it off changes the meaning."""
    end = sentence.span.end
    nxt = last + 1
    while nxt < end and (doc[nxt].is_punct or doc[nxt].is_space) and not doc[nxt].is_quote:
        nxt += 1
    if nxt < end and doc[nxt].lower_ in CONTRASTS and doc[nxt].dep_ in ("cc", "mark", "advmod"):
        stop = max(t.i for t in doc[nxt].head.subtree) if doc[nxt].head.i > nxt else end - 1
        following = [t.i for t in doc[nxt : end] if t.head.i == doc[nxt].head.i and t.dep_ == "conj" and t.i > nxt]
        if following:
            stop = max(t.i for t in doc[following[0]].subtree)
        last = max(last, stop)
        while last > nxt and (is_edge_punct(doc[last]) and not doc[last].is_quote or doc[last].is_space):
            last -= 1
    return last


OPENING_QUOTES = ("“", "‘")
CLOSING_QUOTES = ("”", "’")


def with_quote_closed(doc, first: int, last: int, sentence: Sentence) -> int:
    """The line's last token, stretched to the end of a quotation the line opens and does not close
    ('he added: “An economic assessment needs to be looked at with the view to establish is the amount
    enough …”', cut by a broken parse after "establish"): a quotation is never cut short."""
    opened = closed = 0
    for token in doc[first : last + 1]:
        opened += token.text in OPENING_QUOTES
        closed += token.text in CLOSING_QUOTES
    if opened <= closed:
        return last
    end = next((t.i for t in doc[last + 1 : sentence.span.end] if t.text in CLOSING_QUOTES), None)
    if end is None:
        return last
    last = end - 1
    while last > first and (is_edge_punct(doc[last]) or doc[last].is_space):
        last -= 1
    return last


#: Marks of a clause that concedes what the main clause then qualifies ("While X agreed …, Moscow
#: and Kyiv differ deeply"): a line cut to the concession alone says the opposite of the sentence.
CONCESSIONS = ("while", "although", "though", "whereas", "even though")


def with_concession(head: Token, first: int, last: int) -> tuple[int, int]:
    """The line's first and last tokens, stretched over the whole sentence when the line is a
    concession that opens it ("While Ukrainian and Russian officials have agreed in principle …,
    Moscow and Kyiv differ deeply over what an agreement should look like")."""
    clause = head
    while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONCESSIONS]
    if clause.dep_ == "advcl" and marks and clause.i < clause.head.i:
        ends = [t.i for t in clause.head.subtree if not (t.is_punct or t.is_space)]
        return min(first, marks[0].i), max(last, max(ends))
    return first, last


def condition_range(frame: Frame) -> tuple[int, int]:
    """The tokens of the condition: its clause, or for "the offer is conditioned on …" everything
    the verb governs after "on" (a parser often hangs the second and third conditions elsewhere)."""
    first, last = subtree_range(frame.condition)
    if frame.condition.dep_ == "prep" and frame.condition.head == frame.head:
        last = max(last, max(t.i for t in frame.head.subtree if not t.is_punct))
    doc = frame.condition.doc
    dash = next((i for i in range(frame.condition.i + 1, last + 1) if doc[i].text in ("–", "—", "--")), None)
    if dash is not None:  # "once a deal was reached – a proposal Russia has so far flatly rejected": an aside
        last = dash - 1
    return first, last
