"""Syntax rules of the sanctions section: triggers, status, parties, phrases and clauses.

Everything here reads the dependency parse and the ``sanction_*`` trigger lexicons in
``briefgen/data`` (users extend them); nothing names a story. :mod:`.sanctions` turns what these
rules find into :class:`~briefgen.model.Sanction` items.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..lexicons import load_lexicon

MODALS = {"will", "would", "could", "may", "might", "shall", "'ll", "’ll", "wo", "can"}
ADVICE_MODALS = {"should", "must", "ought"}
ARTICLES = {"a", "an", "the", "these", "those", "this", "that", "such"}
TARGET_PREPS = {"on", "against", "to", "targeting"}
REASON_PREPS = {"for", "over"}
# Dependents that a clause, a target or a phrase can lose without losing its sense.
DROPPABLE = {"conj", "cc", "appos", "relcl", "parataxis", "punct", "dep", "meta"}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "pcomp"}
# Verbs whose object, not subject, does what the infinitive says ("persuaded Iran to stop").
OBJECT_CONTROL = {"ask", "persuade", "force", "press", "tell", "order", "allow", "convince", "pressure",
                  "encourage", "compel", "invite", "require", "warn"}
NP_LEFT = {"compound", "amod", "nummod", "poss", "case", "nmod", "quantmod", "det", "punct", "npadvmod"}


@cache
def lexicon(name: str) -> dict[str, str]:
    """``sanction_<name>`` as {trigger: measure}; a line "verb => measure" names the measure."""
    table = {}
    for line in load_lexicon(f"sanction_{name}"):
        word, _, measure = line.partition("=>")
        table[word.strip()] = measure.strip() or word.strip()
    return table


@cache
def noun_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word sanction nouns as lemma tuples, longest first."""
    phrases = {tuple(p.split()) for p in lexicon("nouns")}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class Trigger:
    """A word that names a sanction: a verb (``sanctioned``), a ban verb (``banning``) or a noun."""

    token: Token
    kind: str  # "verb", "ban", "noun", "weak-noun"
    measure: str


def find_triggers(sent: Span) -> list[Trigger]:
    """Every sanction trigger in a sentence, in text order."""
    found: dict[int, Trigger] = {}
    lemmas = [t.lemma_.lower() for t in sent]
    for phrase in noun_phrases():
        n = len(phrase)
        for i in range(len(sent) - n + 1):
            if tuple(lemmas[i : i + n]) == phrase and sent[i + n - 1].pos_ in ("NOUN", "PROPN"):
                head = sent[i + n - 1]
                if head.i not in found and not modifier_only(head):
                    found[head.i] = Trigger(head, "noun", " ".join(t.text for t in sent[i : i + n]))
                found.setdefault(head.i, None)
    for token in sent:
        lemma = token.lemma_.lower()
        if token.i in found:
            continue
        if lemma in lexicon("asset_verbs") and not acts_on_assets(token):
            continue
        if token.pos_ == "VERB" and lemma in lexicon("verbs"):
            found[token.i] = Trigger(token, "verb", lexicon("verbs")[lemma])
        elif token.pos_ == "VERB" and lemma in lexicon("ban_verbs"):
            found[token.i] = Trigger(token, "ban", lexicon("ban_verbs")[lemma])
        elif token.pos_ == "NOUN" and lemma in lexicon("weak_nouns") and token.dep_ != "compound":
            found[token.i] = Trigger(token, "weak-noun", token.text)
    return [found[i] for i in sorted(found) if found[i] is not None]


def modifier_only(head: Token) -> bool:
    """A sanction noun that only modifies another noun ("*sanctions* disputes", "*sanctions* relief")
    names no sanction, unless that noun is a regime word ("sanctions package") or says what
    happens to sanctions ("sanctions evasion", "sanctions violations")."""
    if head.dep_ != "compound" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    outer = head.head.lemma_.lower()
    cues = ("regime_nouns", "evasion_words", "violation_words", "lift_verbs", "threat_verbs")
    return not any(outer in lexicon(table) for table in cues)


def acts_on_assets(token: Token) -> bool:
    """Whether a freeze-type word acts on money or property: its object (or passive subject, or for
    a noun its own phrase) holds an asset noun ("froze $6bn in Iranian *funds*")."""
    if token.pos_ in ("VERB", "AUX"):
        spans = [c.subtree for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "amod") and is_passive(token):
            spans.append([token.head])
    else:
        spans = [c.subtree for c in token.children if c.dep_ in ("prep", "compound", "poss")]
    assets = lexicon("asset_nouns")
    return any(t.lemma_.lower() in assets or t.lower_ in assets for span in spans for t in span)


def is_passive(verb: Token) -> bool:
    """``was sanctioned by``, or a reduced relative ``a national already sanctioned by``."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod") and not any(
        c.dep_ == "aux" for c in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child with one of ``deps``."""
    return next((c for c in token.children if c.dep_ in deps), None)


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


