"""Rows a reader understands alone. A line that names no one and nowhere ("what caused this week's
cloak-and-dagger dealings", "police raided his home on Jan. 16", "in 2022 and 2023, military spending
had been around 66 percent higher") is shown as the smallest clause around it that does, and does
not open on a pronoun ("Wine said he has been undercover since police raided his home on Jan. 16",
"The BND said that its analysis of Russian budget data showed that …"; timeline audit t1).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.labels import PARTY_LABELS
from briefgen.nlp.quotes import CLOSING, is_quoted
from briefgen.sections.timeline.heads import RELATIVE_TIME_PREPS
from briefgen.sections.timeline.nominal import reported_occasion
from briefgen.sections.timeline.rows import MAX_EVENT_TOKENS


def names_party(span: Span, index) -> bool:
    """The words name a party or a place: an entity, or an actor the brief knows."""
    return any(t.ent_type_ in PARTY_LABELS for t in span) or bool(index is not None and index.named_in(span))


def names_someone(span: Span, index) -> bool:
    """The words name a party or a place (an entity, or an actor the brief knows), and do not open
    on a pronoun that stands for one."""
    words = [t for t in span if not t.is_punct]
    if words and words[0].tag_ in ("PRP", "PRP$"):
        return False
    if any(t.ent_type_ in PARTY_LABELS or (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")) for t in span):
        return True  # ("Wine said he has been undercover …": a proper-noun subject names its party, tagged or not)
    return bool(index is not None and index.named_in(span))


#: Words that date when a change takes effect ("effective this Friday", "starting Monday").
TAKING_EFFECT = frozenset({"effective", "starting", "beginning", "from"})


def with_close_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A line ending on a common noun keeps the name right after it that ends the clause ("its 2001
    acquisition of London-based options and futures exchange Liffe.", whose "Liffe" the parser hung
    elsewhere): a close apposition, not another clause."""
    if end <= start or end >= len(doc) or doc[end - 1].pos_ != "NOUN" or "\n" in doc[end - 1].whitespace_:
        return start, end
    last = end
    while last < len(doc) and doc[last].pos_ == "PROPN" and "\n" not in doc[last].whitespace_:
        last += 1
    closes = last == len(doc) or doc[last].text in (".", ",", ";", ":")
    return (start, last) if last > end and closes else (start, end)


def keep_ending(doc: Doc, start: int, end: int, date: Span) -> tuple[int, int]:
    """A row cut to a thing that a verb ends or undoes ("its 'de minimis' policy that allowed
    duty-free entry …, effective this Friday", of "the United States … has scrapped its 'de minimis'
    policy …") keeps that verb, its subject and the words between, or it says the opposite of its
    source (timeline audit t2, row 26) — when the date tells when the ending takes effect; unchanged
    otherwise, and when the clause would be cut before the date."""
    root = doc[start:end].root
    verb = root.head
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("dobj", "nsubjpass") or verb.i == root.i \
            or verb.lemma_.lower() not in load_lexicon("ending_verbs"):
        return start, end
    if date.root.head.lower_ not in TAKING_EFFECT:
        return start, end  # "it has scrapped its anti-spam screensaver, which launched last week": the date
        # is the launch's; only "effective this Friday" tells when the ending takes effect
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    left = min(subject.left_edge.i if subject is not None else verb.i, verb.i, start)
    if date.end > left + MAX_EVENT_TOKENS:
        return start, end
    return left, end


