"""Dependency patterns of the asks-and-offers section: who asks, offers, demands, pledges or refuses
what of whom, read off one trigger verb's parse.

Nothing here knows a story's names or goods: the trigger verbs and the measure nouns come from the
lexicons ``ask_triggers`` and ``ask_measure_nouns`` (``briefgen/data``), and actor names are only
recognised through the ``resolve`` callable the extractor passes in.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ..lexicons import load_lexicon

Resolve = Callable[[str], "str | None"]

KINDS = ("ask", "demand", "offer", "pledge", "refusal")
#: Prepositions whose object is the counterparty, by kind ("receive X from Y", "call on Y").
COUNTERPARTY_PREPS = {
    "ask": ("from", "of"),
    "demand": ("on", "upon", "to", "of", "from"),
    "offer": ("to",),
    "pledge": ("to", "with"),
    "refusal": ("to", "from"),
}
#: Prepositions whose object is the thing asked for or given ("ask for", "provide Y with").
ITEM_PREPS = ("for", "with")
CONDITIONAL_MARKS = {"if", "unless", "whether"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
EDGE_JUNK_DEPS = {"det", "poss", "punct", "cc", "advmod", "preconj", "predet", "case", "aux", "mark"}


@lru_cache(maxsize=1)
def triggers() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(single verb -> kind, (verb, particle) -> kind) from the ``ask_triggers`` lexicon."""
    single: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for line in sorted(load_lexicon("ask_triggers")):
        if "=" not in line:
            continue
        words, kind = (part.strip() for part in line.split("=", 1))
        if kind not in KINDS or not words:
            continue
        parts = words.split()
        if len(parts) == 1:
            single[parts[0]] = kind
        else:
            phrasal[(parts[0], " ".join(parts[1:]))] = kind
    return single, phrasal


@lru_cache(maxsize=1)
def hedge_words() -> dict[str, str]:
    """Hedge verb -> status label, from the ``ask_hedge_verbs`` lexicon."""
    out: dict[str, str] = {}
    for line in sorted(load_lexicon("ask_hedge_verbs")):
        if "=" in line:
            word, label = (part.strip() for part in line.split("=", 1))
            if word and label:
                out[word] = label
    return out


def hedge_label(token: Token) -> str | None:
    words = hedge_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


#: Dependencies a clause climbs through on the way to the verb that reports it.
CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "acomp"}
#: Dependencies by which a clause is the reported content of a hedge verb.
HEDGE_LINKS = {"ccomp", "parataxis"}


def speaker_run(token: Token) -> list[Token]:
    """The words naming a speaker: the subject phrase without appositions and relative clauses."""
    return _run(_subtree_without(token, {"appos", "relcl", "acl", "punct"}), token)


def hedge_of(verb: Token, party: list[Token]) -> Hedge | None:
    """The report or allegation verb whose complement holds ``verb`` ("officials said that Iran
    offered ..."), or an "according to X" phrase on its clause; None when the frame is stated plainly.

    A misparse that makes the hedge verb a noun ("the powers suspect Iran has sought") is caught by
    a hedge word standing just before the frame's subject; the words before it are the speaker.
    """
    token = verb
    for _ in range(10):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                obj = next((o for p in prep.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return Hedge(prep, "according to", "according to", obj, _text(speaker_run(obj)), prefix=True)
        head = token.head
        if head == token:
            break
        linked = token.dep_ in HEDGE_LINKS or (token.dep_ == "prep" and token.lower_ == "of")
        if linked and head.pos_ in ("VERB", "AUX") and hedge_label(head):
            if is_negated(head):
                return Hedge(head, "negated", head.text, None, "")
            subjects = subject_of(head) or agent_of(head)
            speaker = subjects[0] if subjects else None
            text = _text(speaker_run(speaker)) if speaker is not None else ""
            return Hedge(head, hedge_label(head), status_of(head), speaker, text)
        if token.dep_ not in CLAUSE_DEPS and not (token.dep_ == "prep" and token.lower_ == "of"):
            break
        token = head
    if party:
        first = min(t.left_edge.i for t in party)
        doc = verb.doc
        before = first - 1
        while before >= verb.sent.start and doc[before].lower_ in ("that", ","):
            before -= 1
        if before >= verb.sent.start and doc[before] != verb and hedge_label(doc[before]) \
                and doc[before].pos_ != "AUX":
            words = [t for t in doc[verb.sent.start : before] if not t.is_space]
            cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
            words = words[:cut]
            while words and words[0].is_punct:
                words = words[1:]
            if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words):
                return Hedge(doc[before], hedge_label(doc[before]), doc[before].text, None, _text(words))
    return None


def trigger_kind(token: Token) -> tuple[str, Token | None] | None:
    """(kind, particle token) if ``token`` is a trigger verb, else None."""
    if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)):
        return None  # a "noun" with a subject is a misparsed verb ("The West demands that ...")
    single, phrasal = triggers()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prep", "prt", "dative") and (lemma, child.lower_) in phrasal:
            return phrasal[(lemma, child.lower_)], child
    if lemma in single:
        return single[lemma], None
    return None


