"""Atomic writes: a file is complete or untouched; no temp files are left behind."""
from __future__ import annotations

import os

import pytest

from briefgen.errors import BuildError
from briefgen.write import write_outputs


def test_writes_text_and_bytes(tmp_path):
    out = tmp_path / "new" / "out"
    write_outputs(out, {"brief.md": "héllo\n", "brief.pdf": b"%PDF-1.7"})
    assert (out / "brief.md").read_bytes() == "héllo\n".encode()
    assert (out / "brief.pdf").read_bytes() == b"%PDF-1.7"
    assert sorted(p.name for p in out.iterdir()) == ["brief.md", "brief.pdf"]


def test_replaces_existing_files_with_normal_mode(tmp_path):
    (tmp_path / "brief.md").write_text("old")
    write_outputs(tmp_path, {"brief.md": "new"})
    assert (tmp_path / "brief.md").read_text() == "new"
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "brief.md").stat().st_mode & 0o777 == 0o666 & ~mask


def test_failure_leaves_old_outputs_and_no_temp_files(tmp_path, monkeypatch):
    (tmp_path / "brief.md").write_text("old md")
    (tmp_path / "brief.html").write_text("old html")
    real_fdopen = os.fdopen
    calls = []

    def failing_fdopen(fd, *args, **kwargs):
        calls.append(fd)
        if len(calls) == 2:
            os.close(fd)
            raise OSError(28, "No space left on device")
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    with pytest.raises(BuildError, match="No space left on device"):
        write_outputs(tmp_path, {"brief.md": "new md", "brief.html": "new html"})
    assert (tmp_path / "brief.md").read_text() == "old md"
    assert (tmp_path / "brief.html").read_text() == "old html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html", "brief.md"]


def test_rejects_paths_as_names(tmp_path):
    with pytest.raises(BuildError, match="plain file name"):
        write_outputs(tmp_path, {"../escape.md": "x"})
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_build_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BuildError, match="cannot create output folder"):
        write_outputs(blocker / "out", {"brief.md": "x"})
