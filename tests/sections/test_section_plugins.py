"""A section from another distribution is configured, extracted, rendered and checked exactly as a
built-in one: a fake plugin (a package and a ``.dist-info`` with ``entry_points.txt``) on the path
of a fresh ``python -m briefgen`` process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import SEEDS

PLUGIN = '''
from pydantic import Field

from briefgen.model.items import Item
from briefgen.sections.spec import Section, SectionOptions


class Quote(Item):
    """A sentence that quotes someone."""

    text: str


class QuotesOptions(SectionOptions):
    """Options of the quotes section."""

    max_items: int = Field(default=3, ge=1, description="At most this many quotes.")


class QuotesSection(Section):
    """Sentences holding a quotation, in source order."""

    name = "quotes"
    title = "Quotations"
    item = Quote
    Options = QuotesOptions
    requires = ("actor_index",)

    def extract(self, context):
        found = []
        for document in context.documents:
            for sentence in document.sentences:
                if '"' in sentence.text or "\\u201c" in sentence.text:
                    found.append(Quote(text=sentence.text, citations=[document.cite(sentence)], support=1))
        return found[: self.options.max_items]
'''

ENTRY_POINTS = "[briefgen.sections]\nquotes = fake_quotes:QuotesSection\n{extra}"


def install_plugin(root: Path, extra: str = "") -> Path:
    """A package ``fake_quotes`` and its distribution metadata in ``root``."""
    (root / "fake_quotes").mkdir(parents=True)
    (root / "fake_quotes" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "fake_quotes-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-quotes\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS.format(extra=extra), encoding="utf-8")
    return root


def briefgen(args: list[str], cwd: Path, plugin_root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(plugin_root)}
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def plugin_build(tmp_path_factory):
    root = install_plugin(tmp_path_factory.mktemp("plugin"))
    work = tmp_path_factory.mktemp("work")
    (work / "briefing.yaml").write_text(
        f"sources: {SEEDS}\nout: out\nsections: [quotes, actors]\nquotes:\n  max_items: 2\n", encoding="utf-8")
    result = briefgen(["build", "briefing.yaml", "--quiet"], work, root)
    return result, work / "out", root, work


def test_plugin_section_is_configured_extracted_and_written_to_json(plugin_build):
    result, out, _, _ = plugin_build
    assert result.returncode == 0, result.stderr
    sections = json.loads((out / "brief.json").read_text(encoding="utf-8"))["sections"]
    assert list(sections) == ["actors", "quotes"]  # brief.json keeps the registry's order
    quotes = sections["quotes"]
    assert len(quotes) == 2  # its own option
    for item in quotes:
        (citation,) = item["citations"]
        assert citation["quote"] == item["text"] and '"' in item["text"] or "\u201c" in item["text"]


def test_plugin_section_renders_in_the_configured_order_with_the_generic_partial(plugin_build):
    result, out, _, _ = plugin_build
    md = (out / "brief.md").read_text(encoding="utf-8")
    assert md.index("## Quotations") < md.index("## Actors")
    block = md.split("## Quotations", 1)[1].split("## ", 1)[0]
    assert block.count("\n- ") == 2 and "[S" in block
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert html.index(">Quotations<") < html.index(">Actors<")
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(out / "brief.pdf").pages)
    assert "Quotations" in text


def test_plugin_brief_passes_check(plugin_build):
    _, out, root, work = plugin_build
    result = briefgen(["check", str(out)], work, root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_config_accepts_the_plugin_section_and_refuses_an_unknown_one(plugin_build, tmp_path):
    _, _, root, _ = plugin_build
    (tmp_path / "briefing.yaml").write_text(f"sources: {SEEDS}\nsections: [quotes, quote]\n", encoding="utf-8")
    result = briefgen(["build", "briefing.yaml", "--quiet"], tmp_path, root)
    assert result.returncode == 2
    assert ("briefing.yaml:2: sections[1]: unknown section 'quote'; known: key_points, actors, asks_offers, "
            "sanctions, timeline, conflicts, quotes") in result.stderr


def test_a_duplicate_section_name_is_refused(tmp_path):
    root = install_plugin(tmp_path / "dup", extra="actors = fake_quotes:QuotesSection\n")
    (root / "fake_quotes" / "__init__.py").write_text(
        PLUGIN + "\n\nclass Actors(QuotesSection):\n    name = 'actors'\n", encoding="utf-8")
    (root / "fake_quotes-0.1.dist-info" / "entry_points.txt").write_text(
        "[briefgen.sections]\nactors = fake_quotes:Actors\n", encoding="utf-8")
    result = briefgen(["build", "--sources", str(SEEDS), "--out", str(tmp_path / "out")], tmp_path, root)
    assert result.returncode == 2
    assert "section 'actors' from fake-quotes (fake_quotes:Actors) is already registered by briefgen" in result.stderr
    assert not (tmp_path / "out").exists()
