"""The new readers are registered once each, and none of their libraries loads until a file is read."""
from __future__ import annotations

import subprocess
import sys

from support import REPO_ROOT

from briefgen.ingest.readers import known_suffixes, readers


def test_every_kind_has_one_reader():
    expected = {".docx", ".eml", ".htm", ".html", ".json", ".jsonl", ".md", ".pdf", ".txt"}
    assert expected <= set(known_suffixes())
    names = [r.name for r in readers().values()]
    for name in ("text", "html", "news-please", "pdf", "docx", "email"):
        assert name in names


def test_libraries_load_only_when_a_file_is_read():
    script = ("import sys\n"
              "from briefgen.ingest.readers import readers\n"
              "readers()\n"
              "heavy = ('trafilatura', 'htmldate', 'lxml', 'pypdf', 'docx')\n"
              "print(sorted(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=REPO_ROOT)
    assert out.stdout.strip() == "[]"
