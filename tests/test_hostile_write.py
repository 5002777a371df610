"""A crash or kill while writing leaves each output either as it was or complete, never truncated,
and no temp files stay behind (a killed build's leftovers are removed by the next write)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from briefgen import write
from briefgen.errors import BuildError
from briefgen.write import write_outputs

OLD = {"brief.md": "old md\n", "brief.html": "<p>old</p>\n", "brief.json": "{\"old\": 1}\n"}
NEW = {"brief.md": "new md\n" * 1000, "brief.html": "<p>new</p>\n" * 1000, "brief.json": "{\"new\": 2}\n"}


def assert_each_old_or_new(folder):
    names = sorted(os.listdir(folder))
    assert names == sorted(OLD), names  # no temp files
    for name in OLD:
        assert (folder / name).read_text() in (OLD[name], NEW[name])


@pytest.fixture
def old(tmp_path):
    write_outputs(tmp_path, OLD)
    return tmp_path


def test_replace_failing_midway(old, monkeypatch):
    real, calls = os.replace, []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(write.os, "replace", flaky)
    with pytest.raises(BuildError, match="Input/output error"):
        write_outputs(old, NEW)
    assert_each_old_or_new(old)


def test_interrupt_while_writing_a_temp_file(old, monkeypatch):
    real_fsync, calls = os.fsync, []

    def interrupted(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(old, NEW)
    assert {n: (old / n).read_text() for n in OLD} == OLD
    assert sorted(os.listdir(old)) == sorted(OLD)


def test_kill_during_replace_then_next_build_cleans_up(old):
    """SIGKILL between the temp writes and the renames: the old outputs stay whole; the stray temp
    files left by the killed process are removed by the next write."""
    code = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from briefgen import write
        write.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        write.write_outputs(Path({str(old)!r}), {NEW!r})
    """)
    proc = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert proc.returncode == -9
    strays = sorted(n for n in os.listdir(old) if n.endswith(".tmp"))
    assert len(strays) == 3 and all(n.startswith(".brief.") for n in strays)
    assert {n: (old / n).read_text() for n in OLD} == OLD
    write_outputs(old, NEW)
    assert sorted(os.listdir(old)) == sorted(OLD)
    assert {n: (old / n).read_text() for n in NEW} == NEW


def test_cleanup_leaves_other_files_alone(old):
    for name in (".other.tmp", ".brief.md.keep", "notes.tmp"):
        (old / name).write_text("mine")
    write_outputs(old, NEW)
    assert sorted(os.listdir(old)) == sorted([*OLD, ".other.tmp", ".brief.md.keep", "notes.tmp"])
