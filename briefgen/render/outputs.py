"""Every requested output in memory: JSON (the model), Markdown (Jinja), HTML (markdown-it-py) and
PDF (WeasyPrint, imported only when a PDF is asked for, so other commands stay fast)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from briefgen.model.brief import Brief
from briefgen.render.formats import FORMATS
from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown


def render_outputs(
    brief: Brief,
    formats: Iterable[str] = FORMATS,
    template_dirs: Sequence[Path | str] = (),
    stylesheet: str | None = None,
    order: Sequence[str] | None = None,
    outputs: dict[str, str] | None = None,
) -> dict[str, str | bytes]:
    """Every requested output in memory, keyed by file name, ready for ``write_outputs``.

    Rendering everything first means a template error leaves the output folder untouched.
    ``order`` is the configured section order (default: the registry's); ``outputs`` the sha256 of
    the other files, recorded in brief.json.
    """
    wanted = set(formats)
    unknown = wanted - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(sorted(unknown))}; valid: {', '.join(FORMATS)}")
    files: dict[str, str | bytes] = {}
    if "json" in wanted:
        files["brief.json"] = (brief.model_copy(update={"outputs": outputs}) if outputs else brief).to_json()
    if "md" in wanted:
        files["brief.md"] = render_markdown(brief, template_dirs, order=order)
    if wanted & {"html", "pdf"}:
        html = render_html(brief, template_dirs, stylesheet, order=order)
        if "html" in wanted:
            files["brief.html"] = html
        if "pdf" in wanted:
            from briefgen.render.pdf import render_pdf

            files["brief.pdf"] = render_pdf(html)
    return files