@dataclass
class Frame:
    """One trigger's reading: tokens for the party, counterparty and items, all from one sentence."""

    trigger: Token
    kind: str
    party: list[Token]
    counterparty: Token | None
    cp_how: str
    link: str
    items: list[tuple[str, Token]]
    status: str
    used: set[int] = field(default_factory=set)
    passive: bool = False
    hedge: "Hedge | None" = None


@dataclass
class Hedge:
    """A report or allegation verb the frame is the complement of ("officials said", "X suspects").

    ``speaker`` is the token of who says it (None when only the words before the hedge name it,
    in ``speaker_text``); ``said`` is the verb as written ("had said"); ``label`` is its status word
    from the ``ask_hedge_verbs`` lexicon ("according to", "suspected by").
    """

    verb: Token
    label: str
    said: str
    speaker: Token | None
    speaker_text: str
    prefix: bool = False  # "according to X, ..." rather than "X said ..."


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


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


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
    for c in verb.children:
        if c.dep_ in deps:
            return c
    return None


def is_conditional(verb: Token) -> bool:
    """A trigger in an "if" or "unless" clause, or under one, states no ask or offer."""
    token = verb
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _run(tokens: list[Token], anchor: Token) -> list[Token]:
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
    while run and run[-1] != anchor and (run[-1].is_punct or run[-1].is_quote or run[-1].dep_ in ("cc", "mark")):
        run = run[:-1]
    return run


def _text(run: list[Token]) -> str:
    if not run:
        return ""
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1].text.strip()


def _subtree_without(token: Token, drop_deps: set[str]) -> list[Token]:
    """The token's subtree minus the subtrees of its children with a dependency in ``drop_deps``."""
    dropped: set[int] = set()
    for c in token.children:
        if c.dep_ in drop_deps:
            dropped.update(t.i for t in c.subtree)
    return [t for t in token.subtree if t.i not in dropped]


def noun_items(token: Token, resolve: Resolve | None = None, strip_recipient: bool = False,
               depth: int = 0) -> tuple[list[tuple[str, Token]], Token | None]:
    """Noun phrases of an object, one per conjunct, trimmed of determiners and relative clauses.

    A measure noun ("quantities of munitions") gives the noun after "of". With ``strip_recipient``
    a leading name that resolves to an actor ("send Russia artillery shells", misparsed as a
    compound) is taken off the item and returned as the recipient.
    """
    items: list[tuple[str, Token]] = []
    recipient = None
    measures = load_lexicon("ask_measure_nouns")
    bare_measures: list[tuple[str, Token]] = []
    for noun in conjuncts(token):
        if noun.pos_ == "PRON" or noun.dep_ == "cc":
            continue
        of_obj = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
        if noun.lower_ in measures or noun.lemma_.lower() in measures:
            if of_obj is not None and depth < 3:
                sub, rec = noun_items(of_obj, resolve, strip_recipient, depth + 1)
                items.extend(sub)
                recipient = recipient or rec
            else:
                bare_measures.append((_text(_run(_subtree_without(noun, {"conj", "cc", "relcl", "punct"}), noun)), noun))
            continue
        drop = {"conj", "cc", "relcl", "acl", "appos", "punct"}
        tokens = _subtree_without(noun, drop)
        for c in noun.children:  # "the capability to build X", "reports that X happened"
            if c.dep_ == "acl" and c.i > noun.i and any(
                    g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children):
                tokens += list(c.subtree)
        tokens = [t for t in tokens if not _in_cue(t, noun)]
        run = _run(tokens, noun)
        if strip_recipient and resolve is not None and run and run[0] != noun:
            names = [t for t in run if t.dep_ == "compound" and t.pos_ == "PROPN" and t.head == noun]
            if names and names[0] == run[0]:
                name = _text(names)
                if resolve(name):
                    recipient = names[-1]
                    run = [t for t in run if t.i > names[-1].i]
        if run:
            items.append((_text(run), noun))
        for c in noun.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                sub, _ = noun_items(c, resolve, False, depth + 1)
                items.extend(sub)
    if not items:
        items = bare_measures
    return items, recipient


