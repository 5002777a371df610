"""Builds from real inputs other than plain text: saved news pages and news-please JSON Lines made
from real dev articles. Each source's text as read is kept beside the brief and check proves it."""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner
from support import SHARED

from briefgen.check import check_brief
from briefgen.cli import cli

PAGES = SHARED / "eval" / "pages"
DEV = SHARED / "eval" / "dev"


def build(sources, out):
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(out),
                                      "--format", "md,html,json", "--quiet"])
    assert result.exit_code == 0, result.output
    return json.loads((out / "brief.json").read_text(encoding="utf-8"))


@pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/eval/pages not present")
def test_saved_news_pages_build_with_their_own_titles_and_dates(tmp_path):
    brief = build(PAGES, tmp_path / "out")
    expected = yaml.safe_load((PAGES / "pages.yaml").read_text(encoding="utf-8"))["pages"]
    by_file = {s["path"].rsplit("/", 1)[-1]: s for s in brief["sources"]}
    assert set(by_file) == set(expected)
    for name, want in expected.items():
        source = by_file[name]
        assert source["reader"] == "html" and source["text_path"] == f"sources/{source['id']}.txt"
        assert any(words.lower() in source["title"].lower() for words in want["title_any"]), source["title"]
        assert source["published"] == want["published"], name
        kept = (tmp_path / "out" / source["text_path"]).read_text(encoding="utf-8")
        assert "<" not in kept and "http" not in kept and "](" not in kept
    md = (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")
    for line in md.split("## Sources")[0].splitlines():
        assert "http" not in line and "\\<" not in line and "](" not in line
    assert check_brief(tmp_path / "out") == []


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_news_please_json_lines_give_one_source_per_article(tmp_path):
    articles = []
    for i, path in enumerate(sorted((DEV / "kenteris-thanou-doping-case-2004-05").glob("*.txt"))[:3]):
        lines = path.read_text(encoding="utf-8").splitlines()
        articles.append({"title": lines[0], "maintext": "\n".join(lines[1:]).strip(),
                         "date_publish": f"2004-11-2{i} 16:43:00", "date_download": "2026-01-01 00:00:00",
                         "authors": [], "url": f"https://news.example/{i}"})
    dump = tmp_path / "in" / "dump.jsonl"
    dump.parent.mkdir()
    dump.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    brief = build(dump.parent, tmp_path / "out")
    assert [(s["id"], s["part"], s["reader"]) for s in brief["sources"]] == [
        ("S1", 1, "news-please"), ("S2", 2, "news-please"), ("S3", 3, "news-please")]
    assert [s["title"] for s in brief["sources"]] == [a["title"] for a in articles]
    assert [s["published"] for s in brief["sources"]] == ["2004-11-20", "2004-11-21", "2004-11-22"]
    assert check_brief(tmp_path / "out") == []
    (tmp_path / "out" / "sources" / "S2.txt").write_text("tampered", encoding="utf-8")
    assert "brief.json: source S2: the text read differs from the one the brief was built from" in check_brief(
        tmp_path / "out")


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
def test_a_pdf_article_builds_and_its_quotes_are_checked(tmp_path):
    import html as html_lib

    from weasyprint import HTML

    text = (DEV / "yukos-yugansk-auction-2004-05" / "02_bbc.txt").read_text(encoding="utf-8").strip()
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    body = f"<h1>{html_lib.escape(title)}</h1>" + "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
    css = ('@page { size: A6; margin: 1.8cm 1.2cm; @top-center { content: "BBC NEWS | Business"; font-size: 8pt }'
           ' @bottom-right { content: "Page " counter(page); font-size: 7pt } } body { font: 10pt serif }')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "article.pdf").write_bytes(HTML(string=f"<html><head><style>{css}</style></head>"
                                                         f"<body>{body}</body></html>").write_pdf())
    brief = build(tmp_path / "in", tmp_path / "out")
    (source,) = brief["sources"]
    assert source["reader"] == "pdf" and source["text_path"] == "sources/S1.txt"
    kept = (tmp_path / "out" / "sources" / "S1.txt").read_text(encoding="utf-8")
    assert "BBC NEWS | Business" not in kept and "Page 2" not in kept
    assert paragraphs[0].strip()[:60] in " ".join(kept.split())
    assert check_brief(tmp_path / "out") == []
