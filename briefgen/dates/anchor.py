"""The moment an article's relative dates are told from: its stated date, else its estimate."""
from __future__ import annotations

import datetime as dt


def anchor_of(document) -> tuple[dt.date | None, str | None]:
    """The date relative wording in a parsed source is resolved against, and how to say so: its
    publication date, else its labelled estimate, else none (no wall clock)."""
    source = document.source
    if source.published:
        return source.published, f"{source.id} published {source.published.isoformat()}"
    if source.published_estimate:
        return source.published_estimate, f"{source.id} estimated {source.published_estimate.isoformat()}"
    return None, None
