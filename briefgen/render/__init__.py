"""Renderers: Markdown (Jinja), HTML (markdown-it-py), PDF (WeasyPrint), JSON (the model).

WeasyPrint is imported only when a PDF is asked for, so other commands stay fast.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from briefgen.model.brief import Brief
from briefgen.render.escape import MdSafe, escape_md
from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown

FORMATS = ("md", "html", "pdf", "json")

__all__ = ["FORMATS", "MdSafe", "escape_md", "render_html", "render_markdown", "render_outputs", "render_pdf"]


def render_pdf(html: str, url_fetcher=None) -> bytes:
    """PDF bytes from HTML (lazy WeasyPrint import; see :mod:`briefgen.render.pdf`)."""
    from briefgen.render.pdf import render_pdf as _render_pdf

    return _render_pdf(html, url_fetcher=url_fetcher)


def render_outputs(
    brief: Brief,
    formats: Iterable[str] = FORMATS,
    template_dirs: Sequence[Path | str] = (),
    stylesheet: str | None = None,
) -> dict[str, str | bytes]:
    """Every requested output in memory, keyed by file name, ready for ``write_outputs``.

    Rendering everything first means a template error leaves the output folder untouched.
    """
    wanted = set(formats)
    unknown = wanted - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(sorted(unknown))}; valid: {', '.join(FORMATS)}")
    files: dict[str, str | bytes] = {}
    if "json" in wanted:
        files["brief.json"] = brief.to_json()
    if "md" in wanted:
        files["brief.md"] = render_markdown(brief, template_dirs)
    if wanted & {"html", "pdf"}:
        html = render_html(brief, template_dirs, stylesheet)
        if "html" in wanted:
            files["brief.html"] = html
        if "pdf" in wanted:
            files["brief.pdf"] = render_pdf(html)
    return files
