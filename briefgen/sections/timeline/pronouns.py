"""Where a row's line must start so that its pronouns say whom they stand for.

A line cut to the clause a date belongs to may keep a pronoun and lose the noun it points back to:
"the Higher Labour Court Saturday ruled it illegal" (ruled what?), "a letter to Putin – hand-delivered
by her husband …" (whose?). The line then starts earlier in its sentence, at the antecedent — and at the
start of the antecedent's own clause when the antecedent is no subject, so that the line says who does
what. It never starts earlier when that would take in another date, run past the line's length, or reach
far back. A pronoun subject opening the line whose antecedent is no subject ("it came to power two years
ago", of "… faced by Sarney's civilian government since it came to power …") keeps its line, and the row
names the antecedent beside it (:func:`named_within`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.nlp.antecedents import agrees

#: Pronouns whose antecedent an event line needs to say who acted, by the number they agree with.
SINGULAR_PRONOUNS = {"it", "he", "she"}
PLURAL_PRONOUNS = {"they"}
#: Pronouns as objects ("ruled it illegal") and owners ("her husband"), and whether they are plural.
OBJECT_PRONOUNS = {"it": False, "them": True}
OWNER_PRONOUNS = {"his": False, "her": False, "its": False, "their": True}
MAX_ANTECEDENT_GAP = 25
ARGUMENTS = ("nsubj", "nsubjpass", "pobj", "dobj", "attr")
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def line_start(head: Token, keep: Token | None, start: int, end: int, sent: Span, limit: int) -> int:
    """The first token of a line ``start``..``end`` (of at most ``limit`` tokens; ``head`` its clause,
    ``keep`` the clause below it the date is in) whose pronoun must name what it stands for; ``start``
    when it names it already or no antecedent is close by."""
    found = _subject_antecedent(head, start, sent)
    if found is not None and found[1] and found[0].dep_ not in SUBJECTS:
        return start  # the row says whom it stands for beside the line (:func:`named_within`)
    if found is None:
        found = _object_antecedent(start, end, sent) or _owner_antecedent(head, keep, start, end)
    if found is None:
        return start
    antecedent, whole_clause = found
    left = antecedent.left_edge.i
    clause = _clause_with_subject(antecedent) if whole_clause and antecedent.dep_ not in SUBJECTS else None
    if clause is not None and end - clause.left_edge.i <= limit and not _dated_between(sent, clause.left_edge.i, start):
        left = min(left, clause.left_edge.i)  # "40,000 seamen decided to remain on indefinite strike, even after the
        # Higher Labour Court Saturday ruled it illegal": what "it" is, in the clause that says who did what
    return left if left < start and start - left <= MAX_ANTECEDENT_GAP else start


def named_within(span: Span) -> Token | None:
    """The noun a line's opening pronoun subject stands for, earlier in its sentence and no subject there:
    "it came to power two years ago" is Sarney's civilian government, of "The current labour unrest is the
    worst faced by Sarney's civilian government since it came to power two years ago" — said beside the row,
    as the line widened to that clause would be the unrest of 1987 dated 1985 (timeline audit s39, row 01)."""
    found = _subject_antecedent(span.root, span.start, span.sent)
    if found is None or not found[1] or found[0].dep_ in SUBJECTS or found[0].i >= span.start \
            or span.start - found[0].i > MAX_ANTECEDENT_GAP:
        return None
    words = [t for t in span if not t.is_punct]
    return found[0] if words and words[0].pos_ == "PRON" else None


def _subject_antecedent(head: Token, start: int, sent: Span) -> tuple[Token, bool] | None:
    """The antecedent of the line's pronoun subject: the noun a relative clause hangs on ("a
    deterioration in the country's trade balance which precipitated …"), or the nearest noun before a
    personal pronoun, agreeing in number, whose clause the pronoun's clause hangs on."""
    verb = head if head.pos_ in ("VERB", "AUX") else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None or subject.i < start or subject.pos_ != "PRON":
        return None
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, False
    if subject.lower_ not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return None
    antecedent = _noun_before(subject, subject.lower_ in PLURAL_PRONOUNS, sent, set())
    return (antecedent, True) if antecedent is not None else None


def _object_antecedent(start: int, end: int, sent: Span) -> tuple[Token, bool] | None:
    """The antecedent of a pronoun object the line holds without it: "… decided to remain on indefinite
    strike, even after the Higher Labour Court Saturday ruled it illegal" — never the subject of the
    pronoun's own verb (the court did not rule itself illegal)."""
    doc = sent.doc
    pronoun = next((t for t in doc[start:end] if t.lower_ in OBJECT_PRONOUNS and _object(t)), None)
    if pronoun is None:
        return None
    verb = next(a for a in pronoun.ancestors if a.pos_ == "VERB")
    own = {t.i for t in verb.subtree}  # its own clause: "the Higher Labour Court" is no antecedent
    antecedent = _noun_before(pronoun, OBJECT_PRONOUNS[pronoun.lower_], sent, own, anywhere=True)
    return (antecedent, True) if antecedent is not None and antecedent.i < start else None


def _owner_antecedent(head: Token, keep: Token | None, start: int, end: int) -> tuple[Token, bool] | None:
    """Whose the pronoun is in the dated clause of a noun phrase, when the phrase is the object of a clause
    whose named subject it agrees with: "Melania Trump wrote a letter to Putin – hand-delivered by her
    husband, President Donald Trump, last August", not "a letter to Putin – hand-delivered by her husband
    …". The phrase's own "its" says nothing of the date ("its anti-spam screensaver, which launched last
    week": the launch, not the scrapping)."""
    if keep is None or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "dobj" or head.head.pos_ != "VERB":
        return None
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i >= start:
        return None
    owner = next((t for t in keep.subtree if start <= t.i < end and t.lower_ in OWNER_PRONOUNS and t.dep_ == "poss"), None)
    if owner is None or not agrees(owner.lower_, subject) or OWNER_PRONOUNS[owner.lower_] != _plural(subject):
        return None
    return subject, True


def _object(pronoun: Token) -> bool:
    """A verb's object, or the subject of a small clause after a verb ("ruled [it illegal]")."""
    return pronoun.head.pos_ == "VERB" and pronoun.dep_ in ("dobj", "dative") or pronoun.dep_ == "nsubj" \
        and pronoun.head.pos_ in ("ADJ", "NOUN") and pronoun.head.head.pos_ == "VERB" and pronoun.head.i > pronoun.i


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)


def _noun_before(pronoun: Token, plural: bool, sent: Span, skip: set[int], anywhere: bool = False) -> Token | None:
    """The nearest noun before the pronoun in its sentence (outside ``skip``), of its number, when the
    pronoun's clause hangs on that noun's clause; else None. With ``anywhere`` (an object's antecedent,
    which may sit in a clause beside its own), "it" must also be no person."""
    ancestors = {a.i for a in pronoun.ancestors}
    for token in reversed(sent[: pronoun.i - sent.start]):
        if token.i in skip or token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ARGUMENTS:
            continue
        if _plural(token) != plural or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY") \
                or anywhere and not agrees(pronoun.lower_, token):
            continue
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        return token if anywhere or clause.i in ancestors else None
    return None


def _clause_with_subject(token: Token) -> Token | None:
    """The smallest clause above ``token`` that has a subject of its own."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in node.children):
            return node
    return None


def _dated_between(sent: Span, left: int, start: int) -> bool:
    """A date of its own in the words the line would take in."""
    return any(e.label_ in ("DATE", "TIME") and left <= e.start < start for e in sent.ents)
