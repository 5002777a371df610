"""Dates: calendar tables (:mod:`.calendar`), resolving what an article says against the moment it
is told from (:mod:`.resolve`), calendar dates in lines (:mod:`.parse`), publication dates the text
states (:mod:`.published`, :mod:`.datelines`) and labelled estimates for undated sources
(:mod:`.estimate`)."""
