"""Article text made literal Markdown: every active character escaped, one line, no autolinks.

Every ``{{ }}`` of a Markdown template goes through :func:`escape_md` (Jinja ``finalize``), so article
text can never become Markdown syntax; only :class:`MdSafe` values (citation markers, computed marks)
pass unchanged.
"""
from __future__ import annotations

import re


class MdSafe(str):
    """Markdown the code built itself (citation markers, support marks); never article text."""

    __slots__ = ()


# Characters that can start an inline construct anywhere in a line, or close an ATX heading.
_ALWAYS = frozenset("\\`*_[]()<>!|{}~&#")


# Characters that only start a block construct at the start of a line.
_LEADING = re.compile(r"^([-+=:])")


_ORDERED = re.compile(r"^(\d+)\.")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_md(value: object) -> MdSafe:
    """Make any text literal Markdown: one line, every active ASCII punctuation backslash-escaped.

    Strict rather than pretty: article text is untrusted and must not become a link, image,
    HTML, heading, list, table cell break, code span or citation marker.
    """
    if value is None:
        return MdSafe("")
    if isinstance(value, MdSafe):
        return value
    text = " ".join(_CONTROL.sub("", str(value)).split())
    out = "".join("\\" + ch if ch in _ALWAYS else ch for ch in text)
    out = _LEADING.sub(r"\\\1", out)
    out = _ORDERED.sub(r"\1\\.", out)
    out = out.replace("://", "\\://")  # no GFM bare-URL autolinks on wikis
    out = re.sub(r"(?i)\bwww\.", lambda m: m.group(0)[:-1] + "\\.", out)
    return MdSafe(out)
