"""What a sentence says around a measure besides its parties: the condition it hinges on, its
amount, whether it is only a hypothetical or a time reference, whether it is punitive at all, and
whether a seizure is an act of war.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from briefgen.nlp.figures import CURRENCY_SIGNS, is_scale_word, unit_of
from briefgen.nlp.syntax import acl_children, chain, child, condition, is_passive
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.phrases import subtree_text

#: Marks of a clause a measure hinges on ("if Iran fails …", "unless …", "until Japan is in full compliance").
CONDITION_MARKS = frozenset({"if", "unless", "until", "once", "provided"})
#: Entity labels that give a measure's size: a sum, a rate, a quantity.
AMOUNT_LABELS = ("MONEY", "PERCENT", "QUANTITY")
#: Words of a length of time, for a measure's duration ("banned for four years", "a two-year ban").
DURATION_WORDS = re.compile(r"\b(year|month|week|day)s?\b", re.IGNORECASE)
AGE = re.compile(r"\b(?:years?|months?)[- ]old\b", re.IGNORECASE)  # "41-year-old": how old someone is
#: Currencies written into a hyphenated amount ("a two-euro flat fee", "a 10-dollar levy").
CURRENCY_WORDS = re.compile(r"-(euro|dollar|pound|yen|yuan|rouble|ruble|franc|cent)s?\b", re.IGNORECASE)


def condition_clause(token: Token, gov: Token | None) -> Token | None:
    """The clause the measure hinges on: on its own words, or on an act coordinated after them that
    shares it ("would attempt to unseat the company's board … and take other hostile actions if the
    firm refuses to discuss its … bid")."""
    nodes = [n for n in (token, gov) if n is not None]
    nodes += [c for n in nodes if n.pos_ in ("VERB", "AUX") for c in n.conjuncts if c.i > n.i]
    return next((clause for n in nodes if (clause := condition(n, CONDITION_MARKS)) is not None), None)


def condition_text(token: Token, gov: Token | None) -> str | None:
    """The words of the clause the measure hinges on, as the source words it, or None; a measure
    said to depend on something hinges on it ("the imposition of further sanctions on Russia would
    *depend on how the talks proceeded*", audit s13, #21)."""
    clause = condition_clause(token, gov)
    if clause is not None:
        return subtree_text(clause)
    on = depends_on(gov)
    if on is not None:
        return " ".join(gov.doc[gov.i : max(t.i for t in on.subtree) + 1].text.split())
    return None


def depends_on(verb: Token | None) -> Token | None:
    """The ``on`` phrase of a verb of depending whose subject is the measure, or None."""
    if verb is None or verb.lemma_.lower() not in DEPENDING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)


#: Verbs by which a measure hangs on something still open ("would depend on how the talks proceeded").
DEPENDING_VERBS = frozenset({"depend", "hinge", "hang", "rest"})


def is_sum(token: Token | None) -> bool:
    """The head of a sum of money: a MONEY entity, or a unit or scale word of the figure lexicons
    (``figure_units``, ``figure_scales``) with a number before it ("300 mln dlrs")."""
    if token is None:
        return False
    if token.ent_type_ == "MONEY" and token.pos_ in ("NOUN", "NUM", "PROPN", "SYM"):
        return True
    return (unit_of(token.text) is not None or is_scale_word(token.text)) and any(
        t.like_num for t in token.subtree if t.i < token.i)


def sum_text(token: Token) -> str:
    """The words of a sum, without what it is a sum of ("as much as 300 mln dlrs")."""
    return " ".join(token.doc[token.left_edge.i : token.i + 1].text.split())


def signed(ent) -> str:
    """An amount with the currency sign the parser left outside it ("$" + "28bn")."""
    sign = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return sign + ent.text if sign in CURRENCY_SIGNS and not ent.text.startswith(sign) else ent.text


def sum_of(token: Token) -> Token | None:
    """What a sum is counted in: "300 mln dlrs *in Japanese exports*", "$200 billion *of Chinese goods*"."""
    return next((o for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "worth")
                 for o in c.children if o.dep_ == "pobj"), None)


