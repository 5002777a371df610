"""Reading source files: which files, in what order, as what text, and which to skip (and why).

The text returned is exactly what citation offsets index into, so it is the decoded file with
only a UTF-8 byte-order mark removed: no newline or whitespace normalisation.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
import stat
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.model.source import Source
from briefgen.pubdate import is_header_line, parse_date

SOURCE_SUFFIXES = {".txt", ".md"}
GLOB_CHARS = re.compile(r"[*?\[]")
BINARY_SIGNATURES = (
    b"\x89PNG", b"%PDF-", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b\x08",
    b"\x7fELF",
)
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_CONTROL_CHAR_SHARE = 0.05
MAX_TITLE_CHARS = 200
MAX_PERIOD_TITLE_WORDS = 12
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


class Skip(Exception):
    """A file that cannot be used; the message says why and is shown to the user."""


def read_sources(
    spec: str, base: Path, max_file_bytes: int = 5_000_000
) -> tuple[list[tuple[Source, str]], list[str]]:
    """Read every usable source named by ``spec`` as (Source, text) pairs, plus warnings.

    ``spec`` is a folder, a file or a glob, relative to ``base`` (the config file's folder) unless
    absolute. Unusable files are skipped with a warning rather than failing the whole build; a
    build with nothing usable fails with ``SourceError``.
    """
    paths = _expand(spec, base)
    if not paths:
        raise SourceError(f"no .txt or .md files in {_display_spec(spec, base)}")
    pairs: list[tuple[Source, str]] = []
    warnings: list[str] = []
    for path in paths:
        shown = display_path(path)
        try:
            data = _read_regular_file(path, max_file_bytes)
            text, encoding, note = decode_noted(data)
        except Skip as why:
            warnings.append(f"skipped {shown}: {why}")
            continue
        if encoding in ("cp1252", "latin-1"):
            warnings.append(f"{shown}: not valid UTF-8; read as {encoding}")
        if note:
            warnings.append(f"{shown}: {note}")
        source = Source(
            id=f"S{len(pairs) + 1}",
            path=shown,
            title=find_title(text),
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=encoding,
        )
        pairs.append((source, text))
    if not pairs:
        raise SourceError(f"no usable sources in {_display_spec(spec, base)} ({len(paths)} skipped)")
    return pairs, warnings


def display_path(path: Path) -> str:
    """``path`` in POSIX form, relative to the working directory when it lies below it.

    Relative paths keep ``brief.json`` identical across checkouts in different folders.
    """
    normal = Path(os.path.normpath(path))
    try:
        return normal.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return normal.as_posix()


def _display_spec(spec: str, base: Path) -> str:
    shown = display_path(_under(spec, base))
    return shown + "/" if _under(spec, base).is_dir() and not shown.endswith("/") else shown


def _under(spec: str, base: Path) -> Path:
    path = Path(spec).expanduser()
    return path if path.is_absolute() else base / path


def _expand(spec: str, base: Path) -> list[Path]:
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
    """``.txt``/``.md`` files below ``folder``, by POSIX path; symlinked folders are listed (to be
    skipped with a warning), not followed."""
    found = []
    for root, dirs, files in os.walk(folder):
        found.extend(Path(root, name) for name in dirs if Path(root, name).is_symlink())
        for name in files:
            if Path(name).suffix.lower() in SOURCE_SUFFIXES:
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _read_regular_file(path: Path, max_file_bytes: int) -> bytes:
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


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding used; raises ``Skip`` for binary or blank files.

    UTF-8 (BOM removed) and UTF-16/32 with a BOM are read as such; anything else is read as
    cp1252 (the usual legacy encoding of English web text), and the caller warns about it.
    """
    text, encoding, _ = decode_noted(data)
    return text, encoding


def decode_noted(data: bytes) -> tuple[str, str, str | None]:
    """:func:`decode` plus a note for the user when bytes had to be replaced.

    UTF-8 with a few invalid bytes (a file pasted together from several sources) is read as
    UTF-8 with each invalid sequence replaced by U+FFFD, exactly as ``bytes.decode("utf-8",
    errors="replace")`` does, so tools that read the file that way see the same offsets; the note
    gives the byte offset of the first invalid byte.
    """
    note = None
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode_or_skip(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith(UTF32_BOMS):
        text, encoding = _decode_or_skip(data, "utf-32"), "utf-32"
    elif data.startswith(UTF16_BOMS):
        text, encoding = _decode_or_skip(data, "utf-16"), "utf-16"
    else:
        _check_not_binary(data)
        text, encoding, note = _decode_legacy(data)
    _check_text(text)
    return text, encoding, note


def _decode_or_skip(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise Skip(
            f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
            f"(invalid bytes at byte offset {error.start + _bom_length(encoding)})"
        ) from None


def _bom_length(encoding: str) -> int:
    return 3 if encoding == "utf-8" else 0


def _decode_legacy(data: bytes) -> tuple[str, str, str | None]:
    """UTF-8; else UTF-8 with replacement when the file is mostly UTF-8; else cp1252, else Latin-1."""
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as error:
        first_bad = error.start
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= invalid:
        return replaced, "utf-8", (
            f"not valid UTF-8 at byte offset {first_bad}; read as UTF-8 with {invalid} invalid "
            f"byte sequence{'s' if invalid != 1 else ''} replaced by U+FFFD"
        )
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding, None
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _check_not_binary(data: bytes) -> None:
    if b"\x00" in data or data.startswith(BINARY_SIGNATURES):
        raise Skip("binary file, not text")


def _check_text(text: str) -> None:
    if not text.strip():
        raise Skip("empty or only whitespace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > MAX_CONTROL_CHAR_SHARE * len(text):
        raise Skip("binary file, not text")


def find_title(text: str) -> str | None:
    """The title the text gives itself: front matter ``title:``, a ``# heading`` or a headline.

    A headline is a short first line standing alone (not a date, not a paragraph). None when the
    text starts straight into the story, so a sentence is never mistaken for a title.
    """
    front = FRONT_MATTER.match(text)
    if front:
        match = FRONT_MATTER_TITLE.search(front.group("body"))
        if match and match.group("value").strip("'\" "):
            return match.group("value").strip().strip("'\"").strip()
        text = text[front.end():]
    lines = text.lstrip().splitlines(keepends=True)
    while len(lines) > 1 and (is_header_line(lines[0]) or not lines[0].strip()):
        lines = lines[1:]  # a byline or date line above the headline
    if len(lines) < 2 or not lines[0].rstrip("\r\n").strip():
        return None
    first = lines[0].strip()
    heading = re.match(r"#{1,6}\s+(.+?)\s*#*\s*$", first)
    if heading:
        return heading.group(1).strip() or None
    return first if _looks_like_headline(first) else None


def _looks_like_headline(line: str) -> bool:
    if len(line) >= MAX_TITLE_CHARS or line.lower().startswith("date "):
        return False
    if SENTENCE_BREAK.search(line):
        return False
    if line.endswith(".") and len(line.split()) > MAX_PERIOD_TITLE_WORDS:
        return False
    parsed = parse_date(line)
    return not (parsed and len(line.replace(parsed[1], "").strip(" ,.|-")) < 12)
