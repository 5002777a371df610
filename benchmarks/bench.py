"""Benchmark ``briefgen build`` against the bare spaCy pass (issue 7).

    .venv/bin/python benchmarks/bench.py                 # 5, 100, 500 articles, medians of 3 runs
    .venv/bin/python benchmarks/bench.py --quick         # 5 and 50 articles, 1 run: a fast check
    .venv/bin/python benchmarks/bench.py --json bench.json --sources more_articles/

For each corpus size it writes distinct articles recombined from the seeds (and any ``--sources``
folders; see ``corpus.py``), then measures, each as the median of ``--runs`` runs of a fresh process:

- ``build md+json`` and ``build all 4`` (md, html, pdf, json): cold, with a fresh parse cache per run;
- ``floor``: a bare ``nlp.pipe`` over the same texts with the same model, components, processes and
  batch size as the build chose, in a process of its own (interpreter, ``import spacy`` and model
  load included, as they are in a build);
- ``floor+pdf``: the floor plus WeasyPrint rendering the HTML the build produced, in one process;
- ``rebuild``: the md+json build again with nothing changed (warm cache);
- peak RSS: the largest sum over the build's process tree (sampled every 20 ms) of the cold md+json
  builds, and the largest single process (``wait4``).

Targets: md+json <= 1.15x floor at 500 articles; rebuild <= 0.1x the cold build; all four formats on
the seeds <= 1.3x floor+pdf; peak memory at 500 articles < 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

TARGETS = {"md_json_vs_floor": 1.15, "rebuild_vs_cold": 0.10, "all4_vs_floor_pdf": 1.30, "peak_rss_mb": 1500}

FLOOR = r"""
import sys, pathlib
import spacy
model, folder, processes, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
nlp = spacy.load(model)
texts = [p.read_text(encoding="utf-8-sig") for p in sorted(pathlib.Path(folder).glob("*.txt"))]
for doc in nlp.pipe(texts, n_process=processes, batch_size=batch):
    pass
if len(sys.argv) > 5:  # + WeasyPrint rendering the build's HTML
    from weasyprint import HTML
    HTML(string=pathlib.Path(sys.argv[5]).read_text(encoding="utf-8")).write_pdf()
"""


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in kB (0 once they are gone)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as children:
                todo.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def snapshot(work: Path) -> Path:
    """A copy of briefgen's code and templates, so edits made during a long run cannot change it."""
    target = work / "code"
    shutil.copytree(REPO / "briefgen", target / "briefgen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "templates", target / "templates")
    return target


def run(argv: list[str], env: dict | None = None) -> dict:
    """Wall time, peak RSS of the process tree and of its largest process, for one command."""
    started = time.perf_counter()
    cwd = (env or {}).get("PYTHONPATH", REPO)  # the snapshot, so `-m briefgen` imports its copy
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace")
    if proc.returncode:
        raise SystemExit(f"benchmark: {' '.join(argv)} failed ({proc.returncode}):\n{stderr}")
    return {"wall": wall, "tree_mb": peak_tree / 1024, "proc_mb": usage.ru_maxrss / 1024}


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def measure(size: int, corpus: Path, work: Path, runs: int, jobs: int, pdf: bool, code: Path) -> dict:
    """Every figure for one corpus."""
    from briefgen.nlp.pipeline import DEFAULT_MODEL, parse_plan

    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(corpus.glob("*.txt"))]
    processes, batch = parse_plan(texts, jobs, 16)
    py = sys.executable
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(code)}

    def build(formats: str, cache: Path, out: Path) -> dict:
        return run([py, "-m", "briefgen", "build", "--sources", str(corpus), "--out", str(out), "--format", formats,
                    "--quiet", "--jobs", str(jobs), "--cache-dir", str(cache)], env)

    row: dict = {"articles": size, "chars": sum(len(t) for t in texts), "processes": processes, "batch": batch}
    floor = [run([py, "-c", FLOOR, DEFAULT_MODEL, str(corpus), str(processes), str(batch)], env) for _ in range(runs)]
    cold, warm = [], []
    for i in range(runs):
        cache = work / f"cache-{size}-{i}"
        cold.append(build("md,json", cache, work / f"out-{size}"))
        warm.append(build("md,json", cache, work / f"out-{size}"))
        shutil.rmtree(cache, ignore_errors=True)
    row.update(floor_s=median(floor, "wall"), md_json_s=median(cold, "wall"), rebuild_s=median(warm, "wall"),
               peak_rss_mb=max(r["tree_mb"] for r in cold), largest_process_mb=max(r["proc_mb"] for r in cold))
    row["md_json_vs_floor"] = row["md_json_s"] / row["floor_s"]
    row["rebuild_vs_cold"] = row["rebuild_s"] / row["md_json_s"]
    if pdf:
        all4 = []
        for i in range(runs):
            cache = work / f"cache-pdf-{size}-{i}"
            all4.append(build("md,html,pdf,json", cache, work / f"out4-{size}"))
            shutil.rmtree(cache, ignore_errors=True)
        html = work / f"out4-{size}" / "brief.html"
        floor_pdf = [run([py, "-c", FLOOR, DEFAULT_MODEL, str(corpus), str(processes), str(batch), str(html)], env)
                     for _ in range(runs)]
        row.update(all4_s=median(all4, "wall"), floor_pdf_s=median(floor_pdf, "wall"))
        row["all4_vs_floor_pdf"] = row["all4_s"] / row["floor_pdf_s"]
        row["peak_rss_mb"] = max(row["peak_rss_mb"], max(r["tree_mb"] for r in all4))
    return row


