"""Sanctions lines sanctions audit s23 rejected (seed 40617), each with its source's sentence."""
from __future__ import annotations


def test_what_a_deal_would_violate_is_no_alleged_violation(nlp_sentences):
    # AP, 5 September 2023 (seeds S5 ¶16; sanctions-19): a warning of what a future deal would break, read as
    # a breach alleged; the ban in force stays
    items = nlp_sentences("Last week, the United States, Britain, South Korea and Japan said any deal to increase "
                          "cooperation between Russia and North Korea would violate United Nations Security Council "
                          "resolutions banning arms sales to Pyongyang, resolutions that Moscow itself approved.")
    assert [(i.status, i.imposer, i.target, i.measure, i.text) for i in items] == [
        ("existing", "United Nations Security Council", "North Korea", "arms sales ban",
         "United Nations Security Council resolutions banning arms sales to Pyongyang")]

