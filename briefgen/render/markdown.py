"""Brief -> Markdown through sandboxed Jinja templates, with article text escaped by default.

Every ``{{ }}`` goes through :func:`escape_md` (Jinja ``finalize``), so article text can never become
Markdown syntax; only :class:`MdSafe` values (citation markers, computed marks) pass unchanged.
"""
from __future__ import annotations

import os
import re
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from briefgen.dates.anchor import window_label
from briefgen.errors import TemplateError
from briefgen.model.brief import Brief
from briefgen.model.citations import Citation, evidence_id, marker_label, unique_citations
from briefgen.model.source import Source
from briefgen.render.escape import MdSafe, escape_md


def cite(citations: Sequence[Citation]) -> MdSafe:
    """The marker for a line, e.g. ``[S1 ¶4, S3 ¶2]``; empty when there is no evidence."""
    cits = unique_citations(citations or [])
    if not cits:
        return MdSafe("")
    return MdSafe("[" + ", ".join(marker_label(c) for c in cits) + "]")


def cite_sources(sources: Sequence[Source]) -> MdSafe:
    """A marker naming whole sources, e.g. ``[S1, S2]`` (for 'no items found' lines)."""
    return MdSafe("[" + ", ".join(s.id for s in sources) + "]")


def all_citations(brief: Brief) -> list[Citation]:
    """Every citation in every section, claims included."""
    out: list[Citation] = []
    for name in type(brief.sections).model_fields:
        for item in getattr(brief.sections, name) or []:
            out.extend(item.citations)
            for claim in getattr(item, "claims", []) or []:
                out.extend(claim.citations)
    return out


def support_count(item: object) -> int:
    """Distinct sources backing an item: the larger of its ``support`` and its cited sources."""
    cited = {c.source for c in getattr(item, "citations", [])}
    return max(getattr(item, "support", 0) or 0, len(cited))


def date_range(brief: Brief) -> tuple[str, str] | None:
    """First and last publication date, from the brief or else from the sources."""
    if brief.date_range:
        return brief.date_range[0].isoformat(), brief.date_range[-1].isoformat()
    dates = sorted(s.published for s in brief.sources if s.published)
    return (dates[0].isoformat(), dates[-1].isoformat()) if dates else None


def summary_line(brief: Brief) -> MdSafe:
    """'5 sources, published 2023-08-31 to 2023-09-05 (1 undated).' (numbers and ISO dates only)."""
    n = len(brief.sources)
    text = f"{n} source{'s' if n != 1 else ''}"
    rng = date_range(brief)
    undated = sum(1 for s in brief.sources if not s.published)
    if rng:
        text += f", published {rng[0]}" + (f" to {rng[1]}" if rng[1] != rng[0] else "")
        if undated:
            text += f" ({undated} undated)"
    elif n:
        text += ", all undated"
    return MdSafe(text + ".")  # built from counts and ISO dates only


def source_date(s: Source) -> str:
    """Published date, or 'undated' with the estimate when there is one."""
    if s.published:
        return s.published.isoformat()
    if s.published_estimate:
        end = s.published_estimate_end or s.published_estimate
        return f"undated (estimated {window_label(s.published_estimate, end)})"
    return "undated"


def date_cell(event: object, published: dict | None = None) -> str:
    """Timeline date: the label, '(expected)' for plans — '(told as expected on …)' when a later source
    of the brief could have told it done — and the source wording when it adds to it."""
    date = event.date
    label = date.label()
    notes = ["expected"] if getattr(event, "expected", False) else []
    told = [published[c.source] for c in getattr(event, "citations", []) if (published or {}).get(c.source)]
    if notes and told and date.end < max(published.values()) and max(told) < date.end:
        notes = [f"told as expected on {max(told).isoformat()}"]  # a plan of 13 April in a brief of October
    if getattr(event, "background", False):
        notes.append("background")  # someone's past, told in passing
    if date.text and date.text.strip() and date.text.strip() != label:
        notes.append(date.text.strip())
    if not date.text and date.anchor and " published " in f" {date.anchor} ":
        notes.append("day of the report")  # a lead event: the report's day, no date written
    if date.anchor and " estimated " in f" {date.anchor} ":
        notes.append(f"from {date.anchor}")  # resolved against an undated source's estimated date
    if getattr(event, "disputed", None):
        notes.append("sources disagree on the date: see Conflicts")
    return f"{label} ({'; '.join(notes)})" if notes else label


