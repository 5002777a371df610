"""Publication-date estimates for sources whose text states no date.

An undated article is compared with the dated ones by the names they share (people, organisations,
places). The estimate is the latest publication date among the dated sources it overlaps most:
an article reporting the same developments was most likely written no earlier than they were.
The estimate goes in ``published_estimate`` with its reasoning in ``published_basis``; ``published``
stays ``None``, and dates resolved against an estimate say so in their anchor.
"""
from __future__ import annotations

from dataclasses import replace

from briefgen.model.citations import source_key
from briefgen.nlp.document import Document
from briefgen.nlp.labels import NAME_LABELS

# Dated sources sharing at least this share of the best overlap count as "reporting the same story".
CLOSE_ENOUGH = 0.6
MIN_SHARED_NAMES = 3


def _names(document: Document) -> set[str]:
    return {" ".join(e.text.lower().split()) for e in document.doc.ents if e.label_ in NAME_LABELS}


def estimate_dates(documents: list[Document]) -> tuple[list[Document], list[str]]:
    """The documents with ``published_estimate``/``published_basis`` set on the undated sources that
    can be estimated (new Source and Document objects; the given ones are not changed), and warnings."""
    dated = [d for d in documents if d.source.published]
    warnings = []
    result = []
    for document in documents:
        result.append(document)
        if document.source.published or not dated:
            continue
        names = _names(document)
        overlaps = sorted(((len(names & _names(d)), d) for d in dated), key=lambda pair: -pair[0])
        best = overlaps[0][0]
        if best < MIN_SHARED_NAMES:
            continue
        close = [d for shared, d in overlaps if shared >= CLOSE_ENOUGH * best]
        latest = max(close, key=lambda d: (d.source.published, d.source.id))
        ids = ", ".join(sorted((d.source.id for d in close), key=source_key))
        basis = (f"no date in the text; it shares most names with {ids}, the latest of which was "
                 f"published {latest.source.published.isoformat()}")
        source = document.source.model_copy(update={"published_estimate": latest.source.published,
                                                     "published_basis": basis})
        result[-1] = replace(document, source=source)
        warnings.append(
            f"{source.id} ({source.path}): publication date estimated as "
            f"{latest.source.published.isoformat()} ({basis})"
        )
    return result, warnings