def _in_cue(token: Token, top: Token) -> bool:
    """Inside an "in return for" / "in exchange for" phrase below ``top`` (the other half of a deal)."""
    cues = load_lexicon("ask_cues")
    for prep in top.subtree:
        if prep.dep_ == "prep" and prep.head != prep and prep != top:
            words = " ".join(t.lower_ for t in prep.doc[prep.i : prep.i + 2])
            if words in cues and token in prep.subtree:
                return True
    return False


def verb_items(verb: Token) -> list[tuple[str, Token]]:
    """The verb phrases of a clause ("cease its arms negotiations with Russia"), one per conjunct."""
    items = []
    for v in conjuncts(verb):
        if v.pos_ not in ("VERB", "AUX") or (v != verb and trigger_kind(v)):
            continue
        tokens = _subtree_without(v, {"conj", "cc", "nsubj", "nsubjpass", "mark", "relcl", "punct"})
        tokens = [t for t in tokens if not (t.dep_ == "aux" and t.head == v and t.lower_ == "to")]
        run = _run(tokens, v)
        if run:
            items.append((_text(run), v))
    return items


def text_end(verb: Token) -> int:
    """Index of the last token of a verb's own phrase (its conjuncts and relative clauses left out)."""
    tokens = _subtree_without(verb, {"conj", "cc", "relcl", "punct"})
    return max(t.i for t in tokens)


def status_of(verb: Token) -> str:
    """The verb form as the text gives it: auxiliaries and the verb, with a governing verb it
    depends on ("is trying to persuade", "is said to be seeking", "would receive")."""
    first = verb
    token = verb
    for _ in range(3):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
        if auxes:
            first = min([first, *auxes], key=lambda t: t.i)
        if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and trigger_kind(token.head) is None \
                and token.head.i < token.i:
            token = token.head
            first = min(first, token, key=lambda t: t.i)
            continue
        break
    if verb.i - first.i > 7:
        first = verb
    return verb.doc[first.i : verb.i + 1].text


