"""Reading one denial: the word that says a claim is false and what it says is false (who says it is
:mod:`.deniers`).

A denial verb (``denial_verbs``) over a that-clause, a deed or a claim noun (``denial_claim_nouns``)
denies; one that withholds something ("denied bail", "deny shareholders the true value") does not.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import ADVICE_MODALS, MODALS, child, is_negated, is_passive

FIRST_PERSON = {"we", "i"}
DEMONSTRATIVES = {"this", "that", "it", "them", "these", "those", "so"}


def claim_noun(token: Token, verb: Token) -> bool:
    """A noun naming a claim; a pronoun only after "deny", "refute" or "dispute" ("the government
    denies this"), not after "reject" ("whether shareholders should accept or reject it")."""
    return token.lemma_.lower() in load_lexicon("denial_claim_nouns") or (
        token.pos_ == "PRON" and token.lower_ in DEMONSTRATIVES and verb.lemma_.lower() in ("deny", "refute", "dispute"))


def _asserted(verb: Token) -> bool:
    """Whether the sentence says the denial was made, not that it may be ("will decide whether
    shareholders should … reject it")."""
    for node in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("should", "could", "might", "may", "would") for c in node.children):
            return False
        if node.dep_ in ("ROOT", "ccomp"):
            break
    return True


def _denies_a_claim(verb: Token) -> Token | None:
    """What a denial verb says is false — its clause, deed or claim noun — or the verb itself when
    it governs nothing ("allegations China denies"); None when it withholds something instead."""
    children = list(verb.children)
    if any(c.dep_ in ("dative", "iobj") for c in children) or sum(c.dep_ == "dobj" for c in children) > 1:
        return None  # "seeks to deny shareholders the true value of their investment"
    for c in children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            return c  # "denied that its Web site was hacked", "denied breaking a pact"
        if c.dep_ == "dobj":
            return c if c.tag_ == "VBG" or claim_noun(c, verb) else None  # "denied wrongdoing"; not "denied bail"
        if c.dep_ == "prep" and c.lower_ == "with" and verb.lemma_.lower() == "disagree":
            return c  # "disagrees with the decision"
    if verb.lemma_.lower() in ("deny", "dispute", "contest") and (
            verb.dep_ == "relcl" and (claim_noun(verb.head, verb) or said_before(verb.head) is not None)
            or verb.dep_ in ("ROOT", "conj", "ccomp")):
        return verb  # "allegations China denies", "Moscow denies."
    return None


def said_before(noun: Token) -> Token | None:
    """The claim that "something X denies" stands for, when it trails the clause that makes it ("Mr
    Weingarten has suggested that Mr Sullivan is implicating Mr Ebbers …, something Mr Sullivan denies")."""
    if noun.lower_ not in ("something", "which") or noun.dep_ not in ("npadvmod", "appos", "dobj"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


#: Verbs by which a party states something of itself; a negated statement of its own deed or state
#: denies a claim ("TikTok said it has never received a request for European user data").
STATING_VERBS = {"say", "state", "announce", "insist", "maintain", "stress", "reiterate", "add"}
#: Words by which reported speech names its speaker ("TikTok said it has never …"); a first person is
#: the speaker's own words in a quote, which state views as often as they answer a claim ("We've never
#: really solved the big problem of spam").
SELF_WORDS = {"it", "its", "they", "their", "he", "his", "she", "her"}


def _self_denial(verb: Token) -> Token | None:
    """The clause in which a speaker says it did not do, or is not, something ("Shein said … that
    its success is not down to the duty-free allowance"); None for what it will, may, plans or thinks."""
    if verb.lemma_.lower() not in STATING_VERBS or not any(c.dep_ == "nsubj" and c.pos_ != "PRON"
                                                          for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    clauses += [c for clause in clauses for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    exempt = load_lexicon("self_denial_exempt")
    for clause in clauses:
        if not is_negated(clause, never=True) or any(c.dep_ == "aux" and c.lower_ in MODALS | ADVICE_MODALS
                                                  for c in clause.children):
            continue
        if clause.lemma_.lower() in exempt or any(c.lemma_.lower() in exempt for c in clause.children
                                                   if c.dep_ in ("acomp", "xcomp", "advmod", "prt")):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in clause.children):
            continue  # ("said it had not been proven that the athletes refused …": no one's own deed)
        own = subject.lower_ in SELF_WORDS or any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subject.children)
        if own:
            return clause
    return None


#: Verbs whose negation says the speaker's evidence goes against a claim ("our statistics do not confirm this").
CONFIRMING = frozenset({"confirm", "corroborate", "substantiate", "support"})
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})
#: Verbs by which a claim is put forward ("statistics designed to show that …").
SHOWING = frozenset({"show", "prove", "demonstrate", "suggest", "indicate", "claim", "say", "argue"})


