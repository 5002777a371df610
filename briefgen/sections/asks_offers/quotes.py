"""Quoted speech across sentences: 'Ioannidis said: "The decision means … . Mr Kenteris should now
be given the opportunity …"' — the second sentence has no speech verb of its own, but it is still
Ioannidis speaking. The speaker is the named subject of the nearest speech verb before it, reached
only across sentences that are themselves quoted.
"""
from __future__ import annotations

from briefgen.lexicons import load_lexicon
from briefgen.nlp.document import Document, Sentence, paragraph_start
from briefgen.nlp.quotes import left_open

#: How many sentences back a quote's speaker is looked for.
QUOTE_REACH = 4


def inside_quote(document: Document, sentence: Sentence) -> bool:
    """The sentence is quoted speech: it opens with a quotation mark, or its paragraph opened one
    before it that is not yet closed."""
    if sentence.text.lstrip()[:1] in ('"', "“"):
        return True
    return left_open(document.text[paragraph_start(document, sentence) : sentence.start])


def quote_speaker(document: Document, sentence: Sentence, resolver) -> tuple[str, Sentence] | None:
    """(speaker, the sentence naming them) of quoted speech its own sentence does not tag: the
    named subject of the nearest speech verb before it, across the quoted sentences between
    (news style reopens a running quote at each paragraph); None when the sentence is not quoted,
    an unquoted sentence comes first, or no speaker can be named."""
    if not inside_quote(document, sentence):
        return None
    for back in range(sentence.index - 1, max(-1, sentence.index - QUOTE_REACH - 1), -1):
        home = document.sentences[back]
        for token in home.span:
            if token.pos_ == "VERB" and token.lemma_.lower() in load_lexicon("ask_speech_verbs"):
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    name = resolver.actor(subject, document, home)
                    return (name, home) if name else None
        if not inside_quote(document, home):
            return None  # the narrator speaks in between: the quote's speaker is not carried over
    return None
