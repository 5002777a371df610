"""Quotation marks a line cut from a sentence must keep balanced: a line that opens or ends inside a
quotation shows the mark the cut left outside it ('had been "provisionally suspended pending the
resolution of their cases"'), so a reader sees which words are the speaker's."""
from __future__ import annotations

import re

OPENING = ("\"", "“")
CLOSING = ("\"", "”")


def quotes_balanced(doc, start: int, end: int, text: str) -> str:
    """``text`` (the words of ``doc[start:end]``) with the quotation mark just before or just after the
    cut added where the line holds one mark of a pair without the other."""
    if start > 0 and doc[start - 1].text in OPENING and (text.count("\"") % 2 or text.count("”") > text.count("“")):
        text = doc[start - 1].text + text  # '"Our assets were illegally seized," Yukos said': the quote opens
    closing = next((t for t in doc[end:end + 2] if t.text in CLOSING), None)
    if closing is not None and (text.count("\"") % 2 or text.count("“") > text.count("”")):
        # '… was a "financially superior alternative."': it closes, with the full stop inside it, so the
        # line stays the source's own words
        last = doc[end - 1]
        text += re.sub(r"\s+", " ", doc[last.i : closing.i + 1].text[len(last.text):])
    return text