def governor(token: Token) -> Token | None:
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


def has_modal(verb: Token) -> bool:
    """``will take``, ``would be imposed``, ``is going to``."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG")


def has_advice_modal(verb: Token) -> bool:
    """``should sanction``, ``must impose``, ``ought to``: someone says a measure is due."""
    return any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in verb.children)


def clause_head(token: Token) -> Token:
    """The head of the clause a token belongs to."""
    head = token
    while head.dep_ not in CLAUSE_DEPS and head.head.i != head.i:
        head = head.head
    return head


def status_of(trigger: Trigger) -> tuple[str, Token | None]:
    """Status from the words above the trigger, and the word that gave it.

    The first lexicon word on the way up wins (evade, violate, lift, warn, propose); a modal on the
    trigger's own clause makes a threat; otherwise an active participle or relative clause
    describing a noun ("resolutions banning…") is a regime in force, anything else is imposed.
    """
    token = trigger.token
    own_clause = clause_head(token)
    tables = (("evasion", "evasion_words"), ("violation-alleged", "violation_words"),
              ("lifted", "lift_verbs"), ("threatened", "threat_verbs"), ("proposed", "proposal_verbs"),
              ("demanded", "demand_words"))
    modal_zone = True
    for i, node in enumerate(chain(token)):
        lemma = node.lemma_.lower()
        if i > 0 or trigger.kind in ("noun", "weak-noun"):
            for status, table in tables:
                if lemma in lexicon(table):
                    if status == "lifted":
                        return lift_status(node)
                    return status, node
        if modal_zone and node.pos_ in ("VERB", "AUX") and has_advice_modal(node):
            return "proposed", node  # 'the EU should sanction …' is a call, not a measure
        if modal_zone and node.pos_ in ("VERB", "AUX") and has_modal(node):
            return "threatened", node
        if node.i == own_clause.i:
            modal_zone = node.dep_ in ("xcomp", "pcomp")
            own_clause = clause_head(node.head) if modal_zone else own_clause
        if node.dep_ in ("conj", "parataxis") and node.pos_ in ("VERB", "AUX"):
            break
        if i > 0 and node.dep_ in ("advcl", "ccomp", "relcl") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # 'China vows countermeasures as the US expands its ban': 'vows' is not the US's
    if trigger.kind == "ban" and token.dep_ in ("acl", "relcl") and not is_passive(token):
        return "existing", None
    if trigger.kind in ("noun", "weak-noun"):
        gov = governor(token)
        if gov is not None and gov.lemma_.lower() in lexicon("impose_verbs"):
            return "imposed", gov
        if token.dep_ == "pobj" and token.head.lower_ in ("under", "despite"):
            return "existing", None
        return "existing", None
    return "imposed", None


def lift_status(node: Token) -> tuple[str, Token]:
    """How a lifting (``node``, a lift verb or noun) stands, and the word that says so.

    A verb of opposing over it ("Washington and Paris *oppose* lifting the embargo") makes it
    ``lift-opposed``; a verb of asking or wanting whose subject is not the one who would lift
    ("Iran *wants* sanctions lifted", "*called on* the US to lift") makes it ``lift-demanded``;
    a proposal, threat or modal ("the EU could ease", "the US *wants* to lift") makes it
    ``lift-proposed``; otherwise it happened (``lifted``). The word returned is the opposing or
    asking one, whose subject is the party of the item.
    """
    # a parser sometimes hangs "oppose" on the gerund as an auxiliary ("oppose/aux lifting/ROOT")
    for c in node.children:
        if c.dep_ == "aux" and c.lemma_.lower() in lexicon("oppose_verbs"):
            return "lift-opposed", c
    proposed = has_modal(node)
    for above in chain(node)[1:]:
        lemma = above.lemma_.lower()
        if lemma in lexicon("oppose_verbs"):
            return "lift-opposed", above
        if lemma in lexicon("demand_words"):
            asker = asker_of(above)
            lifter = lifter_of(node)
            if asker is None or lifter is None or lifter.i != asker.i:
                return "lift-demanded", above
            return "lift-proposed", node
        if lemma in lexicon("proposal_verbs") or lemma in lexicon("threat_verbs") or has_modal(above):
            proposed = True
        if above.dep_ in ("conj", "parataxis") and above.pos_ in ("VERB", "AUX"):
            break
    return ("lift-proposed" if proposed else "lifted"), node


def is_sanction_word(token: Token) -> bool:
    """A sanction noun ("sanctions", "the arms embargo", "restrictions"): never a party."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lexicon("weak_nouns") or any(
        p[-1] == lemma for p in noun_phrases()))


