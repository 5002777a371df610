"""Hostile article text and user files at the renderers: literal in md/html/pdf, nothing fetched,
imitation markers never count, user templates sandboxed, escaped and confined to their folder."""
from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from support import HOSTILE, make_brief

from briefgen.check import check_markdown, genuine_markers
from briefgen.errors import TemplateError
from briefgen.model.brief import Brief, Sections
from briefgen.model.citations import Citation
from briefgen.model.date import Date
from briefgen.model.items import KeyPoint, TimelineEvent
from briefgen.model.source import Source
from briefgen.render.escape import _CONTROL
from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown
from briefgen.render.pdf import RefusingFetcher, render_pdf

CITE = Citation(source="S1", sentence=0, start=0, end=5, quote="Alpha")
MARKER = "[S1 ¶1]"
COMMONMARK = MarkdownIt("js-default").enable("table")


def tiny_brief(text: str) -> Brief:
    """A brief whose only key point and only timeline event both say ``text``."""
    day = Date(start=dt.date(2023, 9, 5), end=dt.date(2023, 9, 5), granularity="day", text="5 September")
    return Brief(
        title="T",
        sources=[Source(id="S1", path="a.txt", title="A", sha256="0" * 64)],
        sections=Sections(key_points=[KeyPoint(text=text, section="timeline", citations=[CITE])],
                          timeline=[TimelineEvent(date=day, text=text, citations=[CITE])]),
    )


def normalised(text: str) -> str:
    """What a reader should see: control characters dropped, whitespace runs made one space."""
    return " ".join(_CONTROL.sub("", text).split())


def inline_text(tokens) -> tuple[str, set[str]]:
    """The plain text of inline tokens and the set of token types met (text only, if literal)."""
    out, types = [], set()
    for token in tokens:
        types.add(token.type)
        out.append(token.content if token.type in ("text", "text_special") else "")
    return "".join(out), types


def line_after(md: str, heading: str, skip: int = 0) -> str:
    lines = md.splitlines()
    at = lines.index(heading) + 2 + skip
    return lines[at]


sentences = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80) | st.lists(
    st.sampled_from(["[", "]", "(", ")", "!", "<", ">", "`", "*", "_", "#", "|", "\\", "&", "amp;", "#x3C;",
                     "-", "+", "=", ":", "1.", "1)", "    ", "\t", "\n", "S1", "S3 ¶2", "^2", "http://x.y/",
                     "www.a.b", "~~", "$", "'", '"', "javascript:", "\x00", "\x1f", "\u00a0", "é", " ", "a"]),
    max_size=25).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences)
def test_any_sentence_renders_to_itself_plus_its_citation(text):
    md = render_markdown(tiny_brief(text))
    # a list item: its inline content is exactly the sentence and the marker, as plain text
    item = line_after(md, "## Key points")
    tokens = COMMONMARK.parse(item)
    assert [t.type for t in tokens] == ["bullet_list_open", "list_item_open", "paragraph_open", "inline",
                                        "paragraph_close", "list_item_close", "bullet_list_close"]
    content, types = inline_text(tokens[3].children)
    assert types <= {"text", "text_special"}
    assert content == " ".join(f"{normalised(text)} {MARKER}".split())
    assert genuine_markers(item) == ["S1 ¶1"]
    # a table row keeps its three cells, the event cell being exactly the sentence
    table = "\n".join(md.splitlines()[md.splitlines().index("## Timeline") + 2:][:3])
    tokens = COMMONMARK.parse(table)
    cells = [t for t in tokens if t.type == "inline"]
    assert len(cells) == 6
    content, types = inline_text(cells[4].children)
    assert types <= {"text", "text_special"}
    assert content == normalised(text)
    assert inline_text(cells[5].children)[0] == MARKER


@pytest.mark.parametrize("imitation", ["[S3]", "[S3 ¶2]", "[^2]", "[^2]: a footnote", "[S1, S2]", "\\[S1]"])
def test_imitation_markers_never_count(imitation):
    md = render_markdown(tiny_brief(imitation))
    item = line_after(md, "## Key points")
    assert genuine_markers(item) == ["S1 ¶1"]  # only the real one
    # with its real marker removed the line is uncited: the imitation cannot stand in for it
    bare = md.replace(f" {MARKER}", "")
    assert any("no citation marker" in p for p in check_markdown(bare, {"S1", "S2", "S3"}))
    html = render_html(tiny_brief(imitation))
    assert 'href="#ev-S3' not in html and 'href="#src-S1"' not in html and "fn" not in html.split("<main>")[1][:50]


# ---------------------------------------------------------------- PDF: nothing fetched

class Spy(RefusingFetcher):
    """The refusing fetcher, recording every URL asked for and every one it actually served."""

    def __init__(self):
        super().__init__()
        self.seen: list[str] = []
        self.served: list[str] = []

    def fetch(self, url, headers=None):
        self.seen.append(url)
        result = super().fetch(url, headers)
        self.served.append(url)
        return result


HOSTILE_CSS = """
@import url("file:///etc/passwd");
@import "http://127.0.0.1:9/evil.css";
@font-face { font-family: Evil; src: url(file:///usr/share/fonts/x.ttf), url(http://127.0.0.1:9/f.woff); }
body { font-family: Evil; background: url(file:///etc/hostname) }
h1::after { content: url(https://example.com/pixel.png) }
"""


