"""The line a timeline row shows: the clause a date belongs to, with who did it, cut verbatim from
its sentence — widened to the clause that has a subject, to the denial of a reported claim, to the
condition or wish it hangs on, to the antecedent of a pronoun. (Captions and a party's past told in
passing are :mod:`.asides`.)
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.quotes import past_open_quote, quotes_balanced
from briefgen.nlp.syntax import IF_MARKS, closed_end, is_edge_punct, marked_clause, reporting_verb
from briefgen.sections.timeline.attachment import attribute_copula, described_noun, skip_leading_phrase
from briefgen.sections.timeline.heads import RELATIVE_TIME_PREPS, event_head
from briefgen.sections.timeline.nominal import stands_alone
from briefgen.sections.timeline.pronouns import line_start
from briefgen.sections.timeline.date_scope import MODAL_WORDS, dated_apart

MAX_EVENT_TOKENS = 40
CLAUSE_BREAKS = {"advcl", "relcl", "parataxis", "conj", "cc", "mark"}
NOUN_CLAUSE_BREAKS = {"relcl", "acl", "appos"}


MAX_CONDITION_TOKENS = 20  # a condition this short is never cut from a line ("… if Tokyo does not act")


def is_condition(clause: Token) -> bool:
    """An "if" or "unless" clause: without it a line states as a plan what is only a contingency."""
    return marked_clause(clause)


def _clause_tokens(head: Token, keep: Token | None = None) -> list[Token]:
    """The head's subtree without the separate clauses hanging off it (``keep`` and a short
    condition are never cut)."""
    breaks = NOUN_CLAUSE_BREAKS if head.pos_ in ("NOUN", "PROPN") else CLAUSE_BREAKS
    dropped: set[int] = set()
    for child in head.children:
        if keep is not None and (child.i == keep.i or child.left_edge.i <= keep.i <= child.right_edge.i):
            continue  # (and the clause that holds it: "which has received federal approval and is due to come up
            # for shareholder approval later this month" keeps its second half, which the date is in)
        if keep is not None and child.dep_ == "cc" and _contrasted(keep) and child.i < keep.i:
            continue  # the "but" before a contrasted clause the line keeps
        if is_condition(child) and len(list(child.subtree)) <= MAX_CONDITION_TOKENS:
            continue
        if child.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and len(list(child.subtree)) <= MAX_CONDITION_TOKENS:
            continue  # "the company's shock weekend decision to file for bankruptcy": what was decided
        if _answered(head, child):
            continue  # "Just one day after Trump remarked that 'Canada lives because of the United States,'
            # Canadian Prime Minister Mark Carney fired back on Thursday": what he fired back at (audit s39, row 23)
        if _purpose(child) or _contrasted(child) and len(list(child.subtree)) <= MAX_CONDITION_TOKENS and not any(
                t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            continue  # what for ("… to discuss the proposal"); an undated "but the deal collapsed after …" (audit s30)
        if child.dep_ in breaks and not (child.dep_ == "conj" and child.pos_ not in ("VERB", "AUX")):
            dropped |= {t.i for t in child.subtree}
    return [t for t in head.subtree if t.i not in dropped]


#: What an answer without an object answers: its "after" or "when" clause, up to this many tokens.
MAX_ANSWERED_TOKENS = 30


def _answered(verb: Token, clause: Token) -> bool:
    """The "after"/"when" clause that says what an objectless verb of answering (``response_verbs``) answers."""
    if clause.dep_ != "advcl" or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    answering = load_lexicon("response_verbs")
    lemma = verb.lemma_.lower()
    if lemma not in answering and not (f"{lemma} back" in answering and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)):
        return False  # ("respond"; "fired back")
    return any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in clause.children) \
        and len(list(clause.subtree)) <= MAX_ANSWERED_TOKENS


def _purpose(clause: Token) -> bool:
    """A short infinitive of purpose after its verb ("… in the coming weeks to discuss the proposal
    with her counterparts"): without it a line tells a trip and not what it is for."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and clause.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) \
        and len(list(clause.subtree)) <= MAX_CONDITION_TOKENS


