"""Named-entity mentions that may stand for actors, with spaCy's NER mistakes filtered by general rules.

Rules, none tied to one story:
- page furniture: an entity that is the whole of its sentence ("Keep Reading" on its own line);
- numbers and lower-case words taken for people ("Pier 33");
- places taken for people: a name whose mentions are mostly places, or the object of "in/to/from…";
- a bare title word taken for an organisation ("Defense" in "Defense Minister");
- a news outlet that only ever appears as the source of a report ("CNN reported", "according to …").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from briefgen import gazetteer
from briefgen.ingest.anatomy import HEADLINE
from briefgen.ingest.header import is_header_line
from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.labels import ACTOR_LABELS, is_law_name
from briefgen.sections.actors.roles import roles_of
from briefgen.sections.actors.spans import clean_surface, split_coordinated, unpaired
from briefgen.sections.story import in_capitals, in_front_matter, in_furniture, is_title_case, names_actors

SPATIAL_PREPOSITIONS = {"in", "to", "from", "at", "into", "near", "via", "toward", "towards", "across", "outside"}
NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "ibn", "y"}
VERB_TAGS = {"VBG", "VBZ", "VBD", "VBP", "VB"}


@dataclass
class Mention:
    """One surface mention of a possible actor."""

    document: Document
    sentence: Sentence
    span: Span
    label: str
    surface: str
    key: str
    place_vote: bool = False
    place_use: bool = False
    acronym: str = ""
    reporting_frame: bool = False
    body_noun: bool = False  # set off as a company or body ("Gazprom, the company …", "gas giant Gazprom")
    surname: bool = False  # a place name the document also writes as a person's surname ("Steve Holland")
    roles: list[tuple[str, Span]] = field(default_factory=list)


def name_key(text: str) -> str:
    """The form two mentions must share to be the same name: case, hyphens and dots ignored."""
    return gazetteer.normalize(text)


def is_furniture(span: Span, sentence: Sentence) -> bool:
    """True when the entity is all its sentence holds, like a 'Keep Reading' link left in a dump."""
    rest = sentence.text.replace(span.text.strip(), "", 1)
    return not re.search(r"\w", rest)


def is_bad_person(surface: str) -> bool:
    """Digits or lower-case words do not make a person's name."""
    if re.search(r"\d", surface) or not re.search(r"[A-Za-z]", surface):
        return True
    words = surface.split()
    return any(w[0].islower() and w.lower().split("-")[0] not in NAME_PARTICLES for w in words)


def acronym_after(ent: Span, text: str) -> str:
    """'Ministry of Commerce (MOFCOM)': the acronym a text gives in brackets right after a name."""
    tail = text[ent.start_char:ent.end_char + 14]  # the model sometimes takes in '(MOFCOM'
    match = re.search(r"\w\s*\(([A-Z][A-Z0-9&.]{1,9})\)", tail)
    return match.group(1).replace(".", "") if match else ""


def strip_role_suffix(surface: str) -> str:
    """An organisation's name without a trailing role noun ('MOFCOM spokesperson' -> 'MOFCOM')."""
    words = surface.split()
    while len(words) > 1 and words[-1].lower() in load_lexicon("roles"):
        words = words[:-1]
    return " ".join(words)


def without_leading_titles(ent: Span) -> Span:
    """The person's span without the honorifics the model took into the name."""
    honorifics = load_lexicon("honorifics")
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_.rstrip(".") in honorifics:
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def strip_honorifics(surface: str) -> str:
    """'Sheikh Mohammed bin Abdulrahman' -> 'Mohammed bin Abdulrahman'; a name made only of titles
    ('Emir Sheikh') becomes empty."""
    honorifics = load_lexicon("honorifics")
    words = surface.split()
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return " ".join(words)


def is_title_word(span: Span) -> bool:
    """A portfolio word taken for an organisation is part of a title: 'Defense' in 'Defense Minister',
    'State' in 'Secretary of State'. Agencies before a title ('CIA Director') stay organisations."""
    if len(span) != 1:
        return False
    doc = span.doc
    portfolio = span.text.lower() in load_lexicon("portfolios")
    before_title = span.end < len(doc) and doc[span.end].lower_ in load_lexicon("roles")
    after_title_of = span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
        doc[span.start - 2].lower_ in load_lexicon("roles"))
    if portfolio and (before_title or after_title_of):
        return True
    # 'Supreme Leader': a capitalised word fused with a capitalised title noun
    following = doc[span.end] if span.end < len(doc) else None
    return (before_title and following.text.istitle() and not span.text.isupper()
            and gazetteer.resolve(span.text) is None)


