"""Rendering: the citation rule holds, article text stays literal, markers link to evidence, PDF fetches nothing."""
from __future__ import annotations

import io
import re

import pytest
from markdown_it import MarkdownIt
from support import HOSTILE, SCORE_PY, load_score_module, make_brief

from briefgen.errors import TemplateError
from briefgen.render.escape import escape_md
from briefgen.render.html import markdown_parser, render_html
from briefgen.render.markdown import render_markdown
from briefgen.render.outputs import render_outputs
from briefgen.render.pdf import render_pdf


@pytest.fixture
def brief(tmp_path):
    return make_brief(tmp_path)


# ---------------------------------------------------------------- Markdown

@pytest.mark.skipif(not SCORE_PY.exists(), reason="evaluation script not present")
@pytest.mark.parametrize("hostile", ["plain text", *HOSTILE])
def test_markdown_passes_score_check(tmp_path, hostile):
    total, bad = load_score_module().check_markdown(render_markdown(make_brief(tmp_path, hostile)))
    assert total > 5
    assert bad == []


def test_markdown_layout(brief):
    md = render_markdown(brief)
    lines = md.splitlines()
    assert lines[0] == "# Brief plain text"
    assert "2 sources, published 2023-09-05 (1 undated)." in lines[2]
    assert "- **Alpha plain text** — person; plain text; plain text; 2 mentions [S1 ¶1, S1 ¶2]" in lines
    assert "| 2023-07 \\(expected; late July\\) | Denial plain text | [S2 ¶2] |" in lines
    assert "| 2023-09-05 \\(5 September\\) | Meeting *(2 of 2 sources)* | [S1 ¶1, S2 ¶1] |" in lines
    assert "## Sanctions and measures" in lines and "No items found in [S1, S2]." in lines
    assert "  - Beta denies [S2 ¶2]" in lines
    assert [ln for ln in lines if ln.startswith("## ")][-2:] == ["## Sources", "## Evidence notes"]
    assert "- S2 — Two — undated \\(estimated 2023-09-01\\) — " in md
    notes = lines[lines.index("## Evidence notes") + 2:]
    assert notes[0] == "- [S1 ¶1] “Alpha met Beta in Moscow on 5 September.”"
    assert [n.split("]")[0] for n in notes] == ["- [S1 ¶1", "- [S1 ¶2", "- [S1 ¶3", "- [S2 ¶1", "- [S2 ¶2"]


def test_markdown_is_deterministic(tmp_path):
    assert render_markdown(make_brief(tmp_path)) == render_markdown(make_brief(tmp_path))


def test_section_left_out_when_not_configured(brief):
    brief.sections.sanctions = None
    assert "## Sanctions" not in render_markdown(brief)


def _inline_types(tokens) -> set[str]:
    types = set()
    for t in tokens:
        types.add(t.type)
        types.update(_inline_types(t.children or []))
    return types


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_stays_literal(tmp_path, hostile):
    md = render_markdown(make_brief(tmp_path, hostile))
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    types = _inline_types(tokens)
    assert not types & {"link_open", "image", "html_inline", "html_block", "code_inline", "code_block",
                        "fence", "blockquote_open", "ordered_list_open", "s_open", "hr"}
    assert set(re.findall(r"(?<!\\)\*(\(.*?)\*", md)) == {"(2 of 2 sources)"}  # the only emphasis
    headings = [md.splitlines()[t.map[0]] for t in tokens if t.type == "heading_open"]
    assert all(h.startswith(("# Brief", "## ")) for h in headings)
    assert len(headings) == 1 + 6 + 2
    # every table row keeps three cells
    assert all(ln.count("|") - ln.count("\\|") == 4 for ln in md.splitlines() if ln.startswith("| "))


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_to_itself(text):
    html = MarkdownIt("commonmark").render(escape_md(text))
    plain = re.sub(r"<[^>]+>", "", html).strip()
    import html as html_mod

    assert html_mod.unescape(plain) == " ".join(text.split())


