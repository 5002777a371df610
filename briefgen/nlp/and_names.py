"""Company names made with "and": "Britain's Cable and Wireless Plc" is one company, which the
recogniser reads as "Cable" and "Wireless Plc" (a person), or as "Cable and" and "Wireless Plc"
(Reuters-21578 NEWID 12025 and 12409, April 1987); "General Partners, controlled by privately-held
Wagner and Brown" names one firm, which it reads as an organisation "Wagner" and a person "Brown".

A text tells that "X and Y" is one name when it writes it before a company suffix ("Plc", "Inc",
"Ltd" …), or when it never writes X or Y without the other and reads one of them as an organisation.
Every place the text writes such a name is then one organisation, whatever the recogniser made of
it. Two names the text also writes alone ("Shein and Temu", "Kenteris and Thanou"), places, peoples
and days ("Chicago and Athens", "Ukrainian and Russian", "Tuesday and Wednesday"), and a pair running
into a longer name ("Kostas Kenteris and Katerina Thanou") are left as they are.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

SUFFIXED = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:Plc|PLC|Inc|Ltd|Corp|LLC|AG|SA|NV)\b")
#: Two single capitalised words joined by "and" (not inside a longer run of names: see ``_alone``).
PAIR = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\b")
CAPITALISED = re.compile(r"^[A-Z][a-z]")
NOT_FIRM_LABELS = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "EVENT", "LANGUAGE"})


def _only_together(doc: Doc, first: str, second: str) -> bool:
    """Neither word is written without the other, and the recogniser reads one of them as an organisation
    and neither as a place, people or day."""
    together = len(re.findall(rf"\b{first}\s+and\s+{second}\b", doc.text))
    if len(re.findall(rf"\b{first}\b", doc.text)) != together or len(re.findall(rf"\b{second}\b", doc.text)) != together:
        return False
    labels = {t.ent_type_ for t in doc if t.text in (first, second)}
    return "ORG" in labels and not labels & NOT_FIRM_LABELS


def _alone(doc: Doc, match: re.Match) -> bool:
    """The pair is not part of a longer run of names ("Kostas Kenteris and Katerina Thanou")."""
    before = doc.text[max(0, match.start() - 40): match.start()].split()[-1:]
    after = doc.text[match.end(): match.end() + 40].split()[:1]
    return not any(CAPITALISED.match(w) for w in before + after)


@Language.component("briefgen_and_names")
def and_names(doc: Doc) -> Doc:
    """Every "X and Y" the text names as one firm as one ORG entity."""
    names = {(m.group(1), m.group(2)) for m in SUFFIXED.finditer(doc.text)}
    pairs = {(m.group(1), m.group(2)) for m in PAIR.finditer(doc.text) if _alone(doc, m)}
    names |= {pair for pair in pairs if _only_together(doc, *pair)}
    if not names:
        return doc
    spans = []
    for first, second in sorted(names):
        for match in re.finditer(rf"\b{first}\s+and\s+{second}\b", doc.text):
            span = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="expand")
            if span is not None and not any(e.start <= span.start and span.end <= e.end and len(e) > len(span)
                                            for e in doc.ents):
                spans.append(span)  # (an entity that holds more, "AFG and Wagner and Brown", is kept whole)
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = sorted(filter_spans(spans) + kept, key=lambda e: e.start)
    return doc