COLUMNS = [("corpus", "{}"), ("articles", "{}"), ("procs", "{}"), ("floor_s", "{:.2f}"), ("md_json_s", "{:.2f}"),
           ("md_json_vs_floor", "{:.2f}x"), ("floor_pdf_s", "{:.2f}"), ("all4_s", "{:.2f}"),
           ("all4_vs_floor_pdf", "{:.2f}x"), ("rebuild_s", "{:.2f}"), ("rebuild_vs_cold", "{:.3f}x"),
           ("peak_rss_mb", "{:.0f}")]


def table(rows: list[dict]) -> str:
    """A Markdown table of the rows."""
    header = "| " + " | ".join(name for name, _ in COLUMNS) + " |"
    lines = [header, "|" + "---|" * len(COLUMNS)]
    for row in rows:
        cells = []
        for name, fmt in COLUMNS:
            key = "processes" if name == "procs" else name
            value = row.get(key)
            cells.append("-" if value is None else fmt.format(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def verdicts(rows: list[dict]) -> list[str]:
    """Each target, met or not, from the rows that decide it."""
    out = []
    largest = max(rows, key=lambda r: r["articles"])
    seeds = next((r for r in rows if r["corpus"] == "seeds"), None)
    checks = [
        (f"md+json at {largest['articles']} articles <= {TARGETS['md_json_vs_floor']}x floor",
         largest["md_json_vs_floor"], TARGETS["md_json_vs_floor"]),
        (f"unchanged rebuild at {largest['articles']} articles <= {TARGETS['rebuild_vs_cold']}x cold build",
         largest["rebuild_vs_cold"], TARGETS["rebuild_vs_cold"]),
        (f"peak RSS at {largest['articles']} articles < {TARGETS['peak_rss_mb']} MB",
         largest["peak_rss_mb"], TARGETS["peak_rss_mb"]),
    ]
    if seeds and "all4_vs_floor_pdf" in seeds:
        checks.append((f"seeds, all four formats <= {TARGETS['all4_vs_floor_pdf']}x (floor + WeasyPrint)",
                       seeds["all4_vs_floor_pdf"], TARGETS["all4_vs_floor_pdf"]))
    for text, value, limit in checks:
        out.append(f"{'MET ' if value <= limit else 'MISSED'}  {text}: {value:.3g}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,100,500", help="Corpus sizes (articles), comma-separated.")
    parser.add_argument("--runs", type=int, default=3, help="Runs per measurement (the median is shown).")
    parser.add_argument("--sources", action="append", default=[], help="More folders to draw sentences from.")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the builds (default: cores).")
    parser.add_argument("--pdf-sizes", default="5,100", help="Sizes also built in all four formats.")
    parser.add_argument("--quick", action="store_true", help="Sizes 5 and 50, one run each.")
    parser.add_argument("--json", dest="json_path", help="Also write the results as JSON to this file.")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.runs, args.pdf_sizes = "5,50", 1, "5"
    sys.path.insert(0, str(REPO))
    from briefgen.nlp.pipeline import default_jobs

    jobs = args.jobs or default_jobs()
    folders = [REPO / "seeds", *map(Path, args.sources)]
    pdf_sizes = {int(s) for s in args.pdf_sizes.split(",") if s}
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        work = Path(tmp)
        corpora = [("seeds", len(list((REPO / "seeds").glob("*.txt"))), REPO / "seeds")]
        for size in (int(s) for s in args.sizes.split(",") if s):
            corpora.append((f"mix{size}", size, write_corpus(folders, size, work / f"corpus-{size}")))
        code = snapshot(work)
        for name, size, folder in corpora:
            print(f"benchmark: {name} ({size} articles) ...", file=sys.stderr, flush=True)
            row = measure(size, folder, work, args.runs, jobs, pdf=name == "seeds" or size in pdf_sizes, code=code)
            rows.append({"corpus": name, **row})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(table(rows))
    print()
    for line in verdicts(rows):
        print(line)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps({"jobs": jobs, "runs": args.runs, "cpus": os.cpu_count(),
                                                    "targets": TARGETS, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
