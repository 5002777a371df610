"""``briefgen check``: passes a good brief, names the line of an uncited one and the item of an inexact quote."""
from __future__ import annotations

import json
import subprocess
import sys

from support import make_brief

from briefgen.check import check_brief, genuine_markers
from briefgen.render.markdown import render_markdown
from briefgen.write import write_outputs


def build(tmp_path, hostile="plain text"):
    """A brief written to tmp_path/out, with real source files beside it."""
    brief = make_brief(tmp_path, hostile)
    out = tmp_path / "out"
    write_outputs(out, {"brief.md": render_markdown(brief), "brief.json": brief.to_json()})
    return out


def test_good_brief_passes(tmp_path):
    assert check_brief(build(tmp_path)) == []


def test_hostile_brief_passes(tmp_path):
    assert check_brief(build(tmp_path, "[S9] <b>x</b> `y` | z")) == []


def test_deleted_marker_names_the_line(tmp_path):
    out = build(tmp_path)
    md = out / "brief.md"
    lines = md.read_text(encoding="utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines) if ln.startswith("- **Alpha"))
    lines[n] = lines[n].replace(" [S1 ¶1, S1 ¶2]", "")
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert check_brief(out) == [f"brief.md:{n + 1}: no citation marker: {lines[n]}"]


def test_escaped_imitation_marker_does_not_count(tmp_path):
    out = build(tmp_path)
    md = out / "brief.md"
    md.write_text(md.read_text(encoding="utf-8") + "\n## More\n\nclaims \\[S1\\] only\n", encoding="utf-8")
    problems = check_brief(out)
    assert len(problems) == 1 and problems[0].endswith("no citation marker: claims \\[S1\\] only")


def test_unknown_source_marker(tmp_path):
    out = build(tmp_path)
    md = out / "brief.md"
    text = md.read_text(encoding="utf-8").replace("[S2 ¶2]", "[S9 ¶2]", 1)
    md.write_text(text, encoding="utf-8")
    n = next(i for i, ln in enumerate(text.splitlines(), 1) if "[S9 ¶2]" in ln)
    assert check_brief(out) == [f"brief.md:{n}: unknown source S9"]


def test_altered_quote_names_the_item(tmp_path):
    out = build(tmp_path)
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    cit = data["sections"]["actors"][0]["citations"][0]
    cit["quote"] = cit["quote"].replace("Alpha", "Omega")
    (out / "brief.json").write_text(json.dumps(data), encoding="utf-8")
    problems = check_brief(out)
    assert f"brief.json: sections.actors[0]: citation S1 {cit['start']}:{cit['end']} does not match the source text" \
        in problems
    # brief.md still quotes the source: its evidence note no longer matches what brief.json cites
    assert any(p.startswith("brief.md:") and p.endswith("does not quote its source") for p in problems)


def test_claim_citations_are_checked(tmp_path):
    out = build(tmp_path)
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    data["sections"]["conflicts"][0]["claims"][1]["citations"][0]["start"] += 1
    (out / "brief.json").write_text(json.dumps(data), encoding="utf-8")
    [problem] = check_brief(out)
    assert problem.startswith("brief.json: sections.conflicts[0].claims[1]: citation S2 ")


def test_relative_source_path_resolved_from_out_parent(tmp_path, monkeypatch):
    out = build(tmp_path)
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    for s in data["sources"]:
        s["path"] = s["path"].rsplit("/", 1)[1]
    (out / "brief.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir("/")
    assert check_brief(out) == []


def test_bom_is_removed(tmp_path):
    out = build(tmp_path)
    src = tmp_path / "a.txt"
    src.write_bytes(b"\xef\xbb\xbf" + src.read_bytes())
    assert check_brief(out) == []


def test_missing_files(tmp_path):
    problems = check_brief(tmp_path)
    assert problems == [f"{tmp_path / 'brief.json'}: missing (build with --format json)",
                        f"{tmp_path / 'brief.md'}: missing (build with --format md)"]


def test_missing_source_file(tmp_path):
    out = build(tmp_path)
    (tmp_path / "b.txt").unlink()
    assert check_brief(out) == [f"brief.json: source S2: file not found: {tmp_path / 'b.txt'}"]


def test_genuine_markers():
    assert genuine_markers("a [S1 ¶4, S3 ¶2] \\[S2\\] \\\\[S5]") == ["S1 ¶4, S3 ¶2", "S5"]


def test_check_imports_no_heavy_libraries():
    code = "import sys, briefgen.check; print('spacy' in sys.modules, 'weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_check_reports_a_malformed_brief_json_instead_of_crashing(tmp_path):
    from briefgen.check import check_brief

    (tmp_path / "brief.json").write_text("[]", encoding="utf-8")
    (tmp_path / "brief.md").write_text("# T\n", encoding="utf-8")
    problems = check_brief(tmp_path)
    assert problems and "not a briefgen brief" in problems[-1]


def seed_build(tmp_path):
    """The seeds built by the CLI, md, html and json, into tmp_path/out."""
    from click.testing import CliRunner
    from support import SEEDS

    from briefgen.cli import cli

    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(out), "--format", "md,html,json",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_a_built_brief_records_its_outputs_and_passes(tmp_path):
    out = seed_build(tmp_path)
    assert set(json.loads((out / "brief.json").read_text(encoding="utf-8"))["outputs"]) == {"brief.md", "brief.html"}
    assert check_brief(out) == []


def test_an_edited_line_or_evidence_note_in_brief_md_fails(tmp_path):
    out = seed_build(tmp_path)
    md = (out / "brief.md").read_text(encoding="utf-8")
    lines = md.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("- [S") and "“" in line)
    lines[n] = lines[n].replace("“", "“Reportedly, ", 1)
    (out / "brief.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    label = lines[n].split("]")[0][3:]
    assert check_brief(out) == [f"brief.md:{n + 1}: evidence note {label} does not quote its source",
                                "brief.md: changed after the build (its sha256 is not the one brief.json records)"]
    # a content line changed, evidence untouched: caught by the record of the outputs
    (out / "brief.md").write_text(md.replace("## Actors\n\n- **", "## Actors\n\n- **Not ", 1), encoding="utf-8")
    assert check_brief(out) == ["brief.md: changed after the build (its sha256 is not the one brief.json records)"]


def test_an_edited_evidence_note_in_brief_html_fails(tmp_path):
    out = seed_build(tmp_path)
    page = (out / "brief.html").read_text(encoding="utf-8")
    start = page.index("<q>", page.index('class="evidence"')) + 3
    (out / "brief.html").write_text(page[:start] + "Not " + page[start:], encoding="utf-8")
    problems = check_brief(out)
    assert len(problems) == 2 and problems[0].startswith("brief.html:")
    assert problems[0].endswith("does not quote its source")
    assert problems[1] == "brief.html: changed after the build (its sha256 is not the one brief.json records)"
