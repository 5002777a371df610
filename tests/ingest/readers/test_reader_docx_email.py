"""The Word and e-mail readers, on documents and messages built at test time around real articles
of ../shared/eval/dev (and, for an HTML-only message, a real saved page of ../shared/eval/pages)."""
from __future__ import annotations

import datetime as dt
import io
import sys
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from support import SHARED

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import reader_for
from briefgen.ingest.readers.docx import DocxReader
from briefgen.ingest.readers.email import EmailReader, message_metadata, parse_message
from briefgen.ingest.readers.html import HtmlReader

ARTICLE = SHARED / "eval" / "dev" / "kenteris-thanou-doping-case-2004-05" / "03_bbc.txt"
PAGE = SHARED / "eval" / "pages" / "wikimediafoundation.org.turkey.html"


def _article() -> tuple[str, list[str]]:
    if not ARTICLE.exists():
        pytest.skip(f"{ARTICLE} is not there")
    headline, *paragraphs = ARTICLE.read_text(encoding="utf-8").strip().split("\n\n")
    return headline, paragraphs


def _docx(core_title: str | None, *, with_table: bool = False) -> bytes:
    docx = pytest.importorskip("docx")
    headline, paragraphs = _article()
    document = docx.Document()
    document.core_properties.title = core_title or ""
    document.sections[0].header.paragraphs[0].text = "BBC SPORT | Athletics"  # a running header
    document.add_paragraph(headline, style="Title")
    for paragraph in paragraphs:
        document.add_paragraph(paragraph.replace(" ", "  ", 1))  # a doubled space, normalised on reading
    document.add_paragraph("")
    if with_table:
        document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Kenteris"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_title():
    headline, paragraphs = _article()
    read = DocxReader().read(_docx("Microsoft Word - kenteris.doc", with_table=True))
    assert read.text == "\n\n".join([headline] + paragraphs)
    assert read.title == headline  # the Title paragraph: the stored title is a file name
    assert "BBC SPORT" not in read.text
    assert read.notes == ("1 table(s) not read",)
    assert DocxReader().read(_docx("Kenteris and Thanou hearing")).title == "Kenteris and Thanou hearing"


def test_docx_skips():
    with pytest.raises(Skip, match=r"^not a readable Word document \("):
        DocxReader().read(b"PK\x03\x04 not really a zip")
    assert isinstance(reader_for("story.docx"), DocxReader)


def test_docx_missing_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(Skip) as why:
        DocxReader().read(b"PK")
    assert str(why.value) == "needs the 'docx' extra: pip install 'briefgen[docx]'"


def _message(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "BBC News Alerts <alerts@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    sent = dt.datetime(2004, 12, 20, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # the 21st in UTC
    message["Date"] = format_datetime(sent)
    return message


def test_email_plain_body():
    headline, paragraphs = _article()
    message = _message(headline)
    body = "\n\n".join(paragraphs)
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    message.add_alternative("<html><body><p>Other text</p></body></html>", subtype="html")
    data = message.as_bytes().replace(b"\n", b"\r\n")
    read = reader_for("alert.eml").read(data)
    assert read.text == body and read.title == headline and read.notes == ()
    assert message_metadata(parse_message(data)) == {"title": headline, "published": "2004-12-20",
                                                     "authors": ["BBC News Alerts"], "url": None}


def test_email_html_body_goes_through_the_html_reader():
    if not PAGE.exists():
        pytest.skip(f"{PAGE} is not there")
    page = PAGE.read_bytes()
    message = _message("Access to Wikipedia restored in Turkey")
    message.set_content(page.decode("utf-8"), subtype="html", charset="utf-8", cte="base64")
    read = EmailReader().read(message.as_bytes())
    assert read.text == HtmlReader().read(page).text
    assert read.notes == ("no plain-text body; read the HTML body",)


def test_not_an_email():
    with pytest.raises(Skip, match="^not an e-mail message: no From, Subject, Date or Message-ID header$"):
        EmailReader().read(b"\n\njust some bytes")
    message = _message("empty")
    with pytest.raises(Skip, match=r"^no text body \(neither text/plain nor text/html\)$"):
        EmailReader().read(message.as_bytes())
