"""The news-please JSON reader, on news-please records built at test time around real articles of
../shared/eval/dev."""
from __future__ import annotations

import json

import pytest
from support import SHARED

from briefgen.ingest.files import Skip
from briefgen.ingest.readers import reader_for
from briefgen.ingest.readers.newsplease import NewsPleaseReader, article_metadata

DEV = SHARED / "eval" / "dev"
ARTICLES = ["kenteris-thanou-doping-case-2004-05/01_bbc.txt",
            "kenteris-thanou-doping-case-2004-05/02_bbc.txt",
            "yukos-yugansk-auction-2004-05/01_bbc.txt"]


def _article(relative: str) -> tuple[str, str]:
    path = DEV / relative
    if not path.exists():
        pytest.skip(f"{path} is not there")
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return title.strip(), body.strip("\n")


def _record(relative: str, **extra) -> dict:
    """A news-please record of a real article: crawl dates later than the publication date."""
    title, body = _article(relative)
    record = {"title": title, "maintext": body, "date_publish": "2004-11-26 16:43:00",
              "date_download": "2026-01-01 09:00:00", "date_modify": "2026-01-01 09:00:00",
              "authors": ["BBC Sport"], "language": "en"}
    record.update(extra)
    return record


def _bytes(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")


def test_one_article(tmp_path):
    record = _record(ARTICLES[0])
    path = tmp_path / "article.json"
    path.write_bytes(_bytes(record))
    reader = reader_for(path)
    assert isinstance(reader, NewsPleaseReader)
    read = reader.read(path.read_bytes())
    assert read.text == record["maintext"]
    assert read.title == record["title"]
    assert read.notes == ()
    assert article_metadata(record) == {"title": record["title"], "published": "2004-11-26",
                                        "authors": ["BBC Sport"], "url": None}


def test_published_is_date_publish_never_the_crawl_dates():
    record = _record(ARTICLES[0], date_publish=None)
    assert article_metadata(record)["published"] is None
    for stated, day in [("2004-11-26T16:43:00Z", "2004-11-26"), ("20041126164300", "2004-11-26"),
                        ("2004-13-45 00:00:00", None), ("26 November 2004", None)]:
        assert article_metadata(_record(ARTICLES[0], date_publish=stated))["published"] == day


def test_text_as_stored_only_crlf_changed():
    record = _record(ARTICLES[1])
    record["maintext"] = record["maintext"].replace("\n", "\r\n") + "  "
    read = NewsPleaseReader().read(_bytes(record))
    assert read.text == record["maintext"].replace("\r\n", "\n")
    assert "\r" not in read.text and read.text.endswith("  ")


def test_text_falls_back_to_text_then_description():
    record = _record(ARTICLES[0])
    body = record.pop("maintext")
    read = NewsPleaseReader().read(_bytes({**record, "maintext": None, "text": body}))
    assert read.text == body and read.notes == ("no maintext; read the article's text",)
    first = body.split("\n\n")[0]
    read = NewsPleaseReader().read(_bytes({**record, "description": first}))
    assert read.text == first and read.notes == ("no maintext; read the article's description",)


def test_json_lines(tmp_path):
    records = [_record(a) for a in ARTICLES]
    data = "\n".join(json.dumps(r) for r in records).encode() + b"\n\n"
    path = tmp_path / "dump.jsonl"
    path.write_bytes(data)
    reader = reader_for(path)
    assert [r.text for r in reader.read_many(data)] == [r["maintext"] for r in records]
    with pytest.raises(Skip) as why:
        reader.read(data)
    assert str(why.value) == ("JSON Lines with 3 articles: one file is one source; "
                              "split it into one .json file per article")
    one = json.dumps(records[2]).encode() + b"\n"
    assert reader.read(one).text == records[2]["maintext"]
    assert [r.text for r in reader.read_many(one)] == [records[2]["maintext"]]


def test_json_lines_errors_name_the_line():
    records = [json.dumps(_record(a)) for a in ARTICLES]
    broken = "\n".join(records[:2] + [records[2][:-7]]).encode()
    for call in (NewsPleaseReader().read, NewsPleaseReader().read_many):
        with pytest.raises(Skip, match=r"^line 3: not valid JSON \("):
            call(broken)
    not_article = "\n".join(records[:1] + ["[1, 2]"] + records[2:]).encode()
    with pytest.raises(Skip) as why:
        NewsPleaseReader().read_many(not_article)
    assert str(why.value) == "line 2: not a news-please article: a list, not an article object"


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file"),
    (b'{"title": "x", "maintext": ', "not valid JSON: line 1, column 28: Expecting value"),
    (b'{\n  "title": "x",\n  "maintext" "y"\n}',
     "not valid JSON: line 3, column 14: Expecting ':' delimiter"),
    (b"[]", "not a news-please article: a list, not an article object"),
    (b'"just a string"', "not a news-please article: a string, not an article object"),
    (b'{"title": "x", "date_publish": "2004-11-26"}',
     "not a news-please article: no maintext, text or description"),
    (b'{"title": "x", "maintext": "  "}', "not a news-please article: no maintext, text or description"),
    (b'{"title": "\xff"}', "not valid JSON: not UTF-8 text (byte 11)"),
])
def test_skips_say_why(data, message):
    with pytest.raises(Skip) as why:
        NewsPleaseReader().read(data)
    assert str(why.value) == message


def test_utf8_bom_and_authors_as_a_string():
    record = _record(ARTICLES[2], authors="BBC News", url="https://news.bbc.co.uk/2/hi/business/4105127.stm")
    read = NewsPleaseReader().read(b"\xef\xbb\xbf" + _bytes(record))
    assert read.text == record["maintext"]
    meta = article_metadata(record)
    assert meta["authors"] == ["BBC News"] and meta["url"] == record["url"]