def is_bare_title(span: Span) -> bool:
    """A title taken for a name: 'Supreme Leader', 'Foreign Minister' (capitalised words ending in a
    role noun, none of them an acronym or a known place or organisation)."""
    words = span.text.split()
    if not 1 < len(words) <= 3 or words[-1].lower() not in load_lexicon("roles"):
        return False
    if any(w.isupper() for w in words) or gazetteer.resolve(" ".join(words[:-1])):
        return False
    if words[-1].lower() == "general" and words[-2].lower() not in load_lexicon("roles"):
        return False  # a postpositive 'General' names a company ('Aerojet General'), unlike 'Attorney General'
    return all(t.pos_ != "PROPN" or t.text.lower() in load_lexicon("roles") or t.i < span.end - 1 for t in span)


def is_label_or_modifier(span: Span) -> bool:
    """A one-word 'name' that labels a headline ('Explainer: …') or only modifies a common noun
    ('the Arak reactor')."""
    doc = span.doc
    if len(span) == 1 and span.start == span.sent.start and span.end < len(doc) and doc[span.end].text == ":":
        return True
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.ent_type_ == ""


def is_platform_use(span: Span) -> bool:
    """'wrote on Twitter': a social platform named as the channel of a statement."""
    root = span.root
    return span.text.lower() in load_lexicon("platforms") and root.dep_ == "pobj" and root.head.lower_ in ("on", "via")


def is_reporting_frame(span: Span) -> bool:
    """The entity is only cited as a report's source: 'CNN reported', 'according to X', 'as reported by X'."""
    report_verbs = load_lexicon("report_verbs")
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in report_verbs:
        return True
    if root.dep_ == "poss" and head.ent_type_ == "PERSON" and any(
            t.lemma_.lower() in report_verbs for t in head.head.children if t.dep_ in ("advcl", "acl")):
        return True  # "Al Jazeera's Hani Mahmoud, reporting from Rafah, said …": the outlet's reporter
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in report_verbs:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":  # 'told CNN'
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in ("see", "obtain", "review"):
        return True  # 'a document seen by Reuters'
    media = load_lexicon("media_nouns")
    if any(t.lemma_.lower() in media for t in (root.head, *root.children)):
        return True  # 'the newspaper Al-Akhbar', 'an Al Jazeera tally', 'the channel'
    return root.dep_ in ("dobj", "pobj") and head.lower_ in ("citing", "cited")


