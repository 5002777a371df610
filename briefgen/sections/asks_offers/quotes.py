"""Quoted speech across sentences: 'Ioannidis said: "The decision means … . Mr Kenteris should now
be given the opportunity …"' — the second sentence has no speech verb of its own, but it is still
Ioannidis speaking. A sentence is inside a quote when its paragraph opened a quotation mark before
it that is not yet closed; the speaker is the named subject of the nearest speech verb before it
in that paragraph.
"""
from __future__ import annotations

import re

from briefgen.nlp.document import Document, Sentence
from briefgen.sections.asks_offers.hedges import hedge_label

#: A paragraph break: a blank line, or a new line that opens indented (wire copy).
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+")
#: How many sentences back a quote's speaker is looked for.
QUOTE_REACH = 4


def paragraph_start(document: Document, sentence: Sentence) -> int:
    """Offset where the sentence's paragraph begins."""
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(document.text, 0, sentence.start)]
    return starts[-1] if starts else 0


def inside_quote(document: Document, sentence: Sentence) -> bool:
    """The paragraph opened a quotation before the sentence and has not closed it (the sentence
    may open with the quotation mark itself)."""
    before = document.text[paragraph_start(document, sentence) : sentence.start]
    if before.count("“") > before.count("”"):
        return True
    if before.count('"') % 2 == 1:
        return True
    return sentence.text.lstrip()[:1] in ('"', "“") and before.rstrip().endswith(":")


def quote_speaker(document: Document, sentence: Sentence, resolver) -> tuple[str, Sentence] | None:
    """(speaker, the sentence naming them) of a sentence inside a quote its own words do not tag;
    None when it is not inside one, or its speaker cannot be named."""
    if not inside_quote(document, sentence):
        return None
    start = paragraph_start(document, sentence)
    for back in range(sentence.index - 1, max(-1, sentence.index - QUOTE_REACH - 1), -1):
        home = document.sentences[back]
        if home.end < start:
            break
        for token in home.span:
            if token.pos_ in ("VERB", "AUX") and hedge_label(token):
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    name = resolver.actor(subject, document, home)
                    if name:
                        return name, home
    return None
