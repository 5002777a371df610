"""Key points on a real corpus: lines that stand alone come first."""
from __future__ import annotations

import pytest
from support import SHARED, dev_documents, run_sections

from briefgen.sections.key_points.extractor import stands_alone

DEV = SHARED / "eval" / "dev"


def test_a_line_opening_on_a_pronoun_or_mid_clause_does_not_stand_alone():
    assert stands_alone("Gencorp Inc said it filed suit against the unsolicited tender offer")
    assert not stands_alone("it may take legal action")
    assert not stands_alone("It has also threatened to sue the Russian government for $28bn")
    assert not stands_alone("the war that started with Russia's invasion in 2022")


def test_key_points_prefer_lines_that_stand_alone():
    # Reuters, GenCorp 1987: "It said it may take legal action …" was a key point as "it may take
    # legal action"; with enough self-contained lines, none of the five opens on a pronoun
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present")
    sections = ("actors", "asks_offers", "sanctions", "timeline", "key_points")
    points = run_sections(dev_documents("gencorp-takeover-bid-1987"), *sections).items["key_points"]
    assert len(points) == 5 and all(stands_alone(p.text) for p in points)
