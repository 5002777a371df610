"""The spaCy pass and what every section reads from it.

:mod:`.pipeline` loads one pipeline with briefgen's components; :mod:`.annotate` parses every source
(cached, in parallel when it pays); :mod:`.document` holds a parsed source and its sentences;
:mod:`.syntax` the parse-tree helpers and :mod:`.labels` the entity-label sets all sections share.
"""
