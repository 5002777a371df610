"""Renderers: the brief as Markdown (:mod:`.markdown`, article text made literal by :mod:`.escape`),
HTML (:mod:`.html`), PDF (:mod:`.pdf`, HTML plus one step) and JSON; :mod:`.outputs` renders every
requested format in memory before anything is written."""