def _disconfirmed(verb: Token) -> Token | None:
    """What a negated "confirm" of evidence (``denial_evidence_nouns``) says it does not bear out: the claim of the concessive clause
    beside it ("Carlucci also said that although Japanese officials had presented statistics designed to
    show that Japan was opening its markets …, 'our statistics do not confirm this'" -> "Japan was opening
    its markets …"), or the pronoun, whose claim the sentence before tells; None for another object."""
    if not is_negated(verb, never=True) or not any(c.dep_ == "dobj" and c.lower_ in DEMONSTRATIVES for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in load_lexicon("denial_evidence_nouns") for c in verb.children):
        return None  # "a spokesman did not confirm this" withholds a word; it says nothing is false
    concession = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                       and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children)), None)
    if concession is None:
        return next(c for c in verb.children if c.dep_ == "dobj")
    shown = next((t for t in concession.subtree if t.dep_ == "ccomp" and t.head.lemma_.lower() in SHOWING), None)
    return shown or concession


def _own_earlier_word(verb: Token, what: Token) -> bool:
    """ "TikTok revealed that it had discovered …, contradicting the company's earlier statements": what
    a party's news contradicts is its own word, an admission, not a denial of another's claim."""
    if verb.lemma_.lower() != "contradict":
        return False
    owner = next((c for c in what.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.lower_ in ("its", "their", "his", "her", "our")
                                  or owner.lemma_.lower() in load_lexicon("anaphoric_nouns"))


def _denial_negated(verb: Token) -> bool:
    """A denial said not to have been made: "neither he nor other relatives immediately dismissed the
    charges as false" (New York Times, April 2013) tells that no one denied."""
    return is_negated(verb, never=True) or any(c.dep_ == "preconj" and c.lower_ == "neither"
                                 for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children)


#: Verbs of bearing a claim out: one said not to have been done calls the claim unproven.
PROOF_VERBS = frozenset({"prove", "substantiate", "establish", "corroborate", "verify"})


def unproven(verb: Token) -> Token | None:
    """What a negated passive proof verb calls unproven: the that-clause after "it" ("said it had not been
    proven that the athletes refused to take the test in Athens", BBC, 2005) or the claim noun ("The charge
    cannot be substantiated"); None for a caveat of the teller ("could not be independently verified")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PROOF_VERBS or not is_passive(verb) \
            or not is_negated(verb, never=True) or any(c.lower_ == "independently" for c in verb.children):
        return None
    subject = child(verb, "nsubjpass")
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if subject is not None and subject.lower_ == "it" and clause is not None:
        return clause
    return subject if subject is not None and subject.pos_ == "NOUN" and claim_noun(subject, verb) else None


def denial_cue(sentence: Span) -> tuple[Token, Token] | None:
    """The word that denies a claim in a sentence and what it denies, or None."""
    verbs = load_lexicon("denial_verbs")
    false_words = load_lexicon("denial_false_words")
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in verbs and _asserted(token) and not _denial_negated(token):
            what = _denies_a_claim(token)
            if what is not None and not _own_earlier_word(token, what):
                return token, what
        if token.pos_ == "NOUN" and lemma == "denial" and not any(
                t.lower_ == "service" for t in token.doc[token.i + 1 : token.i + 4]):
            against = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("despite", "notwithstanding") \
                else None  # "despite its denials, North Korea had supplied …": the clause is what is denied
            return token, against if against is not None and against.pos_ in ("VERB", "AUX") else token
            # (not "a denial-of-service attack")
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "attr", "oprd") and (
                lemma in false_words or lemma == "true" and any(c.dep_ == "neg" for c in token.head.children)):
            return token, token.head  # "it is not true that Putin is an investor in Gunvor"
        if lemma in PROOF_VERBS and (said := unproven(token)) is not None and _asserted(token):
            return token, said
        if token.pos_ == "VERB" and lemma in CONFIRMING and _asserted(token):
            what = _disconfirmed(token)
            if what is not None:
                return token, what
        if token.pos_ == "VERB" and lemma in STATING_VERBS and _asserted(token):
            clause = _self_denial(token)
            if clause is not None:
                return token, clause  # "Gazprom has announced it is not linked to Baikal in any way"
        if lemma == "plead" and any(c.lower_ == "guilty" and any(n.dep_ == "neg" for n in c.subtree)
                                    for c in token.children):
            return token, token  # "pleaded not guilty to the charges"
    return None