def amount_of(token: Token, gov: Token | None) -> str | None:
    """The sum, rate or length the sentence gives the measure: an amount or duration inside the
    measure's own phrase ("a fine of €485 million", "100 pct tariffs", "two-year suspensions") or
    on its verb ("fined TikTok €530 million", "banned for four years")."""
    anchors = {token.i} | ({gov.i} if gov is not None and token.pos_ in ("VERB", "AUX") else set())
    host = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "of") else None
    if is_sum(host):
        return sum_text(host)  # "as much as 300 mln dlrs in tariffs", "51 mln dlrs of the sanctions"
    told = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and is_sum(o)), None)
    if told is not None:
        return sum_text(told)  # "a fine of 300,000 roubles ($3,908)": the sum as told, not its conversion
    pays = next((c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon("payment_verbs")),
                None) if token.pos_ == "VERB" else None
    paid = next((o for o in pays.children if o.dep_ == "dobj" and is_sum(o)), None) if pays is not None else None
    if paid is not None:
        return sum_text(paid)  # "ordered Texaco to pay Pennzoil 10.53 billion dlrs"
    for node in (token, gov):
        aim = next((o for c in node.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for o in c.children if o.dep_ == "pobj"), None) if node is not None else None
        if is_sum(aim) and sum_of(aim) is not None:
            return sum_text(aim)  # "raise tariffs on as much as 300 mln dlrs in Japanese exports"
    if gov is not None and token.dep_ in ("dobj", "nsubjpass", "nsubj") and gov.i in (token.head.i, token.head.head.i):
        heads = {gov.i} | {c.i for c in gov.children if c.dep_ in ("advmod", "prt")}
        for ent in token.doc.ents:  # "Trump raised tariffs on Chinese goods to 145%", "was revised down to 54% from
            if ent.label_ in AMOUNT_LABELS and ent.root.head.lower_ == "to" and ent.root.head.head.i in heads:
                return ent.text  # 120%": the rate the measure is set to
    for ent in token.doc.ents:
        sized = ent.label_ in AMOUNT_LABELS or (ent.label_ == "DATE" and DURATION_WORDS.search(ent.text)
                                                 and any(t.like_num or t.pos_ == "NUM" for t in ent))
        if not sized or (ent.start > 0 and token.doc[ent.start - 1].text == "("):
            continue  # ("($3,908)": a conversion of the sum told before it)
        if ent.root.head.lower_ == "from" and ent.root.head.head.i == getattr(gov, "i", None):
            continue  # "revised down to 54% from 120%": the old rate, not the measure's
        if ent.label_ == "DATE" and AGE.search(ent.text):
            continue  # "41-year-old Everett Dutschke was arrested": his age, not the arrest's length
        if ent.label_ == "DATE" and not (ent.root.head.lower_ in ("for", "of") or ent.root.dep_ in ("amod", "compound")):
            continue  # "the first national strike in 25 years": since when, not how long
        node, steps = ent.root, 0
        while node.i not in anchors and node.head.i != node.i and steps < 3 and node.dep_ not in ("ccomp", "conj"):
            node, steps = node.head, steps + 1
        if node.i in anchors:
            return signed(ent)
    for c in token.children:  # "a proposed 2 euro handling fee": a number and its currency before the noun
        after = token.doc[c.i + 1] if c.i + 1 < token.i else None
        if c.dep_ == "nummod" and c.like_num and after is not None and unit_of(after.text) is not None:
            return f"{c.text} {after.text}"
    for c in token.children:  # "a two-year ban", "the three-month suspension", "a two-euro flat fee"
        words = token.doc[min(t.i for t in c.subtree): max(t.i for t in c.subtree) + 1].text
        if c.dep_ in ("amod", "compound", "nmod") and "-" in words and (
                DURATION_WORDS.search(words) or CURRENCY_WORDS.search(words)):
            return words
    return None


