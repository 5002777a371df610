"""Who denies: the party a denial's words name — the subject of the denying verb, the speaker of a denial
in their own words ("We refute …"), the name beside a description ("The head of that tribunal, Kostas
Panagopoulos, said …") — or, for a pronoun, the named subject of the sentence before.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.antecedents import named_apposite, named_before, subject_before
from briefgen.nlp.labels import ACTOR_LABELS
from briefgen.nlp.syntax import subject_of
from briefgen.sections.conflicts.denial_cues import FIRST_PERSON, unproven


def as_written(tokens: list[Token]) -> str:
    """Words as the text spaces them, one space where words were left out ("… Industry (MITI) officials")."""
    return "".join(t.text + (t.whitespace_ if n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1 else " ")
                   for n, t in enumerate(tokens)).strip()


def full_name(subject: Token) -> str | None:
    """A party named by one word, as the text named it in full before ("Ostanin, who had apologised …, denied
    wrongdoing", after "The comedian, Artemy Ostanin, was handed a sentence …"); None when it did not, or
    named several so."""
    if subject.pos_ != "PROPN" or any(c.dep_ == "compound" for c in subject.children):
        return None
    earlier = {e.text for e in subject.doc.ents if e.label_ in ACTOR_LABELS and e.end <= subject.i and len(e) > 1
               and e[-1].text == subject.text}
    return earlier.pop() if len(earlier) == 1 else None


def _denying_subjects(cue: Token) -> list[Token]:
    """The subjects of the denying verb, or of the speaker whose own words deny ("We refute …")."""
    verb = cue if cue.pos_ == "VERB" else cue.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.sent.root
    subjects = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else []
    if cue.pos_ == "NOUN":
        owners = [c for c in cue.children if c.dep_ == "poss"]
        if owners and owners[0].pos_ == "PRON" and cue.dep_ == "pobj" and cue.head.head.pos_ in ("VERB", "AUX"):
            owners = subject_of(cue.head.head)  # "despite its denials, North Korea had supplied …": North Korea's
        subjects = owners or subjects
    if len(subjects) == 1 and (subjects[0].lower_ in FIRST_PERSON or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subjects[0].children)  # "our statistics …"
            or unproven(verb) is not None):  # "Kostas Panagopoulos, said it had not been proven that …": the speaker
        speaker = next((a for a in verb.ancestors if a.lemma_.lower() in load_lexicon("ask_speech_verbs")), None)
        subjects = subject_of(speaker) if speaker is not None else []  # 'Ioannidis told BBC Sport: "We refute …"'
    return subjects


def _name(subj: Token, index) -> str:
    """A denier's actor name, or its words as written."""
    named = named_before(subj)
    if named is not None:  # "In a statement from Lycos Europe …, the company denied that this was its fault"
        return (index.resolve(named.text) if index else None) or named.text
    subj = (named_apposite(subj) if subj.pos_ == "NOUN" else None) or subj  # "The head of that tribunal, Kostas
    # Panagopoulos, said …": the name beside the description
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    return (index.resolve(ent.text) if index and ent is not None and ent.label_ in ACTOR_LABELS else None) \
        or (ent.text if ent is not None else full_name(subj) or as_written(
            [t for t in subj.subtree if t.dep_ != "det" and t.i <= subj.i and t.ent_type_ not in ("DATE", "TIME")]))
    # ("during the case on Tuesday Mr Ebbers denied …": the parser made "Tuesday" part of his name)


def denier(cue: Token, index) -> tuple[str | None, bool]:
    """Who denies — the subject of the denying verb (all of "Both Moscow and Kyiv"), by its actor
    name — and whether they are several. A participle's subject is its sentence's ("Contradicting
    earlier reports …, seamen in Santos said")."""
    subjects = _denying_subjects(cue)
    names = []
    for subj in subjects:
        if subj.pos_ == "PRON" or subj.lower_ in ("both", "all") or subj.lemma_.lower() in load_lexicon("denial_claim_nouns"):
            continue  # ('"This rumour is baseless," the minister said': the rumour is what is denied, not who)
        name = _name(subj, index)
        if name and name not in names:
            names.append(name)
    plural = len(names) > 1 or any(s.tag_ in ("NNS", "NNPS") for s in subjects)
    return (" and ".join(names) if names else None), plural


def denier_before(document, sentence, cue: Token, index) -> tuple[str | None, bool]:
    """Who a pronoun denier is: the named subject of the sentence before, when the pronoun agrees with it
    ("The head of that tribunal, Kostas Panagopoulos, said it had not been proven …. \"The charge cannot be
    substantiated,\" he said.", BBC, 2005); (None, False) otherwise."""
    subjects = _denying_subjects(cue)
    found = subject_before(document, sentence, subjects[0]) if len(subjects) == 1 and subjects[0].pos_ == "PRON" \
        else None
    return (_name(found[0], index), False) if found is not None else (None, False)
