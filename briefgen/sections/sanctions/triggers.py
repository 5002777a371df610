"""Sanction triggers: the words of a sentence that name a sanction — a verb (``sanctioned``), a ban
verb (``banning``), a sanction noun (``arms embargo``) or a weak noun (``restrictions``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.syntax import is_negated, is_passive, is_past
from briefgen.sections.sanctions.lexicons import count_nouns, lexicon, noun_phrases


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
    for token in sent:  # "its anti-spam screensaver": a campaign against spam
        if token.i not in found and against_what(token) is not None:
            found[token.i] = Trigger(token, "noun", token.text)
    for token in sent:  # weak nouns first: a verb whose object is one is that measure ("will charge a fee")
        if token.i not in found and token.pos_ == "NOUN" and token.lemma_.lower() in lexicon("weak_nouns") \
                and token.dep_ != "compound":
            found[token.i] = Trigger(token, "weak-noun", token.text)
    for token in sent:
        lemma = verb_lemma(token)
        if token.i in found:
            if found[token.i] is not None and not names_a_measure(found[token.i].token):
                found[token.i] = None
            continue
        if lemma in lexicon("lift_verbs") and acts_on_sanction(token):
            continue  # "suspended the sanctions": a lifting, read from the sanction noun
        if lexicon("verbs").get(lemma) in ("seizure", "occupation") and takes_territory(token):
            continue
        if token.dep_ == "acl" and found.get(token.head.i) is not None:
            continue  # "a court order to block Pennzoil from …": what the order does, one measure
        if lexicon("verbs").get(lemma) in ("suspension", "block") and not acts_on_party_or_trade(token):
            continue  # "to suspend interest payments on its debt": its own act, not a measure
        if lemma in lexicon("asset_verbs") and not acts_on_assets(token):
            continue
        if token.pos_ == "VERB" and (lemma in lexicon("verbs") or lemma in lexicon("ban_verbs")) and (
                any(c.dep_ in ("dobj", "nsubjpass") and found.get(c.i) is not None for c in token.children)
                or (token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" and found.get(c.i) is not None
                                                              for c in token.head.children))):
            continue  # "will charge a flat-rate fee", "seeking injunctions … to impound exports": one measure
        if token.pos_ == "VERB" and ordered_payment(token):
            found[token.i] = Trigger(token, "verb", "order to pay")
        elif token.pos_ == "VERB" and lemma in lexicon("ruling_verbs") and unlawful_predicate(token) is not None:
            found[token.i] = Trigger(token, "verb", f"ruling: {unlawful_predicate(token).lower_}")
        elif token.pos_ == "VERB" and lemma in lexicon("verbs"):
            found[token.i] = Trigger(token, "verb", lexicon("verbs")[lemma])
        elif token.pos_ == "VERB" and lemma in lexicon("ban_verbs"):
            found[token.i] = Trigger(token, "ban", lexicon("ban_verbs")[lemma])
    return [found[i] for i in sorted(found) if found[i] is not None]


def ordered_payment(verb: Token) -> bool:
    """A court, jury or regulator ordering a party to pay ("a Texas state court jury in November 1985
    ordered Texaco to pay Pennzoil 10.53 billion dlrs"): a measure on the party ordered."""
    if verb.lemma_.lower() not in lexicon("order_verbs"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in lexicon("authority_nouns") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon("payment_verbs") for c in verb.children)


def unlawful_predicate(verb: Token) -> Token | None:
    """The word by which a verb of ruling declares its object unlawful ("ruled it *illegal*",
    "was ruled *illegal*", "declared the strike *unlawful*"), or None."""
    return next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")
                 and c.pos_ == "ADJ" and c.lemma_.lower() in lexicon("unlawful_words")), None)


def is_ruling(trigger: Trigger) -> bool:
    """A ruling that something is unlawful ("the court ruled the strike illegal")."""
    return trigger.kind == "verb" and trigger.token.lemma_.lower() in lexicon("ruling_verbs") \
        and unlawful_predicate(trigger.token) is not None


