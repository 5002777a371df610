"""Parse-tree helpers every section uses: subjects, agents, objects, coordination, negation,
conditions and clause heads of a word, and the contiguous word runs that name a phrase.

Nothing here knows a trigger, a lexicon or an actor; the sections build their rules on these.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon

#: The dependencies of a word that head a clause of their own.
CLAUSE_HEAD_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "pcomp"}

CONDITIONAL_MARKS = {"if", "unless", "whether"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
EDGE_JUNK_DEPS = {"det", "poss", "punct", "cc", "advmod", "preconj", "predet", "case", "aux", "mark"}


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("A, B and C" -> A, B, C)."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, following control and coordination when it has none of its own."""
    if depth > 6:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    # two subjects: a dateline misparsed as one ("VIENNA, July 7 - Iran and ... extended"); the nearer wins
    for child in sorted(subjects, key=lambda c: (c.i > verb.i, -c.i if c.i < verb.i else c.i))[:1]:
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return conjuncts(verb.head)
        return conjuncts(child)
    head = verb.head
    if head == verb:
        return []
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return conjuncts(objects[0]) if objects else subject_of(head, depth + 1)
    if verb.dep_ in ("conj", "advcl", "ccomp"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "acl" and head.head != head:
        return conjuncts(head) + subject_of(head.head, depth + 1)
    return []


def is_passive(verb: Token, *, reduced: bool = False) -> bool:
    """A passive verb: it has a passive subject or a passive auxiliary; with ``reduced``, also a
    reduced relative ("a national already sanctioned by"), and one with a "by" agent that the
    tagger took for a past tense ("the 145% tariff on imports from China levied by Trump")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return reduced and verb.dep_ in ("acl", "relcl", "amod") and not any(c.dep_ == "aux" for c in verb.children) and (
        verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)))


def agent_of(verb: Token) -> list[Token]:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return conjuncts(obj)
    return []


def prep_objects(verb: Token) -> dict[str, Token]:
    """Preposition -> its object, for the verb's prepositional and dative phrases."""
    found: dict[str, Token] = {}
    for child in verb.children:
        if child.dep_ in ("prep", "dative", "prt", "agent"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.setdefault(child.lower_, obj)
    return found


def child(verb: Token, *deps: str) -> Token | None:
    """The first child of ``verb`` with one of ``deps``."""
    for c in verb.children:
        if c.dep_ in deps:
            return c
    return None


def is_conditional(verb: Token, marks=CONDITIONAL_MARKS) -> bool:
    """A trigger in an "if" or "unless" clause (one of ``marks``), or under one, states no ask or offer."""
    token = verb
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def is_negated(verb: Token, never: bool = False) -> bool:
    """The verb has a negation of its own ("did not offer"); with ``never``, also "has never received"."""
    return any(c.dep_ == "neg" or never and c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children)


def is_edge_punct(token: Token) -> bool:
    """Punctuation a phrase is trimmed of at its edges; a per cent sign belongs to its number
    ("revised down to 54% from 120%")."""
    return token.is_punct and token.text != "%"


MAX_BRACKET_REACH = 6


def closed_end(doc, start: int, end: int, stop: int) -> int:
    """The end of the line ``doc[start:end]`` with its brackets closed: reaching on (at most a few
    tokens, never past ``stop``) to the ")" a cut left behind ("… worth up to $800 (£606)", "Article
    46(1)"), else cut before the bracket left open."""
    opened: list[int] = []

    def read(i: int) -> None:
        for char in doc[i].text:  # (a token may hold its bracket: "46(1")
            if char == "(":
                opened.append(i)
            elif char == ")" and opened:
                opened.pop()

    for i in range(start, end):
        read(i)
    if not opened:
        return end
    first = opened[0]
    j = end
    while j < min(stop, end + MAX_BRACKET_REACH) and opened and "(" not in doc[j].text:
        read(j)
        j += 1
    if not opened:
        return j
    while first > start and (doc[first - 1].is_space or doc[first - 1].is_punct):
        first -= 1
    return first


def phrase_run(tokens: list[Token], anchor: Token) -> list[Token]:
    """The contiguous run of ``tokens`` (sorted) that holds ``anchor``, trimmed of edge junk."""
    tokens = sorted(tokens, key=lambda t: t.i)
    index = {t.i for t in tokens}
    start = end = anchor.i
    while start - 1 in index:
        start -= 1
    while end + 1 in index:
        end += 1
    run = [t for t in tokens if start <= t.i <= end]
    while run and run[0] != anchor and (run[0].dep_ in EDGE_JUNK_DEPS or run[0].is_punct or run[0].is_quote):
        run = run[1:]
    while run and run[-1] != anchor and (is_edge_punct(run[-1]) or run[-1].is_quote or run[-1].dep_ in ("cc", "mark")):
        run = run[:-1]
    return run


def run_text(run: list[Token]) -> str:
    """The text a run of tokens covers, from its first to its last token, stripped."""
    if not run:
        return ""
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1].text.strip()


def subtree_without(token: Token, drop_deps: set[str]) -> list[Token]:
    """The token's subtree minus the subtrees of its children with a dependency in ``drop_deps``."""
    dropped: set[int] = set()
    for c in token.children:
        if c.dep_ in drop_deps:
            dropped.update(t.i for t in c.subtree)
    return [t for t in token.subtree if t.i not in dropped]


def prep_object(token: Token, preps: set[str]) -> Token | None:
    """The object of a preposition in ``preps`` hanging on ``token`` ("sanctions *on Iran*")."""
    for c in own_children(token):
        if c.dep_ in ("prep", "acl") and c.lower_ in preps:
            obj = child(c, "pobj", "dobj")
            if obj is not None:
                return obj
    return None


def own_children(token: Token) -> list[Token]:
    """A word's dependents that belong to it and not to a word coordinated after it: in "the arms
    embargo and access for inspectors to military sites" a parser may hang "for…" and "to…" on
    "embargo", but what follows a conjunct is that conjunct's."""
    conj = next((c.i for c in token.rights if c.dep_ == "conj"), None)
    return [c for c in token.children if conj is None or c.i < conj or c.dep_ in ("conj", "cc")]


def governing_verb(token: Token) -> Token | None:
    """The verb a noun trigger depends on, climbing through prepositions, nouns and coordination."""
    head = token
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep" and head.lemma_.lower() != "include":
            return head
    return None


def chain(token: Token) -> list[Token]:
    """``token`` and its ancestors up to the root."""
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def clause_head(token: Token) -> Token:
    """The head of the clause a token belongs to."""
    head = token
    while head.dep_ not in CLAUSE_HEAD_DEPS and head.head.i != head.i:
        head = head.head
    return head


def noun_conjuncts(head: Token) -> list[Token]:
    """A noun head and the nouns coordinated with it ("X, Y and Z"); other conjuncts are clauses."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(noun_conjuncts(c))
    return out


IF_MARKS = frozenset({"if", "unless"})


def marked_clause(clause: Token, marks: frozenset[str] | set[str] = IF_MARKS) -> bool:
    """An adverbial clause opened by one of ``marks`` ("if …", "unless …", or "after …" when asked)."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def condition(token: Token, marks: frozenset[str] = IF_MARKS) -> Token | None:
    """An ``if``/``unless`` clause (or one of ``marks``) on the way up from the trigger, never the one
    that holds it: in "the group might impose tariffs if Washington imposes trade sanctions as it has
    threatened" the sanctions are the tariffs' condition, not conditioned on themselves."""
    path = chain(token)
    inside = {n.i for n in path}
    for node in path:
        for c in node.children:
            if marked_clause(c, marks) and c.i not in inside:
                return c
    return None


#: Auxiliaries of what may, will or could happen, and of what should or must: neither has happened.
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "’ll", "wo", "can", "ca"})  # ("ca" of "can't")
ADVICE_MODALS = frozenset({"should", "must", "ought"})


