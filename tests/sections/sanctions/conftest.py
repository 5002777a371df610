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
