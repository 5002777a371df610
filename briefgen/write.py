"""Atomic output: every file is complete or untouched, never truncated.

The caller renders everything in memory first; here each file goes to a temp file in the output
folder, and only when all temp files are written are they renamed over the targets (``os.replace``).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefgen.errors import BuildError


def _umask_mode() -> int:
    """The mode a plain ``open()`` would give a new file (mkstemp uses 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _write_temp(out_dir: Path, name: str, data: bytes, mode: int, *, durable: bool = True) -> Path:
    """Write ``data`` to a hidden temp file beside the target (flushed to disk when ``durable``)."""
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_atomic(path: Path, data: bytes, *, durable: bool = False) -> None:
    """One file, atomically: a temp file beside it, then ``os.replace``; concurrent writers cannot
    corrupt it. Cache entries use it without ``durable`` (a lost entry is only parsed again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path.parent, path.name, data, _umask_mode(), durable=durable)
    try:
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def as_bytes(content: bytes | str) -> bytes:
    """Text is written as UTF-8 with ``\\n`` line ends, the same on every platform."""
    return content.encode("utf-8") if isinstance(content, str) else bytes(content)


def write_outputs(out_dir: Path, files: dict[str, bytes | str]) -> None:
    """Write ``files`` (name -> content) into ``out_dir`` atomically.

    All temp files are written before any target is replaced, so a failure (disk full, bad name)
    leaves every previous output as it was; temp files are removed on any error.
    """
    out_dir = Path(out_dir)
    for name in files:
        parts = name.split("/")
        if len(parts) > 2 or any(not part or Path(part).name != part or part in (".", "..") for part in parts):
            raise BuildError(f"output name must be a plain file name (or one folder and a name): {name!r}")
    try:
        for folder in sorted({out_dir / name.rpartition("/")[0] for name in files}):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BuildError(f"cannot create output folder {out_dir}: {e}") from e
    for name in files:
        target = out_dir / name
        if (target.exists() or target.is_symlink()) and not target.is_file():
            raise BuildError(f"cannot write {target}: it exists and is not a regular file")
    _remove_stale_temps(out_dir, files)
    mode = _umask_mode()
    temps: dict[str, Path] = {}
    try:
        for name, content in files.items():
            target = out_dir / name
            temps[name] = _write_temp(target.parent, target.name, as_bytes(content), mode)
        for name, tmp in temps.items():
            os.replace(tmp, out_dir / name)
        _fsync_dir(out_dir)
    except OSError as e:
        raise BuildError(f"cannot write outputs in {out_dir}: {e}") from e
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)


def _remove_stale_temps(out_dir: Path, files: dict[str, bytes | str]) -> None:
    """Remove temp files a killed earlier build left (``.brief.md.XXXX.tmp``); only our own pattern."""
    for name in files:
        target = out_dir / name
        for stale in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
            try:
                if stale.is_file() and not stale.is_symlink():
                    stale.unlink()
            except OSError:
                pass  # not ours to worry about; the new write still goes through temp files


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters made literal."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


def _fsync_dir(out_dir: Path) -> None:
    """Flush the renames to disk where the platform allows opening a folder."""
    try:
        fd = os.open(out_dir, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