def test_imitation_marker_is_escaped():
    assert escape_md("[S3]") == "\\[S3\\]"


def test_user_template_overrides_shipped(tmp_path, brief):
    user = tmp_path / "tpl" / "sections"
    user.mkdir(parents=True)
    (user / "actors.md.j2").write_text("## People\n\n{% for a in items %}- {{ a.name }} {{ cite(a.citations) }}\n{% endfor %}")
    md = render_markdown(brief, [tmp_path / "tpl"])
    assert "## People" in md and "- Alpha plain text [S1 ¶1, S1 ¶2]" in md


def test_template_errors_name_file_and_line(tmp_path, brief):
    user = tmp_path / "tpl" / "sections"
    user.mkdir(parents=True)
    (user / "actors.md.j2").write_text("## A\n\n{{ items | }}\n")
    with pytest.raises(TemplateError, match=r"actors\.md\.j2:3: template syntax error"):
        render_markdown(brief, [tmp_path / "tpl"])
    (user / "actors.md.j2").write_text("## A\n\n{{ no_such_name }}\n")
    with pytest.raises(TemplateError, match=r"actors\.md\.j2:3: UndefinedError"):
        render_markdown(brief, [tmp_path / "tpl"])


def test_sandbox_refuses_unsafe_access(tmp_path, brief):
    (tmp_path / "brief.md.j2").write_text("{{ brief.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError, match=r"brief\.md\.j2:1"):
        render_markdown(brief, [tmp_path])


# ---------------------------------------------------------------- HTML

@pytest.mark.parametrize("hostile", ["plain text", *HOSTILE])
def test_html_markers_link_to_evidence(tmp_path, hostile):
    html = render_html(make_brief(tmp_path, hostile))
    ids = set(re.findall(r'id="([^"]+)"', html))
    hrefs = re.findall(r'<a class="cite" href="#([^"]+)"', html)
    assert hrefs and set(hrefs) <= ids
    assert "ev-S2-2" in ids
    assert '<li id="ev-S1-1"><span class="label">S1 ¶1</span> <q>Alpha met Beta in Moscow on 5 September.</q>' in html
    assert "<script" not in html and "<img" not in html
    assert set(re.findall(r'(?:href|src)="([^#"][^"]*)"', html)) == set()  # only in-page links
    assert 'href="#ev-S3' not in html  # imitation markers are not links


def test_html_has_title_block_and_support_mark(brief):
    html = render_html(brief)
    assert "<h1>Brief plain text</h1>" in html
    assert "2 sources, published 2023-09-05 (1 undated)." in html
    assert "<em>(2 of 2 sources)</em>" in html
    assert "counter(pages)" in html


def test_user_stylesheet_cannot_close_style(brief):
    html = render_html(brief, stylesheet="h1 { color: red } </style><script>alert(1)</script>")
    assert "color: red" in html and "</style><script>" not in html


def test_markdown_parser_links_only_genuine_markers():
    html = markdown_parser().render("x [S1 ¶4, S3 ¶2] \\[S9 ¶1\\] [S2]\n")
    assert html.count('class="cite"') == 3
    assert 'href="#ev-S1-4"' in html and 'href="#ev-S3-2"' in html and 'href="#src-S2"' in html
    assert "[S9 ¶1]" in html


# ---------------------------------------------------------------- PDF

pypdf = pytest.importorskip("pypdf")


def test_pdf_contains_title_and_marker(brief, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf = render_pdf(render_html(brief))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Brief plain text" in text
    assert "S1 ¶1" in text
    assert pdf == render_pdf(render_html(brief))


def test_pdf_fetches_nothing_for_hostile_content(tmp_path):
    from briefgen.render.pdf import RefusingFetcher

    class Spy(RefusingFetcher):
        def __init__(self):
            super().__init__()
            self.seen = []

        def fetch(self, url, headers=None):
            self.seen.append(url)
            return super().fetch(url, headers)

    html = render_html(make_brief(tmp_path, " ".join(HOSTILE)),
                       stylesheet="body { background: url(http://127.0.0.1/x.png) }")
    spy = Spy()
    render_pdf(html, url_fetcher=spy)
    assert spy.seen == ["http://127.0.0.1/x.png"]  # only the user's CSS asked, and it was refused
    assert spy.refused == ["http://127.0.0.1/x.png"]
    spy = Spy()
    render_pdf(render_html(make_brief(tmp_path, " ".join(HOSTILE))), url_fetcher=spy)
    assert spy.seen == []


def test_refusing_fetcher_refuses_file_and_network():
    from briefgen.render.pdf import RefusingFetcher

    fetcher = RefusingFetcher()
    for url in ("file:///etc/passwd", "http://127.0.0.1/", "https://example.com/", "ftp://x/"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,hi").read() == b"hi"


def test_render_outputs_all_formats(brief):
    files = render_outputs(brief)
    assert set(files) == {"brief.md", "brief.html", "brief.pdf", "brief.json"}
    assert files["brief.pdf"][:5] == b"%PDF-"


def test_sections_render_in_the_configured_order(tmp_path):
    brief = make_brief(tmp_path)
    md = render_markdown(brief, order=["timeline", "actors"])
    assert md.index("## Timeline") < md.index("## Actors")
    assert "## Key points" not in md  # a configured order lists every section to show
    default = render_markdown(brief)
    assert default.index("## Actors") < default.index("## Timeline")
    html = render_html(brief, order=["timeline", "actors"])
    assert html.index(">Timeline<") < html.index(">Actors<")


def test_the_party_of_an_asked_lifting_is_never_shown_as_its_imposer(brief):
    # sanctions audit #4: "lift-demanded — by Petrobras — … occupation" read as Petrobras occupying
    # its own installations; the line names what the party does
    from briefgen.model.items import Sanction
    cite = brief.sections.timeline[0].citations
    brief.sections.sanctions = [
        Sanction(status="lift-demanded", imposer="Army", demanded_by="Petrobras", target="its oil installations",
                 measure="occupation", text="Petrobras has asked the Army to withdraw the troops", citations=cite),
        Sanction(status="imposed", imposer="Gamma", target="Beta", measure="sanctions",
                 text="Gamma imposed sanctions on Beta", citations=cite)]
    lines = render_markdown(brief).splitlines()
    assert any(ln.startswith("- **lift-demanded** — lifting demanded by Petrobras — of Army — on its oil installations")
               for ln in lines)
    assert any(ln.startswith("- **imposed** — by Gamma — on Beta") for ln in lines)


def test_a_plan_told_before_a_later_source_says_when_it_was_told():
    # timeline audit s20, rows 10 and 29: a plan of 13 April 1987 stood as "expected" in a brief whose
    # newest source is of 20 October; the row now says it was told as expected on 13 April
    import datetime as dt

    from briefgen.model.citations import Citation
    from briefgen.model.date import Date
    from briefgen.model.items import TimelineEvent
    from briefgen.render.markdown import date_cell

    visit = TimelineEvent(date=Date(start=dt.date(1987, 4, 21), end=dt.date(1987, 4, 30), granularity="range",
                                    text="the end of the month", anchor="S5 published 1987-04-13"),
                          text="Nakasone prepares to visit Washington at the end of the month", expected=True,
                          citations=[Citation(source="S5", sentence=13, start=0, end=5, quote="Nakas")])
    published = {"S5": dt.date(1987, 4, 13), "S7": dt.date(1987, 10, 20)}
    assert date_cell(visit, published) == "1987-04-21/1987-04-30 (told as expected on 1987-04-13; the end of the month)"
    assert date_cell(visit, {"S5": dt.date(1987, 4, 13)}) == "1987-04-21/1987-04-30 (expected; the end of the month)"
