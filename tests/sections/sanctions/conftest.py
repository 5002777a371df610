"""Fixtures of the sanctions tests: the dev corpora's sanctions, built once per module (read at run
time from ../shared, skipped where absent), and the one item whose line holds given words."""
from __future__ import annotations

import pytest
from support import SHARED, dev_documents, run_sections

DEV = SHARED / "eval" / "dev"


@pytest.fixture(scope="module")
def corpus():
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present")
    built = {}

    def items(name):
        if name not in built:
            built[name] = run_sections(dev_documents(name), "actors", "sanctions",
                                       options={"sanctions": {"max_items": 200}}).items["sanctions"]
        return built[name]
    return items


@pytest.fixture(scope="module")
def nlp_sentences():
    """The sanctions items of texts, each read as a build reads one source (a headline line first)."""
    from briefgen.model.source import Source
    from briefgen.nlp.annotate import annotate

    def items(*texts):
        documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0"), "HEADLINE\n" + text)
                              for i, text in enumerate(texts)])
        return run_sections(documents, "actors", "sanctions").items["sanctions"]
    return items