def with_predicate(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of a line that is only a name and a relative clause ("NATO chief Mark Rutte, who visited
    Kyiv on Tuesday"; timeline audit s30, row 21), read on to what the name did (", said …"), when that
    stays short and names no moment of its own outside a quotation; the line's own bounds otherwise. (A
    thing's relative clause is not widened so: "Lycos has scrapped its anti-spam screensaver, which
    launched last week" would date the scrapping by the launch.)"""
    root = doc[start:end].root
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or root.pos_ != "PROPN" or root.dep_ != "nsubj" or verb.i < end \
            or not any(c.dep_ == "relcl" for c in root.children):
        return start, end
    left, right = start, verb.right_edge.i + 1
    while right > end and (doc[right - 1].is_space or doc[right - 1].is_punct and doc[right - 1].text not in CLOSING):
        right -= 1  # (a closing quotation mark stays)
    if right - left > MAX_EVENT_TOKENS or any(e.label_ in ("DATE", "TIME") and left <= e.start < right
                                              and not start <= e.start < end and not is_quoted(e)
                                              for e in doc.ents):
        return start, end
    return left, right


def readable_bounds(doc: Doc, start: int, end: int, date: Span, who: str | None, index) -> tuple[int, int]:
    """The line's bounds, widened to the smallest enclosing clause that names someone when the line
    names no one (only read on past a name's relative clause, :func:`with_predicate`, when it names someone or
    opens on a pronoun: :func:`who_opens` says whom it means); unchanged when no
    clause up to the sentence names anyone, when the way up passes a preposition that dates the upper
    clause by another moment (unless the line is a clause with its own subject: "since police raided
    his home on Jan. 16") or has a date of its own, or when the widened line would be cut before the date."""
    words = [t for t in doc[start:end] if not t.is_punct]
    root = doc[start:end].root
    own_clause = root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    if who is not None or not words or words[0].tag_ == "PRP" or words[0].tag_ == "PRP$" and not own_clause \
            or names_someone(doc[start:end], index):
        return with_predicate(doc, start, end)  # (whom an opening pronoun stands for is said beside the row, or left unsaid; a clause
        # whose subject opens on a possessive no one was found for is shown in a clause that names someone: "TikTok
        # violated GDPR transparency requirements, the regulator said, because its 2021 privacy policy did not
        # identify …"; a bare noun phrase is not, as the clause above may tell an act of another day)
    if root.pos_ in ("NOUN", "PROPN") and date.root.head.lower_ in RELATIVE_TIME_PREPS and any(
            c.dep_ == "relcl" and c.left_edge.i <= date.start <= c.right_edge.i for c in root.children):
        return start, end  # "… military-to-military dialogue,' which has been suspended since late 2021": a state
        # the thing has been in since then; the clause above ("negotiators had also agreed …") is of another day
    nodes = [root] if root.pos_ in ("NOUN", "PROPN") else []  # "the April 17 deadline set by Washington …"
    node = root
    while node.head.i != node.i:
        if not own_clause and (node.lower_ in RELATIVE_TIME_PREPS or any(
                c.dep_ == "mark" and c.lower_ in RELATIVE_TIME_PREPS for c in node.children)):
            break  # "… seized before the 2022 invasion": the clause above is dated by another moment
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            nodes.append(node)
    for node in nodes:
        left, right = node.left_edge.i, node.right_edge.i + 1
        while left < right and (doc[left].dep_ == "mark" or doc[left].is_punct):
            left += 1  # "that he saw no developments …": the clause, not its "that"
        while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
            right -= 1
        if date.end > left + MAX_EVENT_TOKENS:
            break  # (the widened line would be cut before the date it is dated by)
        if any(e.label_ in ("DATE", "TIME") and left <= e.start < right and not start <= e.start < end
               for e in doc.ents):
            break  # "President Reagan imposed … last April for its failure to honor a 1986 agreement": the
            # clause above has a day of its own, which a reader would take for the row's
        if names_someone(doc[left:right], index) or (
                not own_clause and root.pos_ == "NOUN" and node is nodes[-1] and described_subject(node)):
            return min(left, start), max(right, end)
    return start, end


def described_subject(verb: Token) -> bool:
    """The sentence's main clause has a described subject, which a reader can follow, though no name is
    tagged in it: a row that is a bare noun phrase ("an issue it had only discovered in February") is shown
    in it ("The social media biz told the DPC that this was due to an issue it had only discovered in
    February"; timeline audit s22, row 17)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.dep_ == "ROOT" and subject is not None and subject.pos_ == "NOUN" \
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in subject.children)


#: Relative words a row may open on when the parser cut it inside a relative clause.
RELATIVE_OPENINGS = frozenset({"which", "whom"})


def without_relative_opening(doc: Doc, start: int, end: int) -> int:
    """The row's start past a relative word that is not its subject: "which Witkoff—speaking on Thursday at
    the World Economic Forum …" reads "Witkoff—speaking on Thursday …" (timeline audit s21); a "which"
    that does the act ("which launched last week") stays, as its row shows what it stands for."""
    first = doc[start]
    if end - start > 3 and first.lower_ in RELATIVE_OPENINGS and first.dep_ not in ("nsubj", "nsubjpass") \
            and doc[start + 1].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
        return start + 1
    return start


#: Subject relations: a clause with one says who does its act.
SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def subjectless(span: Span) -> bool:
    """A verb phrase with no subject ("set by Congress in a law passed last year", "to persuade Japan to
    abide by the agreement reached last July"): no one does its act."""
    root = span.root
    return root.pos_ in ("VERB", "AUX") and root.tag_ in ("VB", "VBG", "VBN") \
        and not any(c.dep_ in SUBJECTS for c in root.children) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in root.children)


#: Links a described thing keeps to the participle phrases hung on it ("the January 19 th set by
#: Congress in a law passed last year").
DESCRIBING = ("acl", "prep", "pobj", "agent")


def dated_verb(date: Span) -> Token:
    """The word the date hangs on, above its prepositions."""
    verb = date.root.head
    while verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def misread_participle(verb: Token) -> bool:
    """A participle right after a noun that the parser made a conjunct of a verb before it, with no "and"
    or comma to join them: "unless territorial issues were resolved according to the framework agreed at
    the Trump-Putin Alaska summit in August 2025" (the framework was agreed, not the clause's subject)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]  # (a noun right before it, not "and" or a comma; and not its own subject)
    return before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def described_thing(span: Span, date: Span) -> tuple[int, int] | None:
    """The bounds of the thing a subjectless line describes by a dated participle ("the agreement
    reached last July governing trade in semiconductors", of "to persuade Japan to abide by the agreement
    reached last July …"): the noun the participle is hung on, climbing through the participle phrases
    above it, shown with its whole phrase; None when the date is no participle's of a noun, or when the
    thing is neither named nor definite."""
    verb = dated_verb(date)
    occasion = reported_occasion(verb, date)
    if occasion is not None:
        return occasion
    misread = misread_participle(verb)
    if misread:
        noun = verb.doc[verb.i - 1]
    elif verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBG") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    else:
        noun = verb.head
    while noun.dep_ in DESCRIBING and noun.head.i != noun.i:
        above = noun.head
        while above.dep_ in ("prep", "agent") and above.head.i != above.i:
            above = above.head
        if above.dep_ != "acl" or above.tag_ not in ("VBN", "VBG") or above.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = above.head
    start, end = noun.left_edge.i, max(noun.right_edge.i, verb.right_edge.i if misread else 0) + 1
    doc = span.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start > MAX_EVENT_TOKENS or not start <= date.start < end:
        return None
    if not names_party(doc[start:end], None) and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None  # "a law passed last year": no one's, and no reader can tell which
    return start, end


def opens_on_possessive(span: Span) -> bool:
    """The line is a thing a possessive pronoun owns ("his plan to …", "its belief that …")."""
    words = [t for t in span if not t.is_punct]
    return span.root.pos_ in ("NOUN", "PROPN") and bool(words) and words[0].tag_ == "PRP$"


def past_unplaced_owner(span: Span) -> int:
    """The start of a line that opens on a thing a pronoun owns, named beside it ("his Trade and Industry
    Minister, Hajime Tamura, who earlier today said Japan was ready …"): at the name, which a reader can
    follow without knowing whose minister; the line's start otherwise."""
    if not opens_on_possessive(span):
        return span.start
    name = next((c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name.left_edge.i if name is not None else span.start


#: A pronoun subject within this many words of the line's start opens it ("in February it had …").
OPENING_WORDS = 4


def fragment(span: Span, who: str | None, index) -> bool:
    """A line no reader can use alone, which the widening above could not mend (timeline audit s23): a
    verb phrase with no subject; a clause whose subject, or a thing whose owner, is a pronoun no one was
    found for; a question's main clause ("… for doing what?"); or a line that names no one and whose subject is
    no one either ("the others had returned
    to work over the last week", "high level military-to-military dialogue,' which has been suspended
    since late 2021")."""
    if span.start <= span.sent.root.i < span.end and span.sent.text.rstrip().rstrip("\"”’')").endswith("?"):
        return True  # a question tells no event (a news quiz's "… investigating him for doing what?"; s33, row 22)
    if who is not None:
        return False
    if subjectless(span):
        return True
    root = span.root
    if opens_on_possessive(span):
        return True  # "his plan to issue a proclamation on Friday", "its belief that …": whose, no one found
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ in ("VERB", "AUX") and subject is not None and subject.tag_ == "PRP" \
            and subject.lower_ not in ("i", "we", "you") and subject.i - span.start < OPENING_WORDS \
            and not names_party(span[: subject.i - span.start], index):
        return True  # "They said it was likely …", "in February it had discovered …": who, no one found (a
        # teller closing the line, "…, he said", leaves what was said to read)
    if names_someone(span, index):
        return False
    if root.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "relcl" for c in root.children) and not any(c.dep_ in ("poss", "det") for c in root.children)
        # (a thing no one is named with, nor "the": "The current round of talks, which began on Friday 26 June" reads)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in ("other", "others", "rest")
