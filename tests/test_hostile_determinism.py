"""Same inputs, different process: shuffled file creation order, another PYTHONHASHSEED, TZ and
locale give byte-identical md, html and json, and (with SOURCE_DATE_EPOCH) an identical PDF."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys

from support import SEEDS


def copy_seeds(folder, order):
    """The seeds copied into folder/seeds, files created in the given order (so listing order differs)."""
    target = folder / "seeds"
    target.mkdir(parents=True)
    for path in order:
        shutil.copyfile(path, target / path.name)
    return target


def test_builds_are_byte_identical_across_processes(tmp_path):
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    runs = {
        "a": (files, {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}),
        "b": (shuffled[::-1], {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Kiritimati", "LC_ALL": "C", "LANG": "C"}),
    }
    procs = {}
    for name, (order, env_extra) in runs.items():
        folder = tmp_path / name
        copy_seeds(folder, order)
        env = {**os.environ, **env_extra, "SOURCE_DATE_EPOCH": "1700000000"}
        env.pop("BRIEFGEN_CACHE_DIR", None)
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "briefgen", "build", "--sources", "seeds", "--out", "out",
             "--format", "md,html,json,pdf", "--quiet"],
            cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for name, proc in procs.items():
        output, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, output.decode(errors="replace")
    for out_name in ("brief.md", "brief.html", "brief.json", "brief.pdf"):
        a = (tmp_path / "a" / "out" / out_name).read_bytes()
        b = (tmp_path / "b" / "out" / out_name).read_bytes()
        assert a == b, f"{out_name} differs between the two builds"
    assert b"seeds/000_" in (tmp_path / "a" / "out" / "brief.json").read_bytes()  # ids follow sorted paths