def is_place_use(span: Span) -> bool:
    """The entity is the object of a spatial preposition: 'a trip to X', 'met in X'."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in SPATIAL_PREPOSITIONS


def trim_verbs(ent: Span) -> Span | None:
    """The entity without verbs at its edges: title-case headlines make the model tag 'Hitting
    Nvidia' or 'Tightens Curbs' as one name."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].tag_ in VERB_TAGS:
        start += 1
    while end > start and ent.doc[end - 1].tag_ in VERB_TAGS:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def joined_entities(doc) -> list[Span]:
    """The document's entities, with two person names that touch joined into one
    ('Sheikh Mohammed bin Abdulrahman' + 'Al Thani' split by the model)."""
    joined: list[Span] = []
    for original in doc.ents:
        ent = trim_verbs(original)
        if ent is None or is_furniture(original, original.sent):
            continue  # 'Keep Reading' alone on its line stays furniture once 'Keep' is trimmed
        previous = joined[-1] if joined else None
        if previous is not None and ent.label_ == previous.label_ == "PERSON" and previous.end == ent.start:
            joined[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def described_as_body(ent: Span) -> bool:
    """The name is set off as a company or body by a noun beside it ("Gazprom, the company
    originally tipped to buy …", "Russia's natural gas giant Gazprom"): evidence against a
    tagger that reads an unknown name as a place."""
    root = ent.root
    nouns = load_lexicon("actor_body_nouns")
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Chinese giants Temu and Shein": both are set off by "giants"
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
        beside.append(root.head)
    if root.dep_ == "pobj" and root.head.lower_ in ("like", "as") and root.head.head.pos_ == "NOUN":
        beside.append(root.head.head)  # "platforms like Shein and Temu", "companies such as Gazprom"
    return any(t.lemma_.lower() in nouns for t in beside)


def surnames_in(document: Document) -> frozenset[str]:
    """Last words of the document's names of people ("Holland" of "Steve Holland")."""
    return frozenset(e[-1].text for e in document.doc.ents if e.label_ == "PERSON" and len(e) > 1)


def collect_mentions(documents: list[Document]) -> list[Mention]:
    """Every PERSON/ORG/GPE/NORP entity that survives the furniture and shape filters."""
    mentions: list[Mention] = []
    alone = Counter(clean_surface(e.text) for d in documents for e in unpaired(d.doc) if e.label_ in ACTOR_LABELS)
    for document in documents:
        surnames = surnames_in(document)
        for ent in (part for whole in joined_entities(document.doc) for part in split_coordinated(whole, alone)):
            if ent.label_ not in ACTOR_LABELS:
                continue
            sentence = document.sentence_of(ent)
            surface = clean_surface(ent.text)
            if not surface or "\n" in ent.text.strip() or is_furniture(ent, sentence) or is_platform_use(ent):
                continue
            if (in_front_matter(document, sentence) or is_header_line(sentence.text) or in_furniture(ent, sentence)
                    or (ent.label_ == "ORG" and surface.islower()) or not names_actors(document, sentence)):
                continue  # bylines, credits, datelines, captions, chrome and common nouns are not names
            if surface.lower() in load_lexicon("not_parties"):
                continue  # "a sophisticated VAT fraud scheme": a tax, no party (timeline audit s20, row 08)
            if document.part_of(sentence) == HEADLINE and (is_title_case(sentence.text) or in_capitals(sentence.text)) \
                    and surface not in document.text[sentence.end:]:
                continue  # "World Cup Day 19: Luis Suarez Apologizes (Sort Of)": in a headline in Title Case (or in
                # capitals: "TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER") a name may run into the next capitalised
                # word; a name the story never writes is no name
            if ent.label_ == "ORG" and is_law_name(surface):
                continue  # "Britain has threatened to use its new Financial Services Act": a law, no party
            if ent.label_ == "PERSON":
                surface = strip_honorifics(surface)
                if not surface or is_bad_person(surface) or is_label_or_modifier(ent):
                    continue
                ent = without_leading_titles(ent)  # 'Emir Sheikh Tamim …': the titles are roles, not the name
            if ent.label_ in ("ORG", "PERSON") and (is_title_word(ent) or is_bare_title(ent)):
                continue
            label = ent.label_
            surname = label == "GPE" and surface in surnames  # '"We just want to move on," Holland
            label = "PERSON" if surname else label  # told CNN' after "Steve Holland": no Netherlands (CNN, 2013)
            if label == "ORG":
                surface = strip_role_suffix(surface)  # 'MOFCOM spokesperson' names MOFCOM
            if label == "ORG" and not is_bad_person(surface) and roles_of(ent):
                label = "PERSON"  # a title or role attached to a name marks a person
            placed = ent.label_ in ("GPE", "LOC", "FAC") or (is_place_use(ent) and not roles_of(ent))
            mentions.append(
                Mention(
                    document=document, sentence=sentence, span=ent, label=label, surface=surface,
                    key=name_key(surface),
                    place_vote=placed and not surname,  # ("a letter to GenCorp Chairman William Reynolds": no place)
                    place_use=is_place_use(ent),
                    acronym=acronym_after(ent, document.text) if label != "PERSON" else "",  # "Chiellini (AP)": a credit
                    reporting_frame=label == "ORG" and is_reporting_frame(ent),
                    body_noun=described_as_body(ent), surname=surname,
                )
            )
    return without_credits(mentions)


def without_credits(mentions: list[Mention]) -> list[Mention]:
    """A name the tagger ran into the picture credit after it ("… in hit to Shein and Temu Reuters
    The European Union …") is the name alone, when the credit is an outlet the sources cite
    ("told Reuters") or a picture agency, and the name stands alone elsewhere."""
    outlets = {m.key for m in mentions if m.reporting_frame} | {name_key(a) for a in load_lexicon("picture_agencies")}
    keys = {m.key for m in mentions if m.label != "NORP"}  # "the Irish Commission's": "Irish" is no name
    for m in mentions:
        words = m.surface.split()
        for cut in (1, 2):
            if len(words) > cut and name_key(" ".join(words[-cut:])) in outlets and name_key(" ".join(words[:-cut])) in keys:
                m.surface = " ".join(words[:-cut])
                m.key = name_key(m.surface)
                break
    return mentions