def read_frame(verb: Token, kind: str, particle: Token | None, resolve: Resolve) -> Frame | None:
    """The ask/offer/demand/pledge/refusal a trigger verb states, or None."""
    passive = is_passive(verb)
    party = agent_of(verb) if passive else subject_of(verb)
    if not party:
        return None
    preps = prep_objects(verb)
    obj = child(verb, "dobj")
    patient = child(verb, "nsubjpass") if passive else None
    embedded = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    counterparty, cp_how = None, ""
    items: list[tuple[str, Token]] = []
    used: set[int] = set()
    link = ""

    if embedded is not None:
        used.update(t.i for t in embedded.subtree)
        inner_subject = child(embedded, "nsubj", "nsubjpass")
        if obj is not None and obj.i > embedded.i:
            obj = None  # "demanding that X be lifted, a demand backed by Y": an afterthought, not the asked
        counterparty = obj or patient or (inner_subject if kind in ("ask", "demand") else None)
        inner = trigger_kind(embedded)
        to = "to " if any(c.dep_ == "aux" and c.lower_ == "to" for c in embedded.children) else ""
        if inner and inner[0] == "offer" and kind in ("ask", "demand"):
            items, recipient = _given(embedded, resolve)
            link = to + embedded.text
        else:
            items = verb_items(embedded)
            link = to.strip()
            if inner_subject is not None and counterparty != inner_subject:
                # "promised that the US will act": the clause with its own subject is the item
                first = min(t.i for t in inner_subject.subtree)
                items = [(_text(_run(list(verb.doc[first : text_end(embedded) + 1]), embedded)), embedded)]
                link = ""
            if counterparty is not None and counterparty.pos_ != "PRON" \
                    and not resolve(_text(_run(list(counterparty.subtree), counterparty))):
                # "wants these talks to continue": a subject that is no actor is part of the item
                first = min(t.i for t in counterparty.subtree)
                items = [(_text(_run([t for t in verb.doc[first : text_end(embedded) + 1]], embedded)), embedded)]
                counterparty, link = None, ""
    else:
        item_obj = patient if (passive and kind == "offer") else obj
        for prep in ITEM_PREPS:
            # "ask Y for X", "provide Y with X", "call for X": the object of for/with is the item
            # when the direct object is an actor or the trigger is the phrasal verb itself
            phrasal = particle is not None and particle.lower_ == prep
            actor_obj = item_obj is not None and resolve(_text(_run(list(item_obj.subtree), item_obj)))
            if prep in preps and (phrasal or actor_obj):
                if actor_obj:
                    counterparty, cp_how = item_obj, ""
                item_obj = preps[prep]
                break
        if passive and kind != "offer" and patient is not None:
            counterparty = patient
        if item_obj is not None:
            items, recipient = noun_items(item_obj, resolve, strip_recipient=kind == "offer")
            if recipient is not None and counterparty is None:
                counterparty, cp_how = recipient, ""
            used.update(t.i for t in item_obj.subtree)
        if kind == "refusal" and counterparty is None and obj is not None:
            owner = child(obj, "poss") or next((c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                                                and resolve(c.text)), None)
            if owner is not None and owner.pos_ == "PROPN":
                counterparty, cp_how = owner, ""
    if counterparty is None:
        dative = child(verb, "dative")
        if dative is not None and dative.pos_ in ("NOUN", "PROPN"):
            counterparty, cp_how = dative, ""
        else:
            for prep in COUNTERPARTY_PREPS[kind]:
                if prep in preps:
                    counterparty, cp_how = preps[prep], prep
                    break
    if not items and counterparty is not None and cp_how and not resolve(_text(_run(list(counterparty.subtree), counterparty))):
        # "agreed to a ceasefire": a prepositional object that is no actor is what is agreed to
        items, _ = noun_items(counterparty, resolve)
        counterparty, cp_how = None, ""
    items = [(text, token) for text, token in items if text.strip(" ,;:-–—")]
    if not items:
        return None
    return Frame(verb, kind, party, counterparty, cp_how, link, items, status_of(verb), used, passive,
                 hedge_of(verb, party))


def _given(verb: Token, resolve: Resolve) -> tuple[list[tuple[str, Token]], Token | None]:
    """What an embedded give-verb hands over: "send Y X", "provide Y with X", "sell X to Y"."""
    preps = prep_objects(verb)
    obj = child(verb, "dobj")
    if "with" in preps:
        return noun_items(preps["with"], resolve)[0], obj
    if obj is not None:
        return noun_items(obj, resolve, strip_recipient=True)
    return [], None


CORE_MODIFIERS = {"compound", "amod", "nummod", "nmod", "neg", "quantmod"}


def _core_noun(token: Token, depth: int = 0) -> list[Token]:
    out = [token]
    if depth > 4:
        return out
    for c in token.children:
        if c.dep_ in CORE_MODIFIERS:
            out += _core_noun(c, depth + 1)
        elif c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                out += [c] + _core_noun(objs[0], depth + 1)
    return out


def item_core(text: str, token: Token) -> tuple[frozenset[str], str]:
    """The content that identifies an item across sources, and the words that say only that:
    a noun with its compounds, adjectives, numbers and "of" phrase ("release of prisoners"); a
    clause's subject, negation, verb, particle and object ("sanctions lifted"). Determiners,
    possessives, adverbials and other phrases are left out, so the core is true wherever the item is."""
    doc = token.doc
    start = doc.text.find(text, token.sent.start_char)
    if start < 0:
        start, end = token.sent.start_char, token.sent.end_char
    else:
        end = start + len(text)
    if token.pos_ in ("VERB", "AUX"):
        tokens = [token]
        for c in token.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"):
                tokens += _core_noun(c)
            elif c.dep_ in ("neg", "prt", "acomp"):
                tokens.append(c)
    else:
        tokens = _core_noun(token)
    tokens = sorted({t.i: t for t in tokens if start <= t.idx < end and not t.is_punct}.values(), key=lambda t: t.i)
    key = frozenset(t.lemma_.lower() for t in tokens)
    words = "".join(t.text + (t.whitespace_ if nxt.i == t.i + 1 else " ")
                    for t, nxt in zip(tokens, tokens[1:])) + (tokens[-1].text if tokens else "")
    return key, words.strip()
