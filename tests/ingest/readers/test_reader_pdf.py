"""The PDF reader, on PDFs made at test time (WeasyPrint) from real articles of ../shared/eval/dev:
narrow pages so that words hyphenate, a running header and footer, page numbers."""
from __future__ import annotations

import base64
import html
import io
import sys

import pytest
from support import SHARED

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import reader_for
from briefgen.ingest.readers.pdf import NEEDS_EXTRA, PdfReader, join_lines
from briefgen.ingest.titles import is_real_title

pypdf = pytest.importorskip("pypdf")

ARTICLE = SHARED / "eval" / "dev" / "yukos-yugansk-auction-2004-05" / "02_bbc.txt"
HEADER, FOOTER = "BBC NEWS | Business", "Yukos and the Yugansk auction"
PAGE_CSS = f"""@page {{ size: A6; margin: 1.8cm 1.2cm;
  @top-center {{ content: "{HEADER}"; font-size: 8pt }}
  @bottom-left {{ content: "{FOOTER}"; font-size: 7pt }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7pt }} }}
body {{ font: 10pt serif; hyphens: auto; text-align: justify }}
h1 {{ font-size: 14pt }}"""
LAYOUTS = {
    "spaced": "p { margin: 0 0 0.8em }",
    "indented": "p { margin: 0; text-indent: 1.5em }",
    "columns": "@page { size: A5 } body { columns: 2; font: 9pt sans-serif; text-align: left }"
               " p { margin: 0 0 0.6em } h1 { column-span: all }",
}


def _source() -> str:
    if not ARTICLE.exists():
        pytest.skip(f"{ARTICLE} is not there")
    return ARTICLE.read_text(encoding="utf-8").strip()


def _render(body_html: str, title: str, css: str, page_css: str = PAGE_CSS) -> bytes:
    from weasyprint import HTML

    page = (f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{page_css}\n{css}</style></head><body>{body_html}</body></html>")
    return HTML(string=page).write_pdf()


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    """The article as a PDF in each layout."""
    headline, *paragraphs = _source().split("\n\n")
    body = f"<h1>{html.escape(headline)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return {name: _render(body, headline, css) for name, css in LAYOUTS.items()}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_body_recovered_without_page_furniture(pdfs, layout):
    data = pdfs[layout]
    raw = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= (2 if layout == "columns" else 4)
    assert "\u2010\n" in raw and HEADER in raw and "Page 2 of" in raw  # the test exercises each rule

    read = PdfReader().read(data)
    assert read.text == _source()  # paragraphs, hyphenated words and page breaks all joined back
    assert HEADER not in read.text and FOOTER not in read.text and "Page " not in read.text
    assert read.title == "Yukos unit fetches $9bn at auction"
    assert read.notes == ()


def test_registered_for_pdf():
    assert isinstance(reader_for("report.PDF"), PdfReader)


def test_title_from_text_when_metadata_is_a_file_name(pdfs):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdfs["spaced"])))
    writer.add_metadata({"/Title": "Microsoft Word - yukos_final.doc"})
    out = io.BytesIO()
    writer.write(out)
    assert PdfReader().read(out.getvalue()).title == "Yukos unit fetches $9bn at auction"  # the headline


@pytest.mark.parametrize(("title", "real"), [
    ("Yukos unit fetches $9bn at auction", True), ("Microsoft Word - yukos.doc", False), ("yukos.pdf", False),
    ("Untitled", False), ("C:\\Users\\desk\\yukos", False), ("", False), (None, False), ("12345", False)])
def test_real_titles(title, real):
    assert is_real_title(title) is real


def test_encrypted_pdf_is_skipped(pdfs):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdfs["spaced"])))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(Skip) as why:
        PdfReader().read(out.getvalue())
    assert str(why.value) == "encrypted PDF: it needs a password"


def test_encrypted_pdf_without_user_password_is_read(pdfs):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdfs["spaced"])))
    writer.encrypt(user_password="", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    assert PdfReader().read(out.getvalue()).text == _source()


def test_image_only_pdf_is_skipped():
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 120), "gray").save(picture, format="PNG")
    src = "data:image/png;base64," + base64.b64encode(picture.getvalue()).decode()
    scans = "".join(f'<img src="{src}" style="width: 8cm; break-after: page">' for _ in range(3))
    data = _render(scans, "scan", "")  # scanned pages under a running header and footer
    with pytest.raises(Skip) as why:
        PdfReader().read(data)
    assert str(why.value) == "no text layer (a scanned or image-only PDF?): nothing to read without OCR"


def test_damaged_pdf_is_skipped():
    with pytest.raises(Skip, match=r"^not a readable PDF \("):
        PdfReader().read(b"%PDF-1.7\nthis is not a PDF body")


def test_missing_extra_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(Skip) as why:
        PdfReader().read(b"%PDF-1.7")
    assert str(why.value) == "needs the 'pdf' extra: pip install 'briefgen[pdf]'" == NEEDS_EXTRA


def _wrapped(paragraph: str, width: int = 38) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def test_hyphen_minus_at_line_end():
    """Lines of a real paragraph, hard wrapped, with words broken by an ASCII hyphen at a line end:
    a broken word is joined without it; a compound the document writes with a hyphen keeps it."""
    paragraph = _source().split("\n\n")[2]
    assert "state-controlled" in paragraph and "Yuganskneftegas" in paragraph
    lines = _wrapped(paragraph)
    broken = []
    for line in lines:
        if "Yuganskneftegas" in line:
            head, _, tail = line.partition("Yuganskneftegas")
            broken += [head + "Yugansk-", "neftegas" + tail]
        elif "state-controlled" in line:
            head, _, tail = line.partition("state-controlled")
            broken += [head + "state-", "controlled" + tail]
        else:
            broken.append(line)
    words = {w.lower() for w in paragraph.replace(",", " ").replace(".", " ").split()}
    assert join_lines(broken, words) == paragraph
    unseen = paragraph.replace("state-controlled", "statecontrolled")  # not written elsewhere: joined
    assert join_lines(broken, words - {"state-controlled"}) == unseen
    assert join_lines(["Baikal paid 260.75bn roubles for Yugansk -", "nowhere near"], set()) == (
        "Baikal paid 260.75bn roubles for Yugansk - nowhere near")
