"""End to end: the CLI builds the seeds, the outputs match the golden files, check and errors behave."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from regen_golden import GOLDEN, GOLDEN_FILES, build_seeds
from support import GOLD, REPO_ROOT, SEEDS, load_score_module

from briefgen.cli import cli
from briefgen.sections.registry import section_names


def test_golden_seed_brief(tmp_path):
    """Regenerate with `python tests/regen_golden.py` after an intended change."""
    build_seeds(tmp_path)
    for name in GOLDEN_FILES:
        assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes(), f"{name} differs from golden"


def test_all_four_outputs_written(seed_out):
    assert sorted(p.name for p in seed_out.iterdir()) == ["brief.html", "brief.json", "brief.md", "brief.pdf"]
    data = json.loads((seed_out / "brief.json").read_text(encoding="utf-8"))
    assert data["schema"] == "briefgen.brief/1"
    assert [s["id"] for s in data["sources"]] == ["S1", "S2", "S3", "S4", "S5"]


def test_pdf_text_has_title_and_citation(seed_out):
    from pypdf import PdfReader

    reader = PdfReader(str(seed_out / "brief.pdf"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    title = json.loads((seed_out / "brief.json").read_text(encoding="utf-8"))["title"]
    assert title.split()[0] in text and "S1 ¶" in text
    assert "Evidence" in text


def test_check_passes_on_built_brief(seed_out):
    result = CliRunner().invoke(cli, ["check", str(seed_out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"check passed: {seed_out}"


def test_check_fails_when_a_marker_is_deleted(seed_out, tmp_path, monkeypatch):
    for name in ("brief.md", "brief.json"):
        (tmp_path / name).write_bytes((seed_out / name).read_bytes())
    lines = (tmp_path / "brief.md").read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith("- **"))
    lines[number] = lines[number][: lines[number].rindex(" [S")] + "\n"
    (tmp_path / "brief.md").write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(REPO_ROOT)
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"brief.md:{number + 1}: no citation marker:" in result.output


@pytest.mark.skipif(load_score_module() is None, reason="../shared/eval/score.py not present")
def test_seed_scores_meet_the_foundation_bar(seed_out, capsys):
    score = load_score_module()
    score.main(["score.py", str(GOLD), str(seed_out), str(SEEDS), "--json-out", str(seed_out / "score.json")])
    report = json.loads((seed_out / "score.json").read_text())
    assert report["actors"]["hit"] >= 14
    assert report["noise_actors"] == []
    assert report["citations"]["uncited_items"] == 0 and report["citations"]["inexact"] == 0
    assert report["dates"]["hit"] >= 4
    assert report["markdown"]["without_citation"] == []


def test_bad_config_is_reported_with_file_line_and_exit_2(tmp_path):
    config = tmp_path / "briefing.yaml"
    config.write_text("title: Test\nsections:\n  - actors\n  - sanction\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(config)])
    assert result.exit_code == 2
    known = ", ".join(section_names())
    assert f"{config}:4: sections[1]: unknown section 'sanction'; known: {known}" in result.output


def test_unknown_format_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path), "--format", "docx"])
    assert result.exit_code == 2
    assert "error: unknown format docx; choose from md, html, pdf, json" in result.output


def test_no_usable_sources_fails_without_output(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(out)])
    assert result.exit_code == 1
    assert "no usable sources" in result.output
    assert not out.exists() or not any(out.iterdir())


def test_build_anywhere_with_defaults_uses_installed_templates(tmp_path):
    """From a folder with no config: built-in defaults, a title from the sources, shipped templates."""
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "briefgen", "build", "--sources", str(SEEDS), "--out", str(out),
                    "--format", "md,json", "--quiet"], cwd=tmp_path, check=True, timeout=300)
    md = (out / "brief.md").read_text(encoding="utf-8")
    assert md.startswith("# North Korea, Russia to meet in Moscow")
    assert "## Actors" in md


def test_sources_given_on_the_command_line_take_their_own_title(tmp_path):
    """The project's config titles its own articles: other articles given with --sources, from the
    project folder, are titled from their headlines (the non-dev audit found three briefs of other
    stories titled "North Korea–Russia arms talks"), unless --title says otherwise."""
    sources = tmp_path / "in"
    sources.mkdir()
    for name in ("a.txt", "b.txt"):
        (sources / name).write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(
            encoding="utf-8"), encoding="utf-8")
    for extra, expected in (([], "# North Korea, Russia to meet in Moscow"), (["--title", "Mine"], "# Mine")):
        out = tmp_path / ("out" + str(len(extra)))
        subprocess.run([sys.executable, "-m", "briefgen", "build", "--sources", str(sources), "--out", str(out),
                        "--format", "md", "--quiet", *extra], cwd=REPO_ROOT, check=True, timeout=300)
        assert (out / "brief.md").read_text(encoding="utf-8").startswith(expected)


def test_help_and_check_do_not_import_heavy_libraries():
    code = ("import sys\nfrom briefgen.cli import cli\n"
            "for args in (['--help'], ['check', '--help']):\n"
            "    try:\n        cli(args)\n    except SystemExit:\n        pass\n"
            "print(sorted(m for m in ('spacy', 'weasyprint') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_schema_command_prints_json_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["properties"]["schema"]["default"] == "briefgen.brief/1"


def test_undated_source_gets_a_stated_estimate_not_a_date(seed_out):
    s4 = json.loads((seed_out / "brief.json").read_text(encoding="utf-8"))["sources"][3]
    assert s4["published"] is None
    assert s4["published_estimate"] == "2023-09-05"
    assert s4["published_basis"].startswith("no date in the text; it shares most names with")


def test_a_failing_section_is_left_empty_with_a_warning(monkeypatch, tmp_path):
    from briefgen.sections.timeline.section import TimelineSection

    def broken(self, context):
        raise RuntimeError("boom")

    monkeypatch.setattr(TimelineSection, "extract", broken)
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(tmp_path), "--format", "md,json"])
    assert result.exit_code == 0, result.output
    assert "warning: section timeline failed and is left empty (RuntimeError: boom)" in result.output
    assert json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["sections"]["timeline"] == []


def test_byline_is_neither_title_nor_event(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Published: Sat 15 Jun 2024 09:12 BST\n\nChina threatens retaliation as tariffs loom\n\n"
        "The commerce ministry said on Friday that it had taken all necessary measures.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert brief["sources"][0]["title"] == "China threatens retaliation as tariffs loom"
    assert brief["sources"][0]["published"] == "2024-06-15"
    assert [e["date"]["start"] for e in brief["sections"]["timeline"]] == ["2024-06-14"]
    assert not any(a["name"] == "BST" for a in brief["sections"]["actors"])


def test_output_inside_the_sources_is_refused_before_anything_is_written(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.txt").write_text("Officials met in Paris on Monday to discuss the accord.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(sources / "out")])
    assert result.exit_code == 2
    assert "is inside the sources folder" in result.output
    assert not (sources / "out").exists()


def test_unreadable_stylesheet_is_a_config_error(tmp_path):
    config = tmp_path / "briefing.yaml"
    config.write_text(f"sources: {SEEDS}\nstylesheet: missing.css\nformats: [html]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(config), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "stylesheet" in result.output and "missing.css" in result.output


def test_a_glob_protects_the_folder_it_reads_from(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.txt").write_text("Officials met in Paris on Monday to discuss the accord.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources / "*.txt"), "--out", str(sources)])
    assert result.exit_code == 2 and "inside the sources folder" in result.output


def test_every_conflict_claim_is_what_each_of_its_citations_says(seed_out):
    conflicts = json.loads((seed_out / "brief.json").read_text(encoding="utf-8"))["sections"]["conflicts"]
    claims = [claim for conflict in conflicts for claim in conflict["claims"]]
    assert claims
    for claim in claims:
        clause = claim["text"].split(": ", 1)[-1]
        for citation in claim["citations"]:
            assert citation["quote"] in claim["text"] or clause in citation["quote"], (claim["text"], citation["quote"])


def test_configured_section_order_is_the_rendered_order(tmp_path):
    config = tmp_path / "briefing.yaml"
    config.write_text(f"sources: {SEEDS}\nout: out\nformats: [md, html]\nsections: [timeline, actors]\n",
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(config), "--quiet"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")
    assert md.index("## Timeline") < md.index("## Actors") and "## Key points" not in md
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert html.index(">Timeline<") < html.index(">Actors<")
