"""Sections of a brief, each a plugin: a spec (:mod:`.spec`) registered by name (:mod:`.registry`),
an extractor that reads the typed :class:`~briefgen.sections.context.Context`, and its own rules and
word lists in a package of its own (``sections/<name>/``). A section imports nothing from a sibling;
what it needs from another it declares in ``requires`` and takes from the context."""