def pdf_text(pdf: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_fetches_nothing_for_hostile_brief_and_stylesheet(tmp_path):
    brief = make_brief(tmp_path, " ".join(HOSTILE + ["<img src=file:///etc/passwd>", "<link rel=stylesheet href=x>"]))
    spy = Spy()
    pdf = render_pdf(render_html(brief), url_fetcher=spy)
    assert spy.seen == []  # the article text asks for nothing at all
    spy = Spy()
    pdf = render_pdf(render_html(brief, stylesheet=HOSTILE_CSS), url_fetcher=spy)
    assert spy.served == []  # the user stylesheet asked, and every request was refused
    assert spy.seen and all(url.startswith(("file:", "http:", "https:")) for url in spy.seen)
    assert spy.refused == spy.seen
    text = " ".join(pdf_text(pdf).split())
    assert "root:" not in text  # nothing of /etc/passwd made it in
    assert "<img src=file:///etc/passwd>" in text


def test_default_fetcher_refuses_the_stylesheet_urls(tmp_path, monkeypatch):
    """Without a spy: the real fetcher refuses, and file: content is not in the PDF."""
    secret = tmp_path / "secret.css"
    secret.write_text("h1::before { content: 'SECRET-FROM-FILE' }")
    css = f'@import url("file://{secret}");'
    pdf = render_pdf(render_html(make_brief(tmp_path), stylesheet=css))
    assert "SECRET-FROM-FILE" not in pdf_text(pdf)


# ---------------------------------------------------------------- user templates

def user_templates(tmp_path, files: dict[str, str]):
    root = tmp_path / "tpl"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_every_output_of_a_user_template_is_escaped(tmp_path):
    brief = make_brief(tmp_path, "[x](javascript:alert(1)) <b>x</b>")
    root = user_templates(tmp_path, {"sections/actors.md.j2":
                                     "## A\n\n{% for a in items %}- {{ a.name | safe }} {{ a.name ~ '!' }} "
                                     "{{ '[S1 ¶1]' }} {{ cite(a.citations) }}\n{% endfor %}"})
    md = render_markdown(brief, [root])
    line = next(ln for ln in md.splitlines() if ln.startswith("- Alpha"))
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>x\\</b\\>" in line
    assert genuine_markers(line) == ["S1 ¶1, S1 ¶2"]  # the template's own literal "[S1 ¶1]" is escaped too


def test_undefined_variable_in_included_template_names_file_and_line(tmp_path):
    root = user_templates(tmp_path, {"sections/actors.md.j2": "## A\n\n{% include 'sections/extra.md.j2' %}\n",
                                     "sections/extra.md.j2": "ok\n{{ items[0].no_such_field }}\n"})
    with pytest.raises(TemplateError, match=r"extra\.md\.j2:2: UndefinedError"):
        render_markdown(make_brief(tmp_path), [root])


def test_syntax_error_in_html_template_names_file_and_line(tmp_path):
    root = user_templates(tmp_path, {"page.html.j2": "<html>\n{% if %}\n</html>\n"})
    with pytest.raises(TemplateError, match=r"page\.html\.j2:2: template syntax error"):
        render_html(make_brief(tmp_path), [root])


@pytest.mark.parametrize("expr", ["cite.__globals__", "brief.__class__.__subclasses__()",
                                  "''.__class__.__mro__[1].__subclasses__()", "brief.model_config"])
def test_sandbox_blocks_attribute_escapes(tmp_path, expr):
    root = user_templates(tmp_path, {"brief.md.j2": "{{ %s }}\n" % expr})
    try:
        md = render_markdown(make_brief(tmp_path), [root])
    except TemplateError as error:
        assert "brief.md.j2:1" in str(error)
    else:  # harmless attributes may render, but never an internal object
        assert "function" not in md and "module" not in md and "subclasses" not in md


def test_template_include_outside_the_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET\n")
    for name in ("../secret.txt", "/etc/passwd", str(secret)):
        root = user_templates(tmp_path, {"brief.md.j2": "{%% include %r %%}\n" % name})
        with pytest.raises(TemplateError, match="template not found"):
            render_markdown(make_brief(tmp_path), [root])


def test_template_symlink_out_of_the_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET\n")
    root = user_templates(tmp_path, {"brief.md.j2": "{% include 'sections/leak.md.j2' %}\n"})
    (root / "sections").mkdir()
    os.symlink(secret, root / "sections" / "leak.md.j2")
    with pytest.raises(TemplateError, match=r"leak\.md\.j2: template is a symbolic link out of its folder"):
        render_markdown(make_brief(tmp_path), [root])


def test_symlink_inside_the_folder_is_fine(tmp_path):
    root = user_templates(tmp_path, {"other.md.j2": "# Same\n"})
    os.symlink(root / "other.md.j2", root / "brief.md.j2")
    assert render_markdown(make_brief(tmp_path), [root]).startswith("# Same")


def test_hostile_text_is_literal_in_pdf(tmp_path):
    hostile = "<b>bold</b> [x](javascript:alert(1)) # h"
    text = " ".join(pdf_text(render_pdf(render_html(make_brief(tmp_path, hostile)))).split())
    assert "<b>bold</b> [x](javascript:alert(1)) # h" in text