def hypothetical(token: Token) -> bool:
    """The measure is what another's threat or offer hinges on ("it may take retaliatory measures
    if the United States imposes its planned trade sanctions"): the if-clause states no measure;
    nor does a measure averted or one a party merely has the power to take."""
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        return True  # "Jailed tycoon Mikhail Khodorkovsky has transferred his stake": a state the name
        # carries, not a measure the sentence tells
    path = chain(token)
    if any(_instead(node) for node in path):
        return True  # "instead of Suarez being banned for a month of the close season": what did not happen
    for i, node in enumerate(path[1:], start=1):
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children):
            return threatened_as_said(node) is None
        if node.lemma_.lower() in lexicon("demand_words") and _possible_if(node):
            return True  # "If Suarez does to go CAS, he could ask the court to suspend the ban": no one asks yet
        if node.lemma_.lower() in lexicon("avert_verbs"):
            return True  # "reached a compromise deal, averting increased industrial action": it did not come
        if node.pos_ in ("NOUN", "ADJ") and node.lemma_.lower() in lexicon("capability_nouns") and path[i - 1].dep_ in (
                "acl", "prep", "pcomp", "pobj"):
            return True  # "had considerable flexibility in taking sanctions against …", "the FIFA Disciplinary
            # Committee is responsible for sanctioning serious infringements": a power, not a measure
        if node.lemma_.lower() in lexicon("conjecture_words") or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lexicon("conjecture_words")
                for c in node.children):
            return True  # "My guess is that … networks … start blocking access to that host": a forecast
        for verb in (node, node.head):
            aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
            if "would" in aux and "have" in aux:
                return True  # "the protection … would have allowed Yukos to block the sale": it did not
        if node.dep_ == "ROOT":
            return False
    return False


def _possible_if(verb: Token) -> bool:
    """The verb is only possible ("could", "might", "may") and hangs on an if-clause of its own."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) for c in verb.children)


def _instead(node: Token) -> bool:
    """The node opens, or is the clause right after, "instead of" / "rather than" (however parsed)."""
    end = node.i + 1 if node.dep_ == "prep" else node.left_edge.i if node.pos_ in ("VERB", "AUX") else None
    words = [t.lower_ for t in node.doc[max(0, end - 2) : end]] if end is not None else []
    if words in (["instead", "of"], ["rather", "than"]):
        return True
    # "it means that, instead of Suarez being banned for a month …": the "of" parsed as the clause's own mark
    return node.pos_ in ("VERB", "AUX") and any(
        m.dep_ == "mark" and m.lower_ in ("of", "than") and m.i > 0
        and node.doc[m.i - 1].lower_ == ("instead" if m.lower_ == "of" else "rather") for m in node.children)


def threatened_as_said(clause: Token) -> Token | None:
    """The verb by which an if-clause's measure is said to be threatened or planned already ("if
    Washington imposes trade sanctions against Tokyo *as it has threatened*"), or None: then the
    clause states that threat, not a mere hypothesis."""
    return next((c for c in clause.children if c.dep_ == "advcl" and c.lemma_.lower() in lexicon("threat_verbs")
                 and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)


def time_reference(token: Token) -> bool:
    """A measure named only to date something else ("Prior to the US tariffs, platforms had
    relied on …", "after the sanctions"): no statement about the measure."""
    prep = token.head
    if token.dep_ != "pobj":
        return False
    words = (prep.lower_, f"{prep.head.lower_} {prep.lower_}" if prep.head.dep_ in ("advmod", "amod") else "")
    return any(w in ("before", "after", "prior to", "since", "until") for w in words)


def punitive(noun: Token) -> bool:
    """A weak measure noun its modifier marks as punitive ("retaliatory measures", "punitive tariffs")."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon("punitive_words") for c in noun.children)


def by_a_state(imposer: Token | None) -> bool:
    """The one who seizes or occupies is a country or its forces ("Russia", "Moscow's forces",
    "its forces"): an act of war, which the section leaves to the timeline."""
    if imposer is None:
        return False
    if imposer.ent_type_ in ("GPE", "NORP"):
        return True
    owner = child(imposer, "poss")
    return imposer.lemma_.lower() in ("force", "troop", "army", "military") and (
        owner is not None or any(c.ent_type_ in ("GPE", "NORP") for c in imposer.children))


def imposing_clause(measure: Token) -> Token | None:
    """The passive clause on a measure noun that tells who imposed it ("the 145% tariff on imports
    from China levied by Trump last month"): the act, which dates it."""
    return next((c for c in acl_children(measure) if c.lemma_.lower() in lexicon("impose_verbs")
                 and is_passive(c, reduced=True)), None)