def ruled_against(verb: Token) -> Token | None:
    """What a ruling declares unlawful: the verb's object, or the subject of its predicate ("ruled
    *it* illegal", parsed as a small clause)."""
    predicate = unlawful_predicate(verb)
    if predicate is None:
        return None
    found = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) or \
        next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if found is not None and found.lower_ == "it":  # "remain on indefinite strike, even after the Higher Labour
        before = [t for t in verb.sent if t.i < found.i and is_sanction_word(t)]  # Court Saturday ruled it
        return before[-1] if before else found  # illegal": the measure named before it in its sentence
    return found


def against_what(noun: Token) -> Token | None:
    """The "anti-X" modifier of a campaign noun ("its *anti-spam* operation"), when X is no party
    (an "anti-government campaign" is politics, not a measure), else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon("campaign_nouns"):
        return None
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_.startswith("anti-")
                 and len(c.text) > 6 and c.lower_[5:] not in load_lexicon("ask_state_organs")
                 and c.lower_[5:] not in load_lexicon("ask_collective_nouns")), None)


def verb_lemma(token: Token) -> str:
    """The lemma, or for a verb the lemmatizer missed ("fined" read as "fin") the base form its
    inflection gives, when that is a trigger verb."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in lexicon("verbs") or lemma in lexicon("ban_verbs"):
        return lemma
    word = token.lower_
    for base in (word[:-1] if word.endswith(("ed", "es")) else None, word[:-2] if word.endswith("ed") else None):
        if base and (base in lexicon("verbs") or base in lexicon("ban_verbs")):
            return base
    return lemma