def asker_of(word: Token) -> Token | None:
    """Who asks, wants or opposes: the subject of the verb, or the owner of a noun ("Iran's demand")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return child(word, "poss") or subject(word)
    return subject(word.head if word.dep_ == "aux" else word)


def lifter_of(lift: Token) -> Token | None:
    """Who would do the lifting: the subject of an active lift verb (through control), else None."""
    if lift.pos_ not in ("VERB", "AUX") or is_passive(lift):
        return None
    return subject(lift)


def negated(tokens: list[Token]) -> bool:
    """True when a verb on the way up is negated ("did not impose sanctions") or denies what it
    governs ("denied that the measures were aimed at any country")."""
    if any(t.lemma_.lower() in lexicon("denial_verbs") for t in tokens[1:]):
        return True
    return any(child(t, "neg") is not None for t in tokens if t.pos_ in ("VERB", "AUX"))


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
        if c.dep_ in NP_LEFT and not (c.dep_ == "det" and c.lower_ in ARTICLES):
            tokens.extend(c.subtree)
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ARTICLES):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def np_text(head: Token, with_of: bool = False) -> str:
    """The core noun phrase as written ("three entities", "Slovak national"); ``with_of`` keeps an
    "of" phrase after it ("network of companies")."""
    tokens = np_tokens(head) or [head]
    start, end = tokens[0].i, tokens[-1].i
    of = prep_object(head, {"of"}) if with_of else None
    if of is not None and of.i > head.i:
        end = of.i
    return head.doc[start : end + 1].text


def conjuncts(head: Token) -> list[Token]:
    """A head and the heads coordinated with it ("X, Y and Z")."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(conjuncts(c))
    return out


def subtree_text(token: Token, strip_relative: bool = False) -> str:
    """The words a token governs, trimmed of punctuation (and of a leading "that are")."""
    tokens = [t for t in token.subtree]
    if strip_relative:
        while tokens and (tokens[0].tag_ in ("WDT", "WP") or tokens[0].dep_ in ("aux", "auxpass")):
            tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return ""
    return " ".join(token.doc[tokens[0].i : tokens[-1].i + 1].text.split())


def clause_text(top: Token, keep: set[int], target: Token | None = None) -> str:
    """The clause under ``top`` as one trimmed line: dependents that hold none of the ``keep``
    tokens and only add (coordinated clauses, appositions, relative clauses) are cut at the edges;
    a relative clause describing the ``target`` stays."""
    kept: list[int] = []

    def droppable(c: Token) -> bool:
        if c.dep_ not in DROPPABLE or {t.i for t in c.subtree} & keep:
            return False
        if c.dep_ in ("relcl", "acl", "appos") and target is not None and c.head.i == target.i:
            return False
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
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ in edge or tokens[-1].is_punct):
        tokens.pop()
    if len(tokens) > 2 and tokens[0].pos_ == "ADV" and tokens[0].dep_ == "advmod" and tokens[1].text == ",":
        tokens = tokens[2:]  # "Moreover, the United States has warned…"
    if not tokens:
        return ""
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).strip("“”\"‘’ ")


def subject(verb: Token | None) -> Token | None:
    """The subject of a verb, climbing from an infinitive or gerund to the verb it serves."""
    node = verb
    for _ in range(8):
        if node is None:
            return None
        subj = child(node, "nsubj", "csubj")
        if subj is not None:
            return subj
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head if node.dep_ == "relcl" else None
        if node.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "dobj", "advcl", "conj") \
                or node.head.i == node.i:
            return None
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in OBJECT_CONTROL
                                     or node.head.lemma_.lower() in lexicon("proposal_verbs")):
            # "urged Pyongyang to cease", "called on the US to lift"
            controller = child(node.head, "dobj") or prep_object(node.head, {"on", "upon"})
            if controller is not None:
                return controller
        node = node.head
    return None



def evader(cue: Token) -> Token | None:
    """Who evades: the subject of ``evade``, the owner of "Russia's efforts to evade", or the
    noun that a compound "sanctions evasion" describes ("a sanctions evasion network")."""
    if cue.pos_ == "NOUN":
        if cue.dep_ == "compound":
            head = cue.head
            while head.dep_ == "compound":
                head = head.head
            return head
        return child(cue, "poss")
    subj = child(cue, "nsubj")
    if subj is not None:
        return subj
    if cue.dep_ == "acl":
        owner = child(cue.head, "poss")
        if owner is None and cue.head.dep_ == "dobj":
            owner = subject(cue.head.head)
        return owner or cue.head
    return subject(cue)


def condition(token: Token) -> Token | None:
    """An ``if``/``unless`` clause on the way up from the trigger."""
    for node in chain(token):
        for c in node.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"if", "unless"}:
                return c
    return None



def top(token: Token, gov: Token | None, cue: Token | None) -> Token:
    """The token whose clause is the item's one line."""
    node = cue if cue is not None and cue.i in {t.i for t in chain(token)} else (gov or token)
    head = clause_head(node)
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    if head.dep_ in ("xcomp", "pcomp"):
        return clause_head(head.head)
    return head
