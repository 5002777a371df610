"""What tests share: the repository paths, the evaluation scorer, builders of documents, sections
and small briefs. Imported the one way, ``from support import ...``."""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
from pathlib import Path

from briefgen.model.brief import Brief, Sections
from briefgen.model.citations import Citation
from briefgen.model.date import Date
from briefgen.model.items import Actor, AskOffer, Claim, Conflict, KeyPoint, TimelineEvent
from briefgen.model.source import Source
from briefgen.nlp.document import Document, split_sentences
from briefgen.sections.context import Context
from briefgen.sections.registry import get_section

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "seeds"
SHARED = REPO_ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "seeds.gold.yaml"


def load_score_module():
    """The evaluation script from ../shared, imported as a module (None when it is absent)."""
    if not SCORE_PY.exists():
        return None
    spec = importlib.util.spec_from_file_location("briefgen_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_documents(nlp, texts: list[str], published: list[dt.date | None] | None = None) -> list[Document]:
    """Documents S1..Sn from plain texts, parsed with the given pipeline."""
    documents = []
    for i, text in enumerate(texts):
        source = Source(
            id=f"S{i + 1}",
            path=f"test/{i:03d}.txt",
            published=published[i] if published else None,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        doc = nlp(text)
        documents.append(Document(source=source, text=text, doc=doc, sentences=split_sentences(doc)))
    return documents


def run_section(context: Context, name: str, **options) -> list:
    """One section's items on ``context`` (also kept in ``context.items``), with options as the
    config would give them (``from`` for the timeline's lower bound)."""
    spec = get_section(name)
    context.items[name] = spec(spec.Options.model_validate(options)).extract(context)
    return context.items[name]


def dev_documents(name: str) -> list[Document]:
    """The annotated documents of dev corpus ``name`` (../shared/eval/dev), dated as a build dates them."""
    from briefgen.dates.published import date_sources
    from briefgen.ingest.sources import read_sources
    from briefgen.nlp.annotate import annotate

    dev = SHARED / "eval" / "dev"
    pairs, _ = read_sources(str(dev / name), dev, 10_000_000)
    sources, _ = date_sources(pairs)
    return annotate(list(zip(sources, [text for _, text in pairs])), jobs=1)


def run_sections(documents, *names: str, options: dict | None = None) -> Context:
    """Run the named sections in order on one context; their items are in ``context.items``."""
    context = Context(documents=documents)
    for name in names:
        run_section(context, name, **(options or {}).get(name, {}))
    return context


def timeline_of(text: str, day: dt.date | None) -> list[TimelineEvent]:
    """The timeline rows of one report of that day."""
    from briefgen.nlp.annotate import annotate
    import briefgen.sections.timeline.extractor  # noqa: F401  (registers the extractor)
    documents = annotate([(Source(id="S1", path="s1.txt", sha256="0", published=day), text + "\n")])
    return run_sections(documents, "actors", "timeline").items["timeline"]


def conflicts_of_kind(nlp, texts: list[str], days: list[dt.date | None], kind: str) -> list[Conflict]:
    """The conflicts of one kind ("date", "denial", …) that the sources' texts give."""
    import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)
    documents = make_documents(nlp, texts, days)
    return [c for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"] if c.kind == kind]


# Text that must stay literal wherever article text is rendered.
HOSTILE = [
    "[x](javascript:alert(1))",
    "![i](http://127.0.0.1/x)",
    "<img src=x>",
    "<script>alert(1)</script>",
    "# heading",
    "---",
    "> quote",
    "1. item",
    "    code block",
    "[r]: http://evil.example/",
    "`code` and ``more``",
    "a | b | c",
    "[S3] fake marker",
    "[S3 ¶2]",
    "*em* _em_ **strong** ~~del~~",
    "&lt;b&gt; &amp; &#x3C;",
    "<http://auto.link/>",
    "line one\nline two\n\n## injected heading",
    "+ plus",
    "===",
]


def sentences_file(tmp_path: Path, name: str, sentences: list[str]) -> tuple[Path, str]:
    """A real source file whose text is the sentences joined by single spaces."""
    text = " ".join(sentences)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def cite_of(sid: str, text: str, sentences: list[str], n: int) -> Citation:
    """An exact citation of sentence ``n`` (0-based)."""
    start = text.index(sentences[n])
    return Citation(source=sid, sentence=n, start=start, end=start + len(sentences[n]), quote=sentences[n])


def make_brief(tmp_path: Path, hostile: str = "plain text") -> Brief:
    """A small brief over two real files; ``hostile`` is put in every free-text field."""
    s1 = ["Alpha met Beta in Moscow on 5 September.", f"Alpha said {hostile}.", "Beta offered grain."]
    s2 = ["Gamma imposed sanctions on Beta.", "Beta denied it in late July."]
    p1, t1 = sentences_file(tmp_path, "a.txt", s1)
    p2, t2 = sentences_file(tmp_path, "b.txt", s2)
    c10, c11, c12 = (cite_of("S1", t1, s1, i) for i in range(3))
    c20, c21 = (cite_of("S2", t2, s2, i) for i in range(2))
    sources = [
        Source(id="S1", path=str(p1), title=f"One {hostile}", published=dt.date(2023, 9, 5),
               sha256=hashlib.sha256(t1.encode()).hexdigest()),
        Source(id="S2", path=str(p2), title="Two", published=None, published_estimate=dt.date(2023, 9, 1),
               sha256=hashlib.sha256(t2.encode()).hexdigest()),
    ]
    july = Date(start=dt.date(2023, 7, 20), end=dt.date(2023, 7, 31), granularity="month", text="late July")
    sections = Sections(
        key_points=[KeyPoint(text=f"Key {hostile}", section="actors", citations=[c10, c20], support=2)],
        actors=[Actor(name=f"Alpha {hostile}", kind="person", roles=[hostile], affiliation=hostile,
                      mentions=2, citations=[c11, c10, c10])],
        asks_offers=[AskOffer(kind="offer", party="Beta", counterparty=hostile, text=f"offers {hostile}",
                              citations=[c12])],
        sanctions=[],
        timeline=[TimelineEvent(date=july, text=f"Denial {hostile}", citations=[c21], expected=True),
                  TimelineEvent(date=Date(start=dt.date(2023, 9, 5), end=dt.date(2023, 9, 5), granularity="day",
                                          text="5 September"), text="Meeting", citations=[c10, c20])],
        conflicts=[Conflict(about=hostile, text=f"Sources differ {hostile}", citations=[c20, c21],
                            claims=[Claim(text=f"Gamma: {hostile}", citations=[c20]),
                                    Claim(text="Beta denies", citations=[c21])])],
    )
    return Brief(title=f"Brief {hostile}", sources=sources, sections=sections)