def make_helpers(brief: Brief) -> dict:
    """Template globals; closures over the brief so templates stay short."""
    total = len(brief.sources)
    published = {s.id: s.published for s in brief.sources if s.published}

    def support(item: object) -> MdSafe:
        n = support_count(item)
        return MdSafe(f" *({n} of {total} sources)*") if n > 1 else MdSafe("")

    def evidence() -> list[Citation]:
        return unique_citations(all_citations(brief))

    return {
        "cite": cite,
        "cite_all": lambda: cite_sources(brief.sources),
        "support": support,
        "date_cell": lambda event: date_cell(event, published),
        "source_date": source_date,
        "marker_label": marker_label,
        "evidence_id": evidence_id,
        "evidence": evidence,
        "summary_line": lambda: summary_line(brief),
    }


def shipped_templates() -> Path:
    """Shipped templates: inside the package (installed wheel) or at the repo root (checkout)."""
    package = Path(__file__).resolve().parent.parent
    inside = package / "templates"
    return inside if inside.is_dir() else package.parent / "templates"


def search_path(template_dirs: Iterable[Path | str] = ()) -> list[str]:
    """User folders first, shipped templates last."""
    return [str(Path(d)) for d in template_dirs] + [str(shipped_templates())]


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses a template whose real path (symlinks resolved) lies outside
    the search folder it was found in. Jinja itself already refuses ``..`` in template names."""

    def get_source(self, environment, template):
        """Jinja's ``get_source``, then the confinement check on the file it found."""
        source, filename, uptodate = super().get_source(environment, template)
        for root in self.searchpath:
            if filename.startswith(os.path.join(root, "")):
                real_root = os.path.realpath(root)
                real = os.path.realpath(filename)
                if os.path.commonpath([real_root, real]) != real_root:
                    raise TemplateError(
                        f"{filename}: template is a symbolic link out of its folder {root} (to {real}); refused"
                    )
                break
        return source, filename, uptodate


def make_env(template_dirs: Iterable[Path | str] = (), *, autoescape: bool = False) -> SandboxedEnvironment:
    """A sandboxed, strict environment; Markdown output is escaped through ``finalize``."""
    env = SandboxedEnvironment(
        loader=ConfinedLoader(search_path(template_dirs)),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        finalize=None if autoescape else escape_md,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def _template_location(exc: BaseException) -> str:
    """'path:line' of the innermost template frame in a rendering traceback."""
    where = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".jinja", ".html", ".md", ".css")) or "<template>" in frame.filename:
            where = f"{frame.filename}:{frame.lineno}"
    return where or "<template>"


def render_template(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render one template, turning every Jinja failure into a TemplateError naming file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"{e.filename or e.name}:{e.lineno}: template syntax error: {e.message}") from e
    except jinja2.TemplateNotFound as e:
        searched = ", ".join(env.loader.searchpath)  # type: ignore[union-attr]
        raise TemplateError(f"template not found: {e.name} (searched {searched})") from e
    except TemplateError:
        raise
    except Exception as e:  # noqa: BLE001 - any failure inside a template is a template error
        raise TemplateError(f"{_template_location(e)}: {type(e).__name__}: {e}") from e


def sections_present(brief: Brief, order: Sequence[str] | None = None) -> list[tuple[str, str, list]]:
    """(name, heading, items) for each configured section, in the configured ``order`` (default:
    the registry's default order); headings come from the section specs."""
    from briefgen.sections.registry import get_section, section_names

    out = []
    for name in order or section_names():
        items = getattr(brief.sections, name, None)
        if items is not None:
            out.append((name, get_section(name).title, list(items)))
    return out


def markdown_context(brief: Brief, *, header: bool = True, appendix: bool = True,
                     order: Sequence[str] | None = None) -> dict:
    """Everything ``brief.md.j2`` sees."""
    return {
        "brief": brief,
        "sections": sections_present(brief, order),
        "header": header,
        "appendix": appendix,
        **make_helpers(brief),
    }


def render_markdown(
    brief: Brief, template_dirs: Sequence[Path | str] = (), *, header: bool = True, appendix: bool = True,
    order: Sequence[str] | None = None,
) -> str:
    """The brief as Markdown; every content line carries a citation marker.

    ``header`` and ``appendix`` (sources and evidence notes) are turned off by the HTML renderer,
    which draws those parts itself with link targets. ``order`` is the configured section order.
    """
    env = make_env(template_dirs)
    text = render_template(env, "brief.md.j2", markdown_context(brief, header=header, appendix=appendix, order=order))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
