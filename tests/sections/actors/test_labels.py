"""Label votes on a real corpus: a company the tagger calls a person in most mentions."""
from __future__ import annotations

import pytest
from support import SHARED, run_sections

from briefgen.dates.published import date_sources
from briefgen.ingest.sources import read_sources
from briefgen.nlp.annotate import annotate

DEV = SHARED / "eval" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_a_lone_name_heading_an_organisation_name_is_an_organisation():
    # BBC, Yukos auction (2004): spaCy tags "Yukos" PERSON 55 times, ORG 4; "Yukos USA" is an ORG,
    # and no person's full name holds "Yukos"
    pairs, _ = read_sources(str(DEV / "yukos-yugansk-auction-2004-05"), DEV, 10_000_000)
    sources, _ = date_sources(pairs)
    documents = annotate(list(zip(sources, [text for _, text in pairs])), jobs=1)
    actors = {a.name: a.kind for a in run_sections(documents, "actors").items["actors"]}
    assert actors["Yukos"] == "organization"
    assert actors["Mikhail Khodorkovsky"] == "person" and actors["Vladimir Putin"] == "person"