def _with_subject(head: Token, keep: Token | None, date: Span) -> tuple[Token, Token | None]:
    """The clause to show for an event head: the clause governing a reported claim ("Lycos has also
    denied reports that the website was hacked last week"); for a verb with no subject of its own,
    the smallest enclosing clause with one ("Fifteen children have been returned to Ukraine …,
    including seven children in December") — unless the way up passes a preposition that dates
    the upper clause by another moment, or the upper clause has a date of its own."""
    if keep is not None and head.pos_ in ("NOUN", "PROPN") and keep.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in keep.children):
        copula = attribute_copula(head)
        if date.root.head.lower_ in RELATIVE_TIME_PREPS and not (date.root.head.lower_ == "since" and copula is not None
                                                                 and copula.tag_ in ("VBZ", "VBP")):
            copula = None  # (a present state holds within a "since" range: "Also under discussion is control of the
            # Zaporizhzhia Nuclear Power Plant …, which was occupied by Moscow's forces since March 2022"; audit s39,
            # row 19)
        if copula is not None and len(_clause_tokens(copula, keep)) <= MAX_EVENT_TOKENS:
            return copula, keep  # "POW exchanges were the only concrete steps towards peace that emerged from the
            # previous rounds of talks … last year": what the clause says of its subject (audit s20, row 18)
        return head, keep  # "… agreed 'to reestablish high level military-to-military dialogue,' which has been
        # suspended since late 2021": the date is the dialogue's, not the day a statement was released
    node = head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN" \
                and node.head.lemma_.lower() in load_lexicon("denial_claim_nouns"):
            verb = node.head.head
            return (verb, node) if verb.pos_ in ("VERB", "AUX") else (head, keep)
        if node.head.i == node.i:
            break
        node = node.head
    if head.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return head, keep
    if keep is not None and head.pos_ in ("NOUN", "PROPN") and (keep.dep_ == "relcl" or keep.dep_ == "acl" and any(
            c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN", "NOUN") for c in keep.children)):
        return head, keep  # "Lycos has confirmed that it has scrapped its anti-spam screensaver, which launched
        # last week": last week dates the launch, not the scrapping; the line is the thing and its clause
    described = keep is not None and keep.dep_ == "acl" and keep.tag_ == "VBG" and head.dep_ in ("pobj", "dobj")
    # ("Fees should be charged on low-value e-commerce packages coming into the European Union from next
    # year": the packages' description dates the clause it sits in, which says who does what; a past
    # participle tells a deed of its own: "a Slovak national already sanctioned by the US Treasury in March")
    deadline = _deadline_clause(head)
    if deadline is not None and len(_clause_tokens(*deadline)) <= MAX_EVENT_TOKENS:
        return deadline  # "its statement would be made on or before the company's annual meeting, scheduled for
        # Tuesday": what is due by the day, not the meeting alone (timeline audit s39, row 15)
    if head.pos_ not in ("VERB", "AUX") and not described and stands_alone(head):
        return head, keep  # "Russian Defense Minister Sergei Shoigu's visit to North Korea in July": says who
    node = head
    for _ in range(4):
        if node.lower_ in RELATIVE_TIME_PREPS or node.head.i == node.i:
            return _owned_infinitive(head, keep)
        node = node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in RELATIVE_TIME_PREPS for c in node.children):
            continue  # "… returned to Ukraine since the first lady started her advocacy, including seven
            # children in December": the "since" clause is not the one December dates
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
            own = {t.i for t in head.subtree}
            if any(e.label_ == "DATE" and e.start not in own for e in date.sent.ents
                   if node.left_edge.i <= e.start <= node.right_edge.i):
                return head, keep  # "Reagan imposed … sanctions … last April for its failure to honor a 1986 agreement"
            return node, head
    return _owned_infinitive(head, keep)


def _teller(head: Token) -> tuple[Token | None, Token]:
    """(the verb of saying whose report holds the clause, the reported clause): the clause's own
    teller, or the teller of the clause it completes ("Analysts say that Yukos's legal attempts … are
    probably what caused this week's cloak-and-dagger dealings": the analysts' view, not a fact; audit
    s38, row 30)."""
    teller = reporting_verb(head)
    if teller is None and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") and not dated_apart(head.head, head):
        # (not past a revealing of another day: "in April it acknowledged that in February it had discovered …")
        upper = reporting_verb(head.head)
        if upper is not None:
            return upper, head.head
    return teller, head


def _deadline_clause(noun: Token) -> tuple[Token, Token] | None:
    """(the modal clause, its child on the way down) that a dated thing is the deadline of — what will be done
    "by" or "on or before" it — or None ("would probably meet … just days before the April 17 deadline" is no
    deadline of the meeting)."""
    prep = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or list(prep.lefts):
        return None
    if prep.lower_ == "by" and prep.dep_ == "prep":
        below = prep
    elif prep.lower_ == "before" and prep.dep_ == "conj" and prep.head.lower_ == "on":
        below = prep.head  # "on or before"
    else:
        return None
    verb = below.head
    if below.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children):
        return None
    return verb, below


