"""Phrases of the sanctions section: the words a noun phrase, a subtree or a clause shows as the
item's one line, trimmed of articles, punctuation and dependents that only add.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.nlp.quotes import past_open_quote, quotes_balanced
from briefgen.nlp.syntax import chain, clause_head, closed_end, is_edge_punct, prep_object

CONTRASTS = {"but", "yet"}
#: Verbs of an aside that only says the news was told before ("as previously reported", "as expected").
REPORTING = {"report", "say", "announce", "expect", "note", "mention", "state"}
ARTICLES = {"a", "an", "the", "these", "those", "this", "that", "such"}
# Dependents that a clause, a target or a phrase can lose without losing its sense.
DROPPABLE = {"conj", "cc", "appos", "relcl", "parataxis", "punct", "dep", "meta"}
#: A line that opens a quotation reads on to its closing mark when it lies this few tokens further.
QUOTED_LIST_REACH = 30
NP_LEFT = {"compound", "amod", "nummod", "poss", "case", "nmod", "quantmod", "det", "punct", "npadvmod"}


def entity_of(token: Token) -> Span | None:
    """The named entity holding a token."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def np_tokens(head: Token) -> list[Token]:
    """The core of a noun phrase: its left modifiers (and their subtrees) and the head."""
    tokens = [head]
    for c in head.lefts:
        if c.dep_ in NP_LEFT and not (c.dep_ == "det" and c.lower_ in ARTICLES) \
                and c.ent_type_ not in ("DATE", "TIME"):  # not "Yesterday marines"
            tokens.extend(c.subtree)
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ARTICLES):
        tokens.pop(0)
    while len(tokens) > 1 and is_edge_punct(tokens[-1]):
        tokens.pop()
    return tokens


def np_text(head: Token, with_of: bool = False) -> str:
    """The core noun phrase as written ("three entities", "Slovak national"); ``with_of`` keeps an
    "of" phrase after it ("network of companies")."""
    tokens = np_tokens(head) or [head]
    start, end = tokens[0].i, tokens[-1].i
    of = prep_object(head, {"of"}) if with_of else None
    if of is not None and of.i > head.i:
        end = max(t.i for t in of.conjuncts + (of,))  # "offer of Wagner and Brown and AFG Industries": all of them
    return head.doc[start : end + 1].text

