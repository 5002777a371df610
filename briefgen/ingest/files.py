"""Which files a sources spec names, in what order, and which to skip (and why) before reading them."""
from __future__ import annotations

import glob
import os
import re
import stat
from pathlib import Path

from briefgen.errors import SourceError

GLOB_CHARS = re.compile(r"[*?\[]")


class Skip(Exception):
    """A file that cannot be used; the message says why and is shown to the user."""


def display_path(path: Path) -> str:
    """``path`` in POSIX form, relative to the working directory when it lies below it.

    Relative paths keep ``brief.json`` identical across checkouts in different folders.
    """
    normal = Path(os.path.normpath(path))
    try:
        return normal.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return normal.as_posix()


def display_spec(spec: str, base: Path) -> str:
    shown = display_path(_under(spec, base))
    return shown + "/" if _under(spec, base).is_dir() and not shown.endswith("/") else shown


def _under(spec: str, base: Path) -> Path:
    path = Path(spec).expanduser()
    return path if path.is_absolute() else base / path


def expand_spec(spec: str, base: Path) -> list[Path]:
    """The candidate files named by ``spec``, in a deterministic order."""
    target = _under(spec, base)
    if GLOB_CHARS.search(spec) and not target.exists():
        matches = sorted(glob.glob(str(target), recursive=True))
        if not matches:
            raise SourceError(f"no files match {display_path(target)}")
        return [p for match in matches for p in _expand_one(Path(match))]
    if not os.path.lexists(target):
        raise SourceError(f"sources not found: {display_path(target)}")
    return _expand_one(target)


def _expand_one(path: Path) -> list[Path]:
    if path.is_dir():
        return _folder_files(path)
    return [path]


def _folder_files(folder: Path) -> list[Path]:
    """Every file below ``folder`` but hidden ones (``.DS_Store``), by POSIX path: those of a kind no
    reader reads are skipped with a warning that names them; symlinked folders are listed (to be
    skipped with a warning), not followed."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root, name) for name in dirs if Path(root, name).is_symlink())
        for name in files:
            if not name.startswith("."):
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def read_regular_file(path: Path, max_file_bytes: int) -> bytes:
    """The bytes of ``path`` if it is a regular file within the size limit.

    The type and size are checked before opening: opening a FIFO would block and reading a huge
    file would waste memory. The checks are repeated on the open handle in case the file changed.
    """
    info = os.lstat(path)
    _check_kind(info)
    _check_size(info.st_size, max_file_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise Skip(f"cannot open ({error.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        _check_kind(info)
        _check_size(info.st_size, max_file_bytes)
        data = handle.read(max_file_bytes + 1)
    _check_size(len(data), max_file_bytes)
    return data


def _check_kind(info: os.stat_result) -> None:
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        raise Skip("symbolic link (not followed)")
    if stat.S_ISFIFO(mode):
        raise Skip("named pipe (FIFO), not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise Skip("device, not a regular file")
    if stat.S_ISDIR(mode):
        raise Skip("folder, not a file")
    if not stat.S_ISREG(mode):
        raise Skip("not a regular file")


def _check_size(size: int, max_file_bytes: int) -> None:
    if size > max_file_bytes:
        raise Skip(f"larger than max_file_bytes ({size} > {max_file_bytes} bytes)")