def is_past(verb: Token | None) -> bool:
    """The verb tells what happened: a simple past or a perfect ("eased", "had been seized",
    "has imposed"), not a present, future or modal clause."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & (MODALS | ADVICE_MODALS):
        return False
    return verb.tag_ == "VBD" or bool(aux & {"was", "were", "had", "has", "have"})


def reporting_verb(clause: Token) -> Token | None:
    """The verb of saying whose complement is ``clause`` (", Fukukawa said", "he told reporters"),
    climbing from a second clause or verb to the one with the subject ("said that Yukos may have to
    declare itself bankrupt, and that legal action would be taken"; "said … and said Washington had
    not given …"), so a line that states a claim keeps who makes it; None when nobody is said to."""
    speech = load_lexicon("ask_speech_verbs") | {"report"}
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
        return None
    verb = clause.head
    while verb.dep_ == "conj" and child(verb, "nsubj") is None and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech:
            verb = verb.head  # the second "said" hung on the first one's clause
    return verb if child(verb, "nsubj", "nsubjpass") is not None else None


def acl_children(noun: Token) -> list[Token]:
    """The participle clauses that describe ``noun``, as meant rather than as parsed: the parser
    hangs a clause after a coordination on its first noun ("a 30% tariff or flat fees …, plus the
    145% tariff on imports from China levied by Trump": the 145% tariff was levied), so a clause
    past a later conjunct belongs to the conjunct nearest before it."""
    def nearest_before(clause: Token, first: Token) -> Token:
        nouns = [first, *(c for c in first.children if c.dep_ == "conj" and c.i < clause.i)]
        return max(nouns, key=lambda n: n.i)
    first = noun.head if noun.dep_ == "conj" else noun
    return [c for c in first.children if c.dep_ == "acl" and nearest_before(c, first).i == noun.i]
