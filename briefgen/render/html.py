"""Brief -> HTML: the Markdown body through markdown-it-py (raw HTML off), inside an autoescaped page.

Genuine citation markers become links to evidence notes. Article text was escaped in the Markdown,
so an imitation marker (``\\[S3\\]``) is consumed by markdown-it's escape rule and stays plain text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from jinja2 import TemplateNotFound
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markupsafe import Markup

from briefgen.errors import TemplateError
from briefgen.model.brief import Brief
from briefgen.model.citations import evidence_id, marker_label, unique_citations
from briefgen.render.markdown import (
    all_citations,
    date_range,
    make_env,
    render_markdown,
    render_template,
    source_date,
    summary_line,
)

_PART = r"S\d+(?: ¶\d+)?"
MARKER_RE = re.compile(rf"\[({_PART}(?:, {_PART})*)\]")


def _cite_rule(state: StateInline, silent: bool) -> bool:
    """Inline rule: ``[S1 ¶4, S3 ¶2]`` at the cursor -> links to ``#ev-S1-4`` and ``#ev-S3-2``."""
    if state.src[state.pos] != "[":
        return False
    m = MARKER_RE.match(state.src, state.pos)
    if not m:
        return False
    if not silent:
        wrap = state.push("cite_open", "span", 1)
        wrap.attrSet("class", "cites")
        state.push("text", "", 0).content = "["
        for i, part in enumerate(m.group(1).split(", ")):
            if i:
                state.push("text", "", 0).content = ", "
            link = state.push("link_open", "a", 1)
            link.attrSet("class", "cite")
            link.attrSet("href", "#" + _anchor(part))
            state.push("text", "", 0).content = part
            state.push("link_close", "a", -1)
        state.push("text", "", 0).content = "]"
        state.push("cite_close", "span", -1)
    state.pos = m.end()
    return True


def _anchor(part: str) -> str:
    """``S1 ¶4`` -> ``ev-S1-4``; a bare ``S1`` -> ``src-S1`` (the sources list)."""
    if " ¶" in part:
        sid, n = part.split(" ¶")
        return f"ev-{sid}-{n}"
    return f"src-{part}"


def markdown_parser() -> MarkdownIt:
    """CommonMark with tables, raw HTML off, and the citation-marker rule."""
    md = MarkdownIt("js-default").enable("table")
    md.inline.ruler.before("link", "cite", _cite_rule)
    return md


def _safe_css(css: str | None) -> Markup:
    """CSS for an inline ``<style>``: ``<`` cannot close the element (CSS escape ``\\3c``)."""
    return Markup((css or "").replace("<", "\\3c "))


def _evidence(brief: Brief) -> list[dict]:
    """One note per cited sentence: its anchor id, marker label, source and exact quote."""
    titles = {s.id: s.title for s in brief.sources}
    return [
        {"id": evidence_id(c), "label": marker_label(c), "source": c.source,
         "title": titles.get(c.source), "quote": c.quote}
        for c in unique_citations(all_citations(brief))
    ]


def _sources(brief: Brief) -> list[dict]:
    """The sources list with anchor ids and display dates."""
    return [
        {"id": s.id, "anchor": f"src-{s.id}", "title": s.title or "untitled",
         "date": source_date(s), "path": s.path}
        for s in brief.sources
    ]


def _stylesheet(env) -> str:
    """The first ``brief.css`` on the template search path."""
    try:
        return env.loader.get_source(env, "brief.css")[0]
    except TemplateNotFound as e:
        raise TemplateError(f"template not found: brief.css (searched {', '.join(env.loader.searchpath)})") from e
    except (UnicodeDecodeError, OSError) as e:
        raise TemplateError(f"brief.css on the template path cannot be read as UTF-8 text ({e.__class__.__name__})") from e


def render_html(
    brief: Brief, template_dirs: Sequence[Path | str] = (), stylesheet: str | None = None,
    order: Sequence[str] | None = None,
) -> str:
    """A standalone HTML page (print stylesheet inline, nothing fetched) for the brief; sections in
    the configured ``order``."""
    body_md = render_markdown(brief, template_dirs, header=False, appendix=False, order=order)
    body = markdown_parser().render(body_md)
    env = make_env(template_dirs, autoescape=True)
    css = _stylesheet(env)
    rng = date_range(brief)
    context = {
        "brief": brief,
        "title": brief.title,
        "summary": str(summary_line(brief)),
        "date_range": rng,
        "n_sources": len(brief.sources),
        "body": Markup(body),
        "sources": _sources(brief),
        "evidence": _evidence(brief),
        "css": _safe_css(css),
        "user_css": _safe_css(stylesheet) if stylesheet else None,
    }
    return render_template(env, "page.html.j2", context)
