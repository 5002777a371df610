"""The optional libraries some readers need, imported only when such a file is read."""
from __future__ import annotations

import importlib

from briefgen.ingest.files import Skip


def needs_extra(extra: str) -> str:
    """What a skipped file's warning says when a reader's library is missing."""
    return f"needs the '{extra}' extra: pip install 'briefgen[{extra}]'"


def import_extra(module: str, extra: str):
    """``module``, or a Skip naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as missing:
        raise Skip(needs_extra(extra)) from missing
