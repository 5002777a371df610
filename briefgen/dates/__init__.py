"""Dates: calendar tables (:mod:`.calendar`), resolving what an article says against the moment it
is told from (:mod:`.resolve`, its rules in :mod:`.rules`), calendar dates in lines (:mod:`.parse`),
publication dates the text states (:mod:`.published`, :mod:`.datelines`), the anchor of a source's
relative dates (:mod:`.anchor`) and labelled estimates for undated sources (:mod:`.estimate`; windows
of days that other sources fix, :mod:`.cross_dating`).

``briefgen.dates.resolve(text, anchor, future=False)`` is the package's public function: outside
tools (the TempEval scorer) call it by that name.
"""
from briefgen.dates.resolve import resolve

__all__ = ["resolve"]
