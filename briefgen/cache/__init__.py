"""Caches: one parse per source text (:mod:`.parses`) and whole briefs for unchanged rebuilds (:mod:`.briefs`)."""
