"""Hostile source folders: encodings, empty and binary files, huge files, links, FIFOs and devices.

Citation offsets must stay exact against the text as read, whatever the encoding."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.check import check_brief
from briefgen.cli import cli
from briefgen.ingest import files as ingest
from briefgen.ingest.sources import read_sources

STORY = ("Kim Jong Un met Vladimir Putin in Vladivostok on 13 September 2023. "
         "Putin offered help with satellites. Café owners in Seoul said the talks – ‘historic’ – worried them.\n")


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_each_encoding_is_read_and_named(tmp_path):
    write(tmp_path / "a_utf8.txt", STORY.encode("utf-8"))
    write(tmp_path / "b_bom.txt", STORY.encode("utf-8-sig"))
    write(tmp_path / "c_utf16.txt", STORY.encode("utf-16"))
    write(tmp_path / "d_utf16be.txt", b"\xfe\xff" + STORY.encode("utf-16-be"))
    write(tmp_path / "e_cp1252.txt", STORY.encode("cp1252"))
    write(tmp_path / "f_latin1.txt", "Caf\u00e9 \u0081 society met.\n".encode("latin-1"))
    pairs, warnings = read_sources(str(tmp_path), tmp_path)
    assert [s.encoding for s, _ in pairs] == ["utf-8", "utf-8-sig", "utf-16", "utf-16", "cp1252", "latin-1"]
    assert [t for _, t in pairs[:5]] == [STORY] * 5
    root = tmp_path.as_posix()
    assert warnings == [f"{root}/e_cp1252.txt: not valid UTF-8; read as cp1252",
                        f"{root}/f_latin1.txt: not valid UTF-8; read as latin-1"]


def test_mostly_utf8_with_bad_bytes_is_replaced_with_a_warning_naming_the_offset(tmp_path):
    data = STORY.encode("utf-8").replace(b"Seoul", b"Se\xf6ul")  # one Latin-1 byte in UTF-8 text
    offset = data.index(b"\xf6")
    write(tmp_path / "mixed.txt", data)
    (source, text), = read_sources(str(tmp_path), tmp_path)[0]
    assert text == data.decode("utf-8", errors="replace") and "Se\ufffdul" in text and "‘historic’" in text
    assert source.encoding == "utf-8"
    assert read_sources(str(tmp_path), tmp_path)[1] == [
        f"{tmp_path.as_posix()}/mixed.txt: not valid UTF-8 at byte offset {offset}; "
        "read as UTF-8 with 1 invalid byte sequence replaced by U+FFFD"
    ]


def test_broken_utf16_names_the_byte_offset(tmp_path):
    write(tmp_path / "bad16.txt", b"\xff\xfe" + "ok text".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    write(tmp_path / "good.txt", b"Good story.\n")
    pairs, warnings = read_sources(str(tmp_path), tmp_path)
    assert [Path(s.path).name for s, _ in pairs] == ["good.txt"]
    assert warnings == [f"skipped {tmp_path.as_posix()}/bad16.txt: starts with a UTF-16 byte-order mark but is not "
                        "valid UTF-16 (invalid bytes at byte offset 16)"]


def build(sources: Path, out: Path, *extra: str):
    return CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(out),
                                    "--format", "md,json", *extra])


def test_citations_stay_exact_in_every_encoding(tmp_path):
    """One story saved five ways: every citation of the build checks out against its file."""
    src = tmp_path / "in"
    write(src / "a.txt", STORY.encode("utf-8"))
    write(src / "b.txt", ("Title line\r\n\r\n" + STORY.replace("\n", "\r\n")).encode("utf-8-sig"))
    write(src / "c.txt", STORY.encode("utf-16"))
    write(src / "d.txt", STORY.encode("cp1252"))
    write(src / "e.txt", STORY.encode("utf-8").replace(b"Seoul", b"Se\xf6ul"))
    result = build(src, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"warning: {(src / 'd.txt').as_posix()}: not valid UTF-8; read as cp1252" in result.output
    assert "e.txt: not valid UTF-8 at byte offset" in result.output
    import json

    brief = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))
    cited = {c["source"] for items in brief["sections"].values() for item in items for c in item["citations"]}
    assert cited == {"S1", "S2", "S3", "S4", "S5"}
    assert check_brief(tmp_path / "out") == []


def test_empty_blank_and_binary_files_are_named_and_nothing_written(tmp_path):
    src = tmp_path / "in"
    write(src / "empty.txt", b"")
    write(src / "blank.md", b" \r\n\t \n")
    write(src / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(src / "nul.txt", b"text\x00with nul")
    write(src / "controls.txt", bytes(range(1, 9)) * 10 + b"a")
    write(src / "bom_only.txt", b"\xef\xbb\xbf")
    out = tmp_path / "out"
    result = build(src, out)
    assert result.exit_code == 1
    root = src.as_posix()
    assert result.output.strip().splitlines()[-1] == (
        f"error: no usable sources in {root}/ (6 skipped: blank.md: empty or only whitespace; bom_only.txt: empty or "
        "only whitespace; controls.txt: binary file, not text; empty.txt: empty or only whitespace; nul.txt: binary "
        "file, not text; photo.txt: binary file, not text)")
    assert not out.exists()


def test_skipped_files_are_named_in_warnings_of_a_good_build(tmp_path):
    src = tmp_path / "in"
    write(src / "good.txt", STORY.encode())
    write(src / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    result = build(src, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"warning: skipped {src.as_posix()}/photo.txt: binary file, not text" in result.output


def test_huge_file_is_skipped_before_it_is_opened(tmp_path, monkeypatch):
    write(tmp_path / "huge.txt", b"x" * 2000)
    write(tmp_path / "ok.txt", b"Fine story.\n")
    opened = []
    real_open = os.open
    monkeypatch.setattr(ingest.os, "open", lambda path, *a, **k: (opened.append(Path(path).name), real_open(path, *a, **k))[1])
    pairs, warnings = read_sources(str(tmp_path), tmp_path, max_file_bytes=1000)
    assert opened == ["ok.txt"]
    assert warnings == [f"skipped {tmp_path.as_posix()}/huge.txt: larger than max_file_bytes (2000 > 1000 bytes)"]


def test_max_file_bytes_comes_from_the_config(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt", STORY.encode() * 3)
    write(src / "b.txt", STORY.encode())
    config = tmp_path / "briefing.yaml"
    config.write_text(f"sources: in\nout: out\nformats: [json]\nmax_file_bytes: {len(STORY.encode()) + 10}\n")
    result = CliRunner().invoke(cli, ["build", str(config)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "a.txt: larger than max_file_bytes" in result.output


def test_links_fifos_and_devices_are_skipped_without_blocking(tmp_path):
    src = tmp_path / "in"
    good = write(src / "good.txt", STORY.encode())
    outside = write(tmp_path / "outside" / "secret.txt", b"Secret story from outside.\n")
    os.symlink(outside, src / "link.txt")
    os.symlink(outside.parent, src / "linked_folder")
    os.symlink(tmp_path / "nowhere.txt", src / "dangling.txt")
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(out=read_sources(str(src), tmp_path)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "reading the sources blocked"
    pairs, warnings = result["out"]
    assert [s.path for s, _ in pairs] == [good.as_posix()]
    root = src.as_posix()
    assert warnings == [
        f"skipped {root}/dangling.txt: symbolic link (not followed)",
        f"skipped {root}/link.txt: symbolic link (not followed)",
        f"skipped {root}/linked_folder: symbolic link (not followed)",
        f"skipped {root}/pipe.txt: named pipe (FIFO), not a regular file",
        f"skipped {root}/zero.txt: symbolic link (not followed)",
    ]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero", "/dev/urandom"])
def test_a_device_named_directly_is_skipped(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    from briefgen.errors import SourceError

    with pytest.raises(SourceError, match="no usable sources"):
        read_sources(device, Path("/"))
    assert ingest.read_regular_file.__doc__  # the check happens on lstat, before any read


def test_device_reason(tmp_path):
    with pytest.raises(ingest.Skip, match="device, not a regular file"):
        ingest.read_regular_file(Path("/dev/null"), 100)
