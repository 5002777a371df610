"""The web-page reader on real saved news pages (../shared/eval/pages): title, publication date,
and a text without markup, links or page chrome."""
from __future__ import annotations

import datetime as real_datetime
import hashlib
import re
import subprocess
import sys

import pytest
import yaml
from support import REPO_ROOT, SHARED

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import reader_for
from briefgen.ingest.readers.html import (
    NEEDS_EXTRA,
    HtmlReader,
    article_text,
    clean_title,
    is_chrome,
    page_metadata,
)

PAGES = SHARED / "eval" / "pages"
CHROME_STARTS = ("Cookie", "Subscribe", "Advertisement", "Share this", "Related", "Read more", "©")


def _pages() -> dict:
    if not (PAGES / "pages.yaml").exists():
        return {}
    return yaml.safe_load((PAGES / "pages.yaml").read_text(encoding="utf-8"))["pages"]


PAGE_NAMES = sorted(_pages()) or ["(no saved pages)"]


@pytest.fixture(scope="module")
def read_pages():
    """Every saved page read once: name -> (ReadText, page_metadata)."""
    expected = _pages()
    if not expected:
        pytest.skip("../shared/eval/pages is not there")
    reader = HtmlReader()
    out = {}
    for name in expected:
        data = (PAGES / name).read_bytes()
        out[name] = (reader.read(data), page_metadata(data))
    return out


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_title_and_date(read_pages, name):
    expected = _pages()[name]
    read, meta = read_pages[name]
    assert any(part in read.title for part in expected["title_any"]), read.title
    assert meta["title"] == read.title
    assert meta["published"] == expected["published"]
    assert isinstance(meta["authors"], list)
    assert meta["url"] is None or meta["url"].startswith("http")


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_text_is_plain_paragraphs_without_chrome(read_pages, name):
    text = read_pages[name][0].text
    assert len(text) > 1500
    for forbidden in ("<", "http", "](", "\r", "\t", "  ", "\n\n\n"):
        assert forbidden not in text, forbidden
    assert not re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", text, re.IGNORECASE)  # entities decoded
    paragraphs = text.split("\n\n")
    assert len(paragraphs) >= 5
    for paragraph in paragraphs:
        assert paragraph == paragraph.strip() and "\n" not in paragraph
        assert not paragraph.startswith(CHROME_STARTS), paragraph


def test_known_chrome_of_these_pages_is_gone(read_pages):
    """Lines trafilatura keeps on these pages that are not the story."""
    texts = {name: read[0].text for name, read in read_pages.items()}
    assert "Read more:" not in texts["dw.com.colonial.html"]
    assert "Thomson Reuters 2020" not in texts["vancouversun.com.microsoft.html"]
    assert "Our Standards" not in texts["reuters.com.parasite.html"]
    assert "(Credit:" not in texts["salon.com.emissions.html"]


def test_body_text_is_there(read_pages):
    text = read_pages["theguardian.com.academics.html"][0].text
    assert text.startswith("Thousands of academic staff at British universities are being treated as "
                           "second-class citizens on precarious contracts")


def test_same_bytes_same_text_in_another_process(read_pages):
    """No dependence on hash seeds, caches of earlier pages or the order pages are read in."""
    names = sorted(read_pages)
    here = hashlib.sha256("\0".join(read_pages[n][0].text for n in reversed(names)).encode()).hexdigest()
    script = (
        "import hashlib, sys\n"
        "from pathlib import Path\n"
        "from briefgen.ingest.readers.html import HtmlReader\n"
        f"names = {names!r}\n"
        f"texts = [HtmlReader().read(Path({str(PAGES)!r}, n).read_bytes()).text for n in names]\n"
        "print(hashlib.sha256('\\0'.join(reversed(texts)).encode()).hexdigest())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=REPO_ROOT, env={"PYTHONHASHSEED": "7", "PATH": ""})
    assert out.stdout.strip() == here


def test_date_does_not_depend_on_today(monkeypatch):
    """htmldate's default latest date is the end of today: run "in 2001", it would refuse every
    2020 date. The reader passes a fixed bound, so the date found stays the page's own."""
    if not _pages():
        pytest.skip("../shared/eval/pages is not there")
    import htmldate
    import htmldate.core
    from htmldate.validators import check_date_input

    monkeypatch.setattr(htmldate.core, "get_max_date",
                        lambda max_date: check_date_input(max_date, real_datetime.datetime(2001, 1, 1)))
    data = (PAGES / "salon.com.emissions.html").read_bytes()
    assert htmldate.find_date(data, original_date=True, extensive_search=False) is None  # the trap works
    assert page_metadata(data)["published"] == "2020-01-10"
    assert HtmlReader().read(data).title == "Despite everything, U.S. emissions dipped in 2019"


def test_title_loses_site_name_and_date():
    assert clean_title("Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020") == (
        "Berlin confronts Germany's colonial past with new initiative")
    titled = "Yukos unit fetches $9bn at auction - BBC News"
    assert clean_title(titled, "BBC News") == "Yukos unit fetches $9bn at auction"
    assert clean_title(titled, None) == titled
    assert clean_title("   ") is None


@pytest.mark.parametrize("line", ["Read more: Looted colonial art: Germany to set up new contact office",
                                  "Related", "Related stories", "© Thomson Reuters 2020", "Advertisement",
                                  "(Credit: Clayton Aldern / Grist)", "Share this article", "https://www.dw.com/en"])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "More than 85 percent of the articles on Wikipedia are in languages other than English.",
    "Related charges were dropped.", "Copyright law was not at issue.", "More importantly: it was upheld."])
def test_story_lines_are_not_chrome(line):
    assert not is_chrome(line)


def test_registered_for_html_suffixes():
    assert isinstance(reader_for("page.HTML"), HtmlReader)
    assert isinstance(reader_for("page.htm"), HtmlReader)


def test_page_without_an_article_is_skipped():
    with pytest.raises(Skip, match="^no article text found in the page$"):
        HtmlReader().read(b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a> "
                          b"<a href='/news'>News</a></nav><footer>Contact</footer></body></html>")
    with pytest.raises(Skip, match="^empty page$"):
        HtmlReader().read(b"  \n")


def test_missing_extra_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    for call in (HtmlReader().read, page_metadata, article_text):
        with pytest.raises(Skip) as why:
            call(b"<html><body><p>x</p></body></html>")
        assert str(why.value) == "needs the 'html' extra: pip install 'briefgen[html]'" == NEEDS_EXTRA
