"""Why a measure was taken, as its sentence says: a "for"/"over" phrase, the charge of a charging verb
("charged with …"), a purpose infinitive ("… to prevent …"), "in retaliation for …", a description on
the target ("officials accused of …"), or, for a measure taken or undone, what it came "after".
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.syntax import child, is_passive, own_children
from briefgen.sections.sanctions.measures import is_sum
from briefgen.sections.sanctions.phrases import subtree_text
from briefgen.sections.sanctions.triggers import EXEMPTION_NOUNS

REASON_PREPS = {"for", "over"}
#: Verbs by which a clause on the target says why it is targeted ("officials accused of corruption").
ACCUSING_VERBS = {"accuse", "suspect", "allege", "charge", "blame", "implicate", "involve", "link", "tie", "convict",
                  "find", "say", "believe", "deem", "consider"}
#: Verbs of what a measure is for, in an infinitive after its object ("… controls on platforms to prevent …").
PURPOSE_VERBS = frozenset({"prevent", "stop", "curb", "deter", "punish", "protect", "counter", "combat", "discourage",
                           "halt", "stem"})
#: Verbs whose "with"/"of" phrase is the charge ("charged with avoiding drug tests", "accused of fraud").
CHARGING_VERBS = frozenset({"charge", "accuse", "indict", "convict", "prosecute"})
#: Nouns of a measure taken as an answer to something ("in retaliation for", "in response to").
ANSWER_NOUNS = ("retaliation", "response", "reprisal", "punishment", "revenge", "protest")
#: Statuses of a measure taken or undone, whose "after" clause gives its grounds.
AFTER_GROUNDS = ("imposed", "reimposed", "expanded", "extended", "suspended", "eased", "lifted", "overturned")


def reason_of(token: Token, gov: Token | None, target: Token | None, status: str) -> str | None:
    """Why: a ``for``/``over`` phrase, a charge, a purpose, "in retaliation for …", "accused of…" on the target, or, for
    a measure taken or undone, what it came "after" ("have been suspended after failing to take
    drugs tests", "lifted … after Japan ended selling …"; audit s13, #12 and #27)."""
    if status in ("evasion", "violation-alleged"):
        return None
    sums = [c for n in (token, gov) if n is not None for c in n.children if c.dep_ == "dobj" and is_sum(c)]
    for node in (token, gov, *sums):  # ("fined Meta Platforms $1.3 billion … for transferring data": the
        if node is None:  # parser hung the "for" on the sum)
            continue
        charges = node.lemma_.lower() in CHARGING_VERBS  # "charged with distributing banned substances"
        exempting = any(c.dep_ == "dobj" and c.lemma_.lower() in EXEMPTION_NOUNS for c in node.children)
        for c in own_children(node):
            if exempting and c.lower_ == "for":
                continue  # "ended tariff exemptions … for goods shipped from China": whom the exemption covered
            if c.dep_ == "prep" and (c.lower_ in REASON_PREPS or charges and c.lower_ in ("with", "of")):
                inner = child(c, "pcomp", "pobj")
                if inner is not None and inner.pos_ in ("VERB", "NOUN") and inner.ent_type_ not in ("DATE", "MONEY"):
                    return subtree_text(inner)
    for node in (n for n in (gov, token) if n is not None and n.pos_ in ("VERB", "AUX")):
        purpose = next((c for c in node.children if c.dep_ in ("xcomp", "advcl") and c.i > node.i
                        and c.lemma_.lower() in PURPOSE_VERBS and child(c, "aux") is not None
                        and child(node, "dobj") is not None), None)
        if purpose is not None:  # "promised strict new controls on Chinese retail platforms to prevent
            return subtree_text(purpose)  # unsafe … products from entering Europe" (audit s14, #4)
    scope = gov if gov is not None else token
    while scope.dep_ == "xcomp" and scope.head.i != scope.i:
        scope = scope.head  # "began blocking access to the Lycos Europe site in protest at the action"
    for answer in (t for t in scope.subtree if t.lemma_.lower() in ANSWER_NOUNS and t.dep_ == "pobj"
                   and t.head.lower_ in ("in", "as") and not t.left_edge.i <= token.i <= t.right_edge.i):
        # (not the measure answered: "the order was issued in response to its suit" gives the suit no reason)
        if child(answer, "prep") is not None:  # "announced the sanctions in retaliation for what he called …"
            return subtree_text(answer)
        after = answer.doc[answer.i + 1] if answer.i + 1 < len(answer.doc) else None
        if after is not None and after.dep_ == "prep" and after.head.i == answer.head.head.i:
            # "began blocking access to the Lycos Europe site in protest at the action", "at" hung on the verb
            return " ".join(answer.doc[answer.i : after.right_edge.i + 1].text.split())
    if status in AFTER_GROUNDS:
        for node in (n for n in (token, gov) if n is not None and n.pos_ in ("VERB", "AUX")):
            for c in node.children:
                after = child(c, "pcomp") if c.dep_ == "prep" and c.lower_ == "after" else \
                    c if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children) else None
                if after is None or after.pos_ not in ("VERB", "AUX"):
                    continue
                own_subject = child(after, "nsubj", "nsubjpass")
                if own_subject is None and not is_passive(node, reduced=True):
                    continue  # "… imposed by the Irish data protection authority so far, after sanctioning Amazon":
                    # the imposer's own earlier act, not the target's; "have been suspended after failing …" is theirs
                return subtree_text(after) if c.dep_ == "prep" else clause_words(after)
    if target is not None and target.pos_ == "NOUN":
        for c in target.children:
            if c.dep_ in ("acl", "relcl") and c.i != token.i and c.pos_ == "VERB" \
                    and c.lemma_.lower() in ACCUSING_VERBS:
                return subtree_text(c, strip_relative=True)  # "officials accused of …"; not "foreign-flag
                # ships carrying containers", which says which ships
    return None


def clause_words(clause: Token) -> str:
    """A clause's words without its opening mark ("after Japan ended selling …" -> "Japan ended …")."""
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    return subtree_text(clause) if not words else " ".join(
        clause.doc[words[0].i : words[-1].i + 1].text.split()).rstrip(",.;")
