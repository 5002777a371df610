"""HTML -> PDF with WeasyPrint, fetching nothing: PDF is HTML plus one step.

Article text never reaches the HTML as markup, but the fetcher is the second wall: it refuses
``file:``, network and every other scheme except inline ``data:`` URLs.
"""
from __future__ import annotations

import datetime as dt
import os

from weasyprint import HTML
from weasyprint.urls import URLFetcher

from briefgen.errors import BuildError


class RefusingFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves ``data:`` URLs and refuses everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"data"}, allow_redirects=False)
        self.refused: list[str] = []

    def fetch(self, url: str, headers=None):
        """Refuse (raise) unless the URL is ``data:``; WeasyPrint logs and skips refused resources."""
        if not url.strip().lower().startswith("data:"):
            self.refused.append(url)
            raise ValueError(f"briefgen fetches no external resources: {url[:80]}")
        return super().fetch(url, headers)


def _epoch_iso() -> str | None:
    """SOURCE_DATE_EPOCH as a W3C date, for reproducible PDF metadata; None when unset."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    try:
        stamp = dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError) as e:
        raise BuildError(f"SOURCE_DATE_EPOCH is not a Unix timestamp: {raw!r}") from e
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def render_pdf(html: str, url_fetcher: URLFetcher | None = None) -> bytes:
    """The PDF of a page made by :func:`render_html`; byte-identical when SOURCE_DATE_EPOCH is set.

    ``url_fetcher`` is for tests (a spy); it defaults to :class:`RefusingFetcher`.
    """
    fetcher = url_fetcher or RefusingFetcher()
    document = HTML(string=html, base_url=None, url_fetcher=fetcher).render()
    stamp = _epoch_iso()
    if stamp:
        document.metadata.created = stamp
        document.metadata.modified = stamp
    return document.write_pdf()
