"""``briefgen check``: prove a built brief — every content line cited, every citation exact.

Reads only ``brief.md``, ``brief.html``, ``brief.json``, the source files and the texts kept beside
the brief (``sources/Sn.txt``); imports neither spaCy nor WeasyPrint, so it starts fast. Every
citation of brief.json must be its source's text; every evidence note of brief.md and brief.html
must quote what brief.json cites; and no output may differ from the sha256 brief.json records. The line exemptions follow the evaluation's ``check_markdown``; a marker must be
genuine (not backslash-escaped article text) to count.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

CONTENT_EXEMPT = re.compile(r"^\s*(#|$|---+\s*$|\*\*\*+\s*$|\|?\s*:?-{3,})")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
APPENDIX_HEADING = re.compile(r"sources|references|evidence|bibliograph|notes", re.I)
_PART = r"S\d+(?:\s*¶\s*\d+)?"
MARKER = re.compile(rf"\[\s*({_PART}(?:\s*[,;]\s*{_PART})*)\s*\]")
SOURCE_ID = re.compile(r"S\d+")


def genuine_markers(line: str) -> list[str]:
    """Marker bodies in ``line`` whose ``[`` is not backslash-escaped (escaped ones are article text)."""
    found = []
    for m in MARKER.finditer(line):
        backslashes = len(line[: m.start()]) - len(line[: m.start()].rstrip("\\"))
        if backslashes % 2 == 0:
            found.append(m.group(1))
    return found


def content_lines(md_text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of lines that must carry a marker, with score.py's exemptions."""
    lines = md_text.splitlines()
    in_front = bool(lines) and lines[0].strip() == "---"
    seen_h2 = in_appendix = False
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if in_front:
            in_front = not (n > 1 and s == "---")
            continue
        if s.startswith(("## ", "##\t")):
            seen_h2, in_appendix = True, bool(APPENDIX_HEADING.search(s))
            continue
        if not seen_h2 or in_appendix or CONTENT_EXEMPT.match(line):
            continue
        if s.startswith("[^") and "]:" in s:
            continue
        if s.startswith("|") and n < len(lines) and TABLE_SEPARATOR.match(lines[n]):
            continue  # a table header row
        yield n, line


def check_markdown(md_text: str, source_ids: set[str]) -> list[str]:
    """Problems in brief.md: uncited content lines and markers naming unknown sources."""
    problems = []
    for n, line in content_lines(md_text):
        if not genuine_markers(line):
            problems.append(f"brief.md:{n}: no citation marker: {line.strip()}")
    for n, line in enumerate(md_text.splitlines(), 1):
        for body in genuine_markers(line):
            for sid in dict.fromkeys(SOURCE_ID.findall(body)):
                if sid not in source_ids:
                    problems.append(f"brief.md:{n}: unknown source {sid}")
    return problems


def read_source_text(path: str, out_dir: Path, text_path: str | None = None) -> str | None:
    """The source as the build read it, or None if it is not found: the text kept beside the brief
    (``text_path``) for a file that is not plain text, else the file through the same reader.

    Tries the path as given (absolute or relative to the cwd), then relative to the out dir's parent.
    """
    from briefgen.ingest.files import Skip
    from briefgen.ingest.sources import read_file

    if text_path:
        kept = out_dir / text_path
        return kept.read_text(encoding="utf-8") if kept.is_file() else None
    given = Path(path)
    for cand in (given, out_dir.resolve().parent / given):
        if cand.is_file():
            try:
                return read_file(cand, cand.read_bytes()).text
            except Skip:
                return None
    return None


def iter_citations(sections: dict) -> Iterator[tuple[str, dict]]:
    """(where, citation) for every citation in the sections, claims included."""
    for key, items in (sections or {}).items():
        for i, item in enumerate(items or []):
            where = f"sections.{key}[{i}]"
            for c in item.get("citations") or []:
                yield where, c
            for j, claim in enumerate(item.get("claims") or []):
                for c in (claim or {}).get("citations") or []:
                    yield f"{where}.claims[{j}]", c


def check_citations(brief: dict, out_dir: Path) -> list[str]:
    """Problems in brief.json: citations naming unknown sources or not matching the source text."""
    problems = []
    sources = {s.get("id"): s for s in brief.get("sources") or []}
    texts: dict[str, str | None] = {}
    for where, c in iter_citations(brief.get("sections") or {}):
        sid, start, end = c.get("source"), c.get("start"), c.get("end")
        if sid not in sources:
            problems.append(f"brief.json: {where}: citation names unknown source {sid}")
            continue
        if sid not in texts:
            src = sources[sid]
            texts[sid] = read_source_text(str(src.get("path", "")), out_dir, src.get("text_path"))
            if texts[sid] is None:
                problems.append(f"brief.json: source {sid}: file not found: {src.get('text_path') or src.get('path')}")
            elif src.get("text_sha256") and sha256_text(texts[sid]) != src["text_sha256"]:
                problems.append(f"brief.json: source {sid}: the text read differs from the one the brief was built from")
        text = texts[sid]
        if text is None:
            continue
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
        if not ok or text[start:end] != c.get("quote"):
            problems.append(f"brief.json: {where}: citation {sid} {start}:{end} does not match the source text")
    return problems


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


EVIDENCE_MD = re.compile(r"^- \[(?P<label>S\d+ ¶\d+)\] “(?P<quote>.*)”\s*$")
EVIDENCE_HTML = re.compile(r'<li id="ev-[^"]*"><span class="label">(?P<label>S\d+ ¶\d+)</span> <q>(?P<quote>.*?)</q></li>')


def check_evidence(name: str, text: str, brief: dict, *, markup: bool) -> list[str]:
    """Evidence notes of brief.md / brief.html whose quote is not the cited sentence as
    brief.json (checked against the sources) quotes it; white space as rendered."""
    quotes = {}
    for _, c in iter_citations(brief.get("sections") or {}):
        quotes.setdefault(f"{c.get('source')} ¶{(c.get('sentence') or 0) + 1}", set()).add(" ".join(str(c.get("quote")).split()))
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        for match in (EVIDENCE_HTML.finditer(line) if markup else [EVIDENCE_MD.match(line)]):
            if not match:
                continue
            quote = html.unescape(match.group("quote")) if markup else unescape_md(match.group("quote"))
            if " ".join(quote.split()) not in quotes.get(match.group("label"), set()):
                problems.append(f"{name}:{n}: evidence note {match.group('label')} does not quote its source")
    return problems


def unescape_md(text: str) -> str:
    """Markdown backslash escapes removed (as briefgen's escaper writes them)."""
    return re.sub(r"\\(.)", r"\1", text)


def check_outputs(brief: dict, out_dir: Path) -> list[str]:
    """Outputs changed after the build: each file's sha256 against the one brief.json records."""
    problems = []
    for name, digest in sorted((brief.get("outputs") or {}).items()):
        path = out_dir / name
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: changed after the build (its sha256 is not the one brief.json records)")
    return problems


def _out_dir(path: Path) -> Path:
    """``check`` accepts the output folder or a file inside it."""
    path = Path(path)
    return path.parent if path.is_file() else path


def check_brief(out_dir: Path) -> list[str]:
    """Every problem found in the brief built in ``out_dir``; an empty list means it passes."""
    out_dir = _out_dir(out_dir)
    json_path, md_path = out_dir / "brief.json", out_dir / "brief.md"
    problems = []
    if not out_dir.is_dir():
        return [f"{out_dir}: no such folder"]
    brief: dict | None = None
    if not json_path.is_file():
        problems.append(f"{json_path}: missing (build with --format json)")
    else:
        try:
            brief = json.loads(json_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            problems.append(f"{json_path}: not valid JSON: {e}")
    if not md_path.is_file():
        problems.append(f"{md_path}: missing (build with --format md)")
    if brief is None:
        return problems
    try:
        source_ids = {s.get("id") for s in brief.get("sources") or []}
        if md_path.is_file():
            md_text = md_path.read_text(encoding="utf-8", errors="replace")
            problems += check_markdown(md_text, source_ids)
            problems += check_evidence("brief.md", md_text, brief, markup=False)
        html_path = out_dir / "brief.html"
        if html_path.is_file():
            problems += check_evidence("brief.html", html_path.read_text(encoding="utf-8", errors="replace"),
                                       brief, markup=True)
        problems += check_citations(brief, out_dir)
        problems += check_outputs(brief, out_dir)
    except (AttributeError, TypeError, LookupError, OSError) as e:
        problems.append(f"{json_path}: not a briefgen brief or its sources cannot be read "
                        f"({e.__class__.__name__}: {e})")
    return problems
