"""Quotation marks a line cut from a sentence must keep balanced: a line that opens or ends inside a
quotation shows the mark the cut left outside it ('had been "provisionally suspended pending the
resolution of their cases"'), so a reader sees which words are the speaker's."""
from __future__ import annotations

import re

OPENING = ("\"", "“")
CLOSING = ("\"", "”")
#: A quotation mark opening a quote (before a word) and one closing it (after a word or stop), in running
#: text; news style often leaves a running quote unclosed at a paragraph's or sentence's end.
OPENING_MARK = re.compile(r"(?:^|(?<=\s))[\"“](?=[\w'‘])")
CLOSING_MARK = re.compile(r"(?<=[\w.,!?’'])[\"”](?=\s|$|[,.;:)\]])")


def left_open(text: str) -> bool:
    """A quotation opened in ``text`` is not closed by its end (the text before a sentence or a word, from
    where its paragraph begins)."""
    opened = [m.start() for m in OPENING_MARK.finditer(text)]
    closed = [m.start() for m in CLOSING_MARK.finditer(text)]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


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


#: A quotation a cut opens is closed when its end lies this few tokens past the cut.
QUOTE_REACH = 8


def past_open_quote(doc, start: int, cut: int, end: int, reach: int = QUOTE_REACH) -> int:
    """Where a cut line should end so it does not stop just inside a quotation it opens: at the closing mark
    when it lies within ``reach`` tokens (and inside the clause), else where it was."""
    marks = [t for t in doc[start:cut] if t.text in OPENING or t.text in CLOSING]
    if not marks or marks[-1].text not in OPENING or cut - marks[-1].i > QUOTE_REACH or (
            marks[-1].text == '"' and sum(t.text == '"' for t in marks) % 2 == 0):
        return cut
    closing = next((t for t in doc[cut:min(end, cut + reach)] if t.text in CLOSING), None)
    return closing.i + 1 if closing is not None else cut


def is_quoted(span) -> bool:
    """The span starts inside quotation marks of its sentence (an odd count of marks before it): where
    'today' is the speaker's day, and a date is the speaker's, not the line's own."""
    before = span.sent.text[: span.start_char - span.sent.start_char]
    return sum(before.count(q) for q in '"“”') % 2 == 1
