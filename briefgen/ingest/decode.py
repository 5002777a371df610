"""Bytes to text: UTF-8, UTF-16/32 with a BOM, else cp1252 or Latin-1 with a note; binary and blank files are skipped."""
from __future__ import annotations

from briefgen.ingest.files import Skip

BINARY_SIGNATURES = (
    b"\x89PNG", b"%PDF-", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b\x08",
    b"\x7fELF",
)


UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


MAX_CONTROL_CHAR_SHARE = 0.05


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