def subtree_text(token: Token, strip_relative: bool = False) -> str:
    """The words a token governs, trimmed of punctuation (and of a leading "that are")."""
    tokens = [t for t in token.subtree]
    if strip_relative:
        while tokens and (tokens[0].tag_ in ("WDT", "WP") or tokens[0].dep_ in ("aux", "auxpass")):
            tokens.pop(0)
    while tokens and (is_edge_punct(tokens[-1]) or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return ""
    return " ".join(token.doc[tokens[0].i : tokens[-1].i + 1].text.split())


def undoes(verb: Token) -> bool:
    """A clause that undoes or denies what it is set against ("but the decision was overturned",
    "but did not impose them")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in lexicon("overturn_verbs") or lemma in lexicon("lift_verbs")
                                             or (any(c.dep_ == "neg" for c in verb.children)
                                                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)))
    # (a negation with a subject of its own tells another's act: "…, but Putin hasn't budged")


def clause_text(top: Token, keep: set[int], target: Token | None = None) -> str:
    """The clause under ``top`` as one trimmed line: dependents that hold none of the ``keep``
    tokens and only add (coordinated clauses, appositions, relative clauses) are cut at the edges;
    a relative clause describing the ``target`` stays."""
    kept: list[int] = []

    def droppable(c: Token) -> bool:
        if {t.i for t in c.subtree} & keep:
            return False
        if c.dep_ == "advcl" and c.lemma_.lower() in REPORTING and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return True  # "As previously reported, Texaco Inc is seeking a court order": says nothing of it
        if c.dep_ not in DROPPABLE:
            return False
        if c.dep_ in ("relcl", "acl", "appos") and target is not None and c.head.i == target.i:
            return False
        if c.dep_ == "relcl" and not is_aside(c):
            return False  # "fined €345 million for alleged lapses in the way it cares for children's data":
            # a clause that says which one is part of what is said; only an aside after a comma goes
        if c.dep_ == "conj" and undoes(c) and any(s.dep_ == "cc" and s.lower_ in CONTRASTS and s.i < c.i
                                                  for s in c.head.children):
            return False  # "was provisionally suspended …, but the decision was overturned": the contrast stays
        if c.dep_ == "conj" and c.pos_ == "VERB" and any(s.dep_ == "cc" and s.lower_ == "or" and s.i < c.i
                                                        for s in c.head.children):
            return False  # "it may take legal action or seek the support of shareholders …": one of two, not one
        return c.dep_ != "conj" or c.pos_ in ("VERB", "AUX")

    def walk(node: Token) -> None:
        kept.append(node.i)
        children = list(node.children)
        dropped_conj = any(c.dep_ == "conj" and droppable(c) for c in children)
        kept_conj = any(c.dep_ == "conj" and not droppable(c) for c in children)
        for c in children:
            if c.dep_ in ("cc", "preconj") and (kept_conj or not dropped_conj) or not droppable(c):
                walk(c)

    walk(top)
    start, end = min(kept), max(kept)
    doc = top.doc
    tokens = list(doc[start : end + 1])
    edge = ("cc", "mark", "punct")
    while tokens and (tokens[0].is_space or tokens[0].dep_ in edge or tokens[0].is_punct):
        if tokens[0].dep_ == "mark" and tokens[0].head.i != top.i and tokens[0].head.i in kept:
            break  # "If found guilty, Kenteris could face a two-year ban": the condition keeps its "If"
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ in edge or is_edge_punct(tokens[-1])):
        tokens.pop()
    if len(tokens) > 2 and tokens[0].pos_ == "ADV" and tokens[0].dep_ == "advmod" and tokens[1].text == ",":
        tokens = tokens[2:]  # "Moreover, the United States has warned…"
    if not tokens:
        return ""
    end = closed_end(doc, tokens[0].i, tokens[-1].i + 1, top.sent.end)
    quoted = past_open_quote(doc, tokens[0].i, end, top.sent.end, reach=QUOTED_LIST_REACH)  # 'charged with "developing,
    # producing, stockpiling, … a biological agent"', not 'charged with "developing' (outside audit s34, sanctions-07)
    if quoted > end:
        return " ".join(doc[tokens[0].i : quoted].text.split()).lstrip("‘’ ")
    text = " ".join(doc[tokens[0].i : end].text.split()).strip("“”\"‘’ ")
    return quotes_balanced(doc, tokens[0].i, end, text)

def is_aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("Yukos, which was …"): an aside a line can lose."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "(")


def top(token: Token, gov: Token | None, cue: Token | None) -> Token:
    """The token whose clause is the item's one line."""
    node = cue if cue is not None and cue.i in {t.i for t in chain(token)} else (gov or token)
    head = clause_head(node)
    while head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = clause_head(head.head)  # "the IAAF will lodge an appeal … and has suspended both athletes": who
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        noun = head.head
        if noun.lemma_.lower() in lexicon("instrument_nouns") and noun.dep_ == "dobj":
            return clause_head(noun.head)  # "Trump signed an executive order imposing tariffs on Canada":
            # the line says who signed it
        return noun
    if head.dep_ != "relcl" and head.head.i != head.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in head.children):
        return clause_head(head.head)  # "… to those European firms …, who now must face Trump's tariffs":
        # a relative the parser took for a clause of its own; the line must say who "who" is
    if head.dep_ in ("xcomp", "pcomp"):
        head = clause_head(head.head)
        while head.dep_ == "xcomp" and head.head.i != head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = clause_head(head.head)  # "TikTok was also ordered to bring its data processing into compliance
            # within six months, with the DPC planning to suspend …": not a line opening "to bring" (audit s19, #19)
        return head
    if head.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        node = head.head  # "the government sent thousands of troops supported … by tanks to occupy nine refineries"
        while node.dep_ in ("acl", "advcl", "xcomp", "pobj", "dobj", "prep") and node.head.i != node.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head
        return clause_head(node)
    return head


def joined(names: list[str]) -> str:
    """Names as one phrase: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def bare_name(text: str) -> str:
    """An entity's text as a name: no leading "the", no possessive ending ("the IAAF's" -> "IAAF")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")


def aim_before(token: Token) -> Token | None:
    """The aim noun a measure noun is "of", read off the words when the parse lost it: "Deutsche Bank -
    itself a target of a Yukos lawsuit -" is parsed with "lawsuit" hung on "said", yet the words
    before it are "a target of a Yukos": the target noun."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        aim = token.head.head
    else:
        i = token.i - 1
        while i > token.i - 5 and i >= 0 and token.doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM"):
            i -= 1
        aim = token.doc[i].head if i >= 0 and token.doc[i].lower_ == "of" else None
    return aim if aim is not None and aim.lemma_.lower() in lexicon("aim_nouns") else None
