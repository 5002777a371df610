"""Hard-wrapped wire text: line breaks inside paragraphs are spaces, paragraph breaks are kept."""
from __future__ import annotations

import pytest
from support import SHARED

from briefgen.ingest.wrapping import soft_breaks, wrap_width

DEV = SHARED / "eval" / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")


@needs_dev
def test_reuters_wires_are_hard_wrapped_and_web_dumps_are_not():
    for path in sorted(DEV.glob("*/*_reuters.txt")):
        text = path.read_text(encoding="utf-8")
        wrapped = wrap_width(text) is not None
        assert wrapped == path.parent.name.endswith("1987"), path  # the 1987 wires are wrapped at ~63
    for path in sorted(DEV.glob("*/*_bbc.txt")):
        assert wrap_width(path.read_text(encoding="utf-8")) is None, path


@needs_dev
def test_breaks_inside_a_paragraph_are_soft_and_paragraph_starts_are_hard():
    text = (DEV / "gencorp-takeover-bid-1987/01_reuters.txt").read_text(encoding="utf-8")
    soft = set(soft_breaks(text))
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    line_after = {i: text[i + 1:text.find("\n", i + 1)] for i in breaks}
    # the headline, the dateline and each indented paragraph start after a hard break
    assert breaks[0] not in soft and breaks[1] not in soft
    assert all(i not in soft for i in breaks if line_after[i].startswith("    "))
    # 'controlled by\nprivately-held Wagner and Brown' is one sentence
    inside = text.index("controlled by\n") + len("controlled by")
    assert inside in soft
    joined = "".join(" " if i in soft else ch for i, ch in enumerate(text))
    assert "General Partners>, controlled by privately-held Wagner and Brown and by AFG Industries Inc, said it" in joined


# Reuters-21578 NEWID 15824 (reut2-015.sgm, 9 April 1987) as the collection's BODY holds it: the
# dateline ("TORONTO, April 9 - ") is a tag of its own, so the first body line is short
WIRE_WITHOUT_DATELINE = 'TEXACO CANADA <TXC> LIKELY NOT IN A TEXACO PACT\n9-APR-1987 14:29:59.02\n\nTexaco Canada Inc, 78 pct owned by\nTexaco Inc <TX>, likely would not form any part of a possible\nsettlement in a 10.3 billion U.S. dlr legal battle between\nTexaco Inc and Penzoil Co <PZL>, Texaco Canada chief executive\nPeter Bijur told reporters.\n    "I just just don\'t believe that it (Texaco Canada) would be\npart of any settlement," Bijur said during a interview.\n    Bijur said he could not comment directly on the\nTexaco-Penzoil dispute, adding he had no first-hand information\n'


def test_a_short_first_line_that_ends_on_a_function_word_runs_on():
    soft = set(soft_breaks(WIRE_WITHOUT_DATELINE))
    joined = "".join(" " if i in soft else ch for i, ch in enumerate(WIRE_WITHOUT_DATELINE))
    assert "Texaco Canada Inc, 78 pct owned by Texaco Inc <TX>, likely would not form any part" in joined
    assert joined.startswith("TEXACO CANADA <TXC> LIKELY NOT IN A TEXACO PACT\n9-APR-1987")  # headline, date stay