def instrument_of(noun: Token) -> Token | None:
    """The passive measure verb a measure noun is the means of ("was banned from taking part in
    the auction by a US court injunction"), wherever the parser hung its "by"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "by":
        return None
    for verb in list(noun.head.ancestors)[:3]:
        if verb.pos_ == "VERB" and is_passive(verb) and verb_lemma(verb) in {**lexicon("verbs"), **lexicon("ban_verbs")}:
            return verb
    return None


def names_a_measure(head: Token) -> bool:
    """Whether a measure noun names a measure here: a strike of labour, not an attack ("Russian
    strikes on Ukraine's energy infrastructure"), not the lifting of another measure ("the
    suspension of sanctions")."""
    lemma = head.lemma_.lower()
    if lemma == "strike" and not labour_strike(head):
        return False
    if lemma in lexicon("lift_verbs") and acts_on_sanction(head):
        return False
    if instrument_of(head) is not None:
        return False  # "banned … by a US court injunction": the instrument of the ban, one measure
    return True


def labour_strike(strike: Token) -> bool:
    """A strike of workers, not an attack: an attack names what it hits ("Russian strikes on
    Ukraine's energy infrastructure"), its weapon ("air strikes") or its country ("fresh Russian
    strikes"); a strike of labour does none of these ("the unions launched week-long strikes")."""
    if strike.dep_ == "pobj" and strike.head.lower_ == "on":
        return True  # "were still on strike"
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in strike.children):
        return False
    modifiers = [c for c in strike.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.lower_ in MILITARY_WORDS or c.ent_type_ in ("NORP", "GPE") for c in modifiers):
        return False
    verb = strike.head if strike.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in verb.children):
        return False  # "Russia launched its most powerful strikes of the year on Ukraine's energy facilities"
    clause = verb.head if verb is not None and verb.dep_ == "conj" else verb  # "… exploit everything and continue …"
    subject = next((c for c in (*verb.children, *clause.children) if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is None or subject.ent_type_ not in ("NORP", "GPE")  # "the Russians … continue their strikes"


#: Modifiers that make a strike an attack ("air strikes", "missile strikes").
MILITARY_WORDS = {"air", "airstrike", "missile", "drone", "military", "nuclear", "artillery", "rocket", "aerial",
                  "naval", "precision", "pre-emptive", "preemptive", "surgical", "retaliatory", "bomb", "bombing"}


def acts_on_party_or_trade(token: Token) -> bool:
    """A suspension or block of a party ("suspended both athletes") or of its trade, talks or
    access (``sanction_suspendable_nouns``)."""
    acted = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    relative_subject = token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in token.children)
    if token.dep_ in ("acl", "amod", "relcl") and not relative_subject:
        acted.append(token.head)  # "the athletes suspended by the IAAF"; but "the government, which has
        # suspended interest payments": the government suspends, it is not suspended
    acted = [a.head.head if a.tag_ in ("WDT", "WP") and a.head.dep_ == "relcl" else a for a in acted]
    nouns = {*load_lexicon("sanction_suspendable_nouns"), *count_nouns()}  # "The duo had been suspended"
    return any(a.pos_ == "PROPN" or a.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or a.lemma_.lower() in nouns
               or is_body(a) for a in acted)


def is_body(token: Token) -> bool:
    """A common noun that names a body that can impose or suffer a measure ("the court", "seamen")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in load_lexicon("ask_collective_nouns")
                                     or lemma in load_lexicon("sanction_authority_nouns"))


def takes_territory(token: Token) -> bool:
    """A seizure of land is war, not a measure ("territory seized before the 2022 invasion")."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ in ("acl", "amod", "relcl"):
        taken.append(token.head)
    taken += [o for t in taken for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]  # "about 20% of Ukraine's national territory"
    taken += [c for c in token.children if c.dep_ == "nsubj" and token.dep_ == "relcl"]
    return any(is_land(t) or t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl" and is_land(t.head.head)
               for t in taken)


def is_land(noun: Token) -> bool:
    """A place or a noun of land ("Luhansk", "territory", "the region")."""
    return noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in load_lexicon("sanction_territory_nouns")


def acts_on_sanction(token: Token) -> bool:
    """Whether a word acts on a sanction: its object, passive subject or "of" object is a sanction
    noun ("suspended the sanctions", "the suspension of sanctions")."""
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and is_sanction_word(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(is_sanction_word(o) for o in c.children if o.dep_ == "pobj"):
            return True
    return False


EXEMPTION_NOUNS = ("exemption", "exception", "waiver", "exempt")


def ended_exemption(noun: Token) -> Token | None:
    """The verb by which an exemption from a measure was ended ("ended tariff exemptions",
    "scrapped the exemption"): the measure then applies. None for an exemption kept, planned or
    only talked of."""
    if noun.lemma_.lower() not in EXEMPTION_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in lexicon("lift_verbs") or not is_past(verb) or is_negated(verb):
        return None
    return verb


def modifier_only(head: Token) -> bool:
    """A sanction noun that only modifies another noun ("*sanctions* disputes", "*sanctions* relief")
    names no sanction, unless that noun is a regime word ("sanctions package") or says what
    happens to sanctions ("sanctions evasion", "sanctions violations")."""
    if head.dep_ != "compound" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if ended_exemption(head.head) is not None:
        return False  # "The United States ended tariff exemptions": the tariffs now apply
    outer = head.head.lemma_.lower()
    cues = ("regime_nouns", "evasion_words", "violation_words", "lift_verbs", "threat_verbs")
    return not any(outer in lexicon(table) for table in cues)


def acts_on_assets(token: Token) -> bool:
    """Whether a freeze-type word acts on money or property: its object (or passive subject, or for
    a noun its own phrase) holds an asset noun ("froze $6bn in Iranian *funds*")."""
    if token.pos_ in ("VERB", "AUX"):
        spans = [c.subtree for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                 or (c.dep_ == "nsubj" and token.dep_ in ("ccomp", "xcomp"))]  # "to have Baikal's assets frozen"
        if token.dep_ in ("acl", "amod") and is_passive(token, reduced=True):
            spans.append([token.head])
    else:
        spans = [c.subtree for c in token.children if c.dep_ in ("prep", "compound", "poss")]
    assets = lexicon("asset_nouns")
    return any(t.lemma_.lower() in assets or t.lower_ in assets for span in spans for t in span)

def is_sanction_word(token: Token) -> bool:
    """A sanction noun ("sanctions", "the arms embargo", "restrictions"): never a party."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lexicon("weak_nouns") or any(
        p[-1] == lemma for p in noun_phrases()))


def is_measure_noun(token: Token) -> bool:
    """A noun that names a measure by itself ("order", "ban", "judgement"), not a vague one that
    needs its context ("action", "measure"): another measure's word, where a status stops."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma not in lexicon("vague_nouns") and (
        lemma in lexicon("weak_nouns") or (lemma,) in noun_phrases())