def _opens_condition(token: Token) -> bool:
    """The "if" or "unless" that opens a condition the line keeps."""
    return token.dep_ == "mark" and token.lower_ in IF_MARKS and is_condition(token.head)


def _contrasted(head: Token) -> bool:
    """A clause after "but" or "yet" ("… yielding apparent signs of progress, but major challenges remain …")."""
    return head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.head.i < c.i < head.i for c in head.head.children)


def _towards(head: Token, date: Span) -> Token | None:
    """The child of ``head`` on the way down to the date (never cut from the line), or None."""
    node = date.root
    while node.head.i != node.i and node.head.i != head.i:
        node = node.head
    return node if node.head.i == head.i and node.i != head.i else None


def _deciding_clause(head: Token, keep: Token | None) -> tuple[Token, Token | None]:
    """The nearest clause with a subject above a "whether" clause, and its child on the way down."""
    below, node = head, head.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return (node, below) if len(_clause_tokens(node, below)) <= MAX_EVENT_TOKENS else (head, keep)
        if node.head.i == node.i:
            break
        below, node = node, node.head
    return head, keep


def _owned_infinitive(head: Token, keep: Token | None) -> tuple[Token, Token | None]:
    """An infinitive left without a clause to climb to shows the noun it belongs to: "his plan to
    issue a proclamation on Friday", not "to issue a proclamation on Friday"."""
    if head.dep_ == "acl" and head.pos_ in ("VERB", "AUX") and head.head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return head.head, head
    return head, keep


