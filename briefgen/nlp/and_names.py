"""Company names made with "and": "Britain's Cable and Wireless Plc" is one company, which the
recogniser reads as "Cable" and "Wireless Plc" (a person), or as "Cable and" and "Wireless Plc"
(Reuters-21578 NEWID 12025 and 12409, April 1987).

A text that writes a name "X and Y" before a company suffix ("Plc", "Inc", "Ltd" …) tells that "X and
Y" is one name; every place the text writes it is then one organisation, whatever the recogniser made
of it. Two names joined by "and" without such a suffix ("Gazprom and Rosneft") are left as they are.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

SUFFIXED = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:Plc|PLC|Inc|Ltd|Corp|LLC|AG|SA|NV)\b")


@Language.component("briefgen_and_names")
def and_names(doc: Doc) -> Doc:
    """Every "X and Y" the text names as a company (``SUFFIXED``) as one ORG entity."""
    names = {(m.group(1), m.group(2)) for m in SUFFIXED.finditer(doc.text)}
    if not names:
        return doc
    spans = []
    for first, second in sorted(names):
        for match in re.finditer(rf"\b{first}\s+and\s+{second}\b", doc.text):
            span = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = sorted(filter_spans(spans) + kept, key=lambda e: e.start)
    return doc

