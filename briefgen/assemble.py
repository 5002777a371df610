"""The Brief around the extracted sections: its title, date range and sources."""
from __future__ import annotations

import re

from briefgen.config.schema import Config
from briefgen.model.brief import Brief, Sections
from briefgen.model.source import Source


def brief_title(config: Config, sources: list[Source], actors: list | None = None) -> str:
    """The configured title; else the source headline that names the most of the story's actors
    (weighted by how many sources name each), ties to the most repeated, then the earliest source;
    else one composed from the most prominent actors and the date range; else a plain one."""
    if config.title:
        return config.title
    actors = actors or []
    titles = [s.title for s in sources if s.title]
    scored = sorted(((_actor_weight(title, actors), titles.count(title), -i, title) for i, title in enumerate(titles)),
                    reverse=True)
    if scored and (scored[0][0] > 0 or not actors):
        return scored[0][3]
    if actors:
        names = [a.name for a in actors[:3]]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        dates = sorted(s.published for s in sources if s.published)
        span = "" if not dates else (f", {dates[0].isoformat()}" if dates[0] == dates[-1]
                                     else f", {dates[0].isoformat()} to {dates[-1].isoformat()}")
        return joined + span
    return f"Brief of {len(sources)} source{'s' if len(sources) != 1 else ''}"


def _actor_weight(title: str, actors: list) -> int:
    """How strongly a headline names the story's actors: the sources naming each actor it names."""
    low = f" {title.lower()} "
    weight = 0
    for actor in actors:
        names = [n for n in (actor.name, *actor.aliases) if len(n) >= 3]
        if any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in names):
            weight += actor.support
    return weight


def assemble(config: Config, sources: list[Source], sections: Sections, warnings: list[str],
             actors: list | None = None) -> Brief:
    """The Brief model: title, date range and sources around the extracted sections."""
    dates = sorted(s.published for s in sources if s.published)
    return Brief(
        title=brief_title(config, sources, actors),
        as_of=dates[-1] if dates else None,
        date_range=[dates[0], dates[-1]] if dates else None,
        sources=sources,
        sections=sections,
        warnings=warnings,
    )