def event_span(date: Span) -> tuple[int, int]:
    """Token bounds of the clause the date belongs to, within its sentence."""
    head, keep = _with_subject(*event_head(date), date)
    told = head.head
    if head.lemma_.lower() in load_lexicon("ask_speech_verbs") | {"report"} and head.dep_ in ("advcl", "parataxis", "ccomp") \
            and told.pos_ in ("VERB", "AUX") and told.i < head.i and not any(c.dep_ == "mark" for c in head.children) \
            and len(_clause_tokens(told, head)) <= MAX_EVENT_TOKENS:  # (not "The news comes after officials said")
        head, keep = told, head  # "The European Union plans to levy a flat fee …, the Financial Times reported on
        # Tuesday": the report's day, and what was reported
    if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in load_lexicon("wish_verbs") | load_lexicon(
            "future_markers") and head.head.pos_ == "VERB" \
            and len(_clause_tokens(head.head, head)) <= MAX_EVENT_TOKENS:
        head, keep = head.head, head  # "Howard wants three British firms to be named members … by the end of
        # this year": a wish and whose it is, not a scheduled fact
    elif is_condition(head) and head.head.pos_ in ("VERB", "AUX") and len(_clause_tokens(head.head, head)) <= MAX_EVENT_TOKENS:
        head, keep = head.head, head  # "the EC could raise tariffs … if the U.S. carries out a threat to make a
        # similar move on April 17": a contingency, never a stated event
    if _contrasted(head) and len(_clause_tokens(head.head, head)) <= MAX_EVENT_TOKENS:
        head, keep = head.head, head  # "Negotiations … are yielding apparent signs of progress, but major
        # challenges remain …, a senior Kremlin official said Monday": the contrast is what was said
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children):
        head, keep = _deciding_clause(head, keep)  # "will make a decision on whether or not shareholders should
        # accept or reject it by March 31": who decides, and on what; never a clause opening on "not"
    teller, reported = _teller(head)
    told_clause = None
    if teller is not None and len(_clause_tokens(teller, reported)) <= MAX_EVENT_TOKENS \
            and not dated_apart(teller, reported):
        head, keep, told_clause = teller, reported, reported  # "The court hearing is scheduled for Tuesday, lawyers
        # for Yukos said": who says so — unless the line would then be cut before the event it dates
    tokens = _clause_tokens(head, keep) or list(date)
    described = described_noun(head, keep)
    if described is not None and told_clause is None:  # the clause's own noun, not the one it was hung on
        tokens = list({t.i: t for t in [*_clause_tokens(described), *keep.subtree]}.values())
    if told_clause is not None:  # what is said is cut as its own clause would be: "Union sources said talks …
        inner = {t.i for t in _clause_tokens(told_clause, _towards(told_clause, date))}  # broke down last night",
        told = {t.i for t in told_clause.subtree}  # without ", but the two sides are scheduled to meet later today"
        tokens = [t for t in tokens if t.i not in told or t.i in inner] or list(date)
    tokens = sorted(tokens, key=lambda t: t.i)
    while told_clause is not None and len(tokens) > 1 and (tokens[-1].is_space or tokens[-1].is_punct
                                                            and tokens[-2].i + 1 != tokens[-1].i):
        tokens.pop()  # the speaker's full stop after what is said was cut: not "… last night, but the two sides …."
    start, end = tokens[0].i, tokens[-1].i + 1
    sent = date.sent
    start, end = max(start, sent.start), min(end, sent.end)
    start = line_start(head, keep, start, end, sent, MAX_EVENT_TOKENS)
    doc = date.doc
    start = skip_leading_phrase(doc, start, end, date, head)
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ in ("CCONJ", "SCONJ")
                           and doc[start].dep_ != "prep" and not _opens_condition(doc[start])):
        start += 1  # ("despite its denials, North Korea had supplied …"; but "If these … are taken into account,
        # total spending in 2024 reached 202 billion euros" keeps its "If")
    while end > start and (is_edge_punct(doc[end - 1]) or doc[end - 1].is_space or doc[end - 1].pos_ in ("CCONJ", "ADP")):
        end -= 1  # (not "%": "a levy of 54%")
    return start, closed_end(doc, start, end, sent.end)


def date_list(date: Span) -> Span:
    """The date with the dates joined to it by "and" ("2022 and 2023"), read as one span."""
    last = date
    for conj in (c for c in date.root.children if c.dep_ == "conj" and c.ent_type_ == "DATE"):
        found = next((e for e in date.doc.ents if e.start <= conj.i < e.end), None)
        if found is not None and found.end > last.end:
            last = found
    return date.doc[date.start : last.end]


def has_content(doc, start: int, end: int, date: Span) -> bool:
    """The clause says something beyond the date itself."""
    return any(t.pos_ in ("VERB", "NOUN", "PROPN") and not (date.start <= t.i < date.end) for t in doc[start:end])


def event_text(doc, start: int, end: int, lead: int | None = None) -> str:
    """The clause as one line, after the sentence it leans on (from ``lead``); a long clause is cut: "…"."""
    cut, first = min(end, start + MAX_EVENT_TOKENS), start if lead is None else lead
    if cut < end:
        cut = past_open_quote(doc, first, cut, end)  # '… was a "financially superior alternative."', not '… a " …'
    text = " ".join(doc[first:cut].text.split())
    return text + " …" if cut < end else quotes_balanced(doc, first, end, text)
