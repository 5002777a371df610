"""Which files become sources, as what exact text, and the warnings for those that cannot."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from support import SEEDS

from briefgen.errors import SourceError
from briefgen.ingest.sources import read_sources
from briefgen.ingest.titles import find_title


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_seeds_ids_paths_titles(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    pairs, warnings = read_sources("../seeds", SEEDS.parent / "config")
    assert warnings == []
    assert [(s.id, s.path) for s, _ in pairs] == [
        ("S1", "seeds/000_d7aec5b255a6d083.txt"),
        ("S2", "seeds/001_e7c140906c3b3892.txt"),
        ("S3", "seeds/002_fd2b0b589cd7467c.txt"),
        ("S4", "seeds/003_4660a64cbfdd3097.txt"),
        ("S5", "seeds/004_e35c9ebd83ed4405.txt"),
    ]
    assert [s.title for s, _ in pairs] == [
        "North Korea, Russia to meet in Moscow to actively advance arms negotiations: US",
        None,
        None,
        None,
        None,
    ]
    first, text = pairs[0]
    raw = (SEEDS / "000_d7aec5b255a6d083.txt").read_bytes()
    assert text == raw.decode("utf-8")
    assert first.sha256 == hashlib.sha256(raw).hexdigest()
    assert first.encoding == "utf-8"


def test_folder_is_recursive_and_sorted_by_posix_path(tmp_path):
    write(tmp_path / "b.txt", "B story\n\nBody b.\n")
    write(tmp_path / "a" / "z.md", "# A heading\n\nBody.\n")
    write(tmp_path / "a.txt", "Body a only.\n")
    write(tmp_path / "notes.csv", "x,y\n")
    pairs, warnings = read_sources(str(tmp_path), Path("/unused"))
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s, _ in pairs] == ["a.txt", "a/z.md", "b.txt"]
    assert [s.id for s, _ in pairs] == ["S1", "S2", "S3"]
    assert pairs[1][0].title == "A heading"
    assert warnings == [f"skipped {(tmp_path / 'notes.csv').as_posix()}: no reader for .csv "
                        "(read: .docx, .eml, .htm, .html, .json, .jsonl, .md, .pdf, .txt)"]


def test_single_file_and_glob_relative_to_base(tmp_path):
    write(tmp_path / "in" / "one.txt", "One.\n")
    write(tmp_path / "in" / "two.txt", "Two.\n")
    pairs, _ = read_sources("in/two.txt", tmp_path)
    assert [s.path for s, _ in pairs] == [(tmp_path / "in" / "two.txt").as_posix()]
    pairs, _ = read_sources("in/*.txt", tmp_path)
    assert [Path(s.path).name for s, _ in pairs] == ["one.txt", "two.txt"]


def test_text_is_kept_exactly_and_bom_removed(tmp_path):
    raw = "\ufeffHeadline\r\n\r\n  Body  with\tspaces.\r\n".encode("utf-8")
    write(tmp_path / "bom.txt", raw)
    (source, text), = read_sources(str(tmp_path), tmp_path)[0]
    assert text == "Headline\r\n\r\n  Body  with\tspaces.\r\n"
    assert source.encoding == "utf-8-sig"
    assert source.sha256 == hashlib.sha256(raw).hexdigest()


def test_utf16_with_bom(tmp_path):
    write(tmp_path / "u16.txt", "Kim–Putin talks\n\nBody.\n".encode("utf-16"))
    (source, text), = read_sources(str(tmp_path), tmp_path)[0]
    assert text == "Kim–Putin talks\n\nBody.\n"
    assert source.encoding == "utf-16"


def test_cp1252_is_read_with_a_warning(tmp_path):
    write(tmp_path / "old.txt", b"Caf\xe9 \x93quoted\x94\n")
    pairs, warnings = read_sources(str(tmp_path), tmp_path)
    assert pairs[0][1] == "Café “quoted”\n"
    assert pairs[0][0].encoding == "cp1252"
    assert warnings == [f"{tmp_path.as_posix()}/old.txt: not valid UTF-8; read as cp1252"]


def test_unusable_files_are_skipped_with_reasons(tmp_path):
    good = write(tmp_path / "good.txt", "Good story.\n")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.txt", "  \n\t\n")
    write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    write(tmp_path / "nul.md", b"abc\x00def")
    write(tmp_path / "huge.txt", "x" * 101)
    os.symlink(good, tmp_path / "link.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    pairs, warnings = read_sources(str(tmp_path), tmp_path, max_file_bytes=100)
    root = tmp_path.as_posix()
    assert [s.path for s, _ in pairs] == [f"{root}/good.txt"]
    assert warnings == [
        f"skipped {root}/blank.txt: empty or only whitespace",
        f"skipped {root}/empty.txt: empty or only whitespace",
        f"skipped {root}/huge.txt: larger than max_file_bytes (101 > 100 bytes)",
        f"skipped {root}/image.txt: binary file, not text",
        f"skipped {root}/link.txt: symbolic link (not followed)",
        f"skipped {root}/nul.md: binary file, not text",
        f"skipped {root}/pipe.txt: named pipe (FIFO), not a regular file",
    ]


def test_no_usable_sources_is_an_error(tmp_path, monkeypatch):
    write(tmp_path / "seeds" / "a.txt", "")
    write(tmp_path / "seeds" / "b.txt", " \n")
    write(tmp_path / "seeds" / "c.md", b"\x00")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SourceError) as raised:
        read_sources("seeds", tmp_path)
    assert str(raised.value) == ("no usable sources in seeds/ (3 skipped: a.txt: empty or only whitespace; "
                                 "b.txt: empty or only whitespace; c.md: binary file, not text)")


def test_missing_and_empty_specs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="^sources not found: nowhere$"):
        read_sources("nowhere", tmp_path)
    with pytest.raises(SourceError, match="^no files match nowhere/\\*.txt$"):
        read_sources("nowhere/*.txt", tmp_path)
    with pytest.raises(SourceError, match=r"^no files in empty/ \(read: \.docx, .*\.txt\)$"):
        read_sources("empty", tmp_path)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("North Korea, Russia to meet: US\n\nSep 05, 2023\n\nBody.", "North Korea, Russia to meet: US"),
        ("# Heading here #\nBody.", "Heading here"),
        ("---\ntitle: \"From front matter\"\n---\n# Other\nBody.", "From front matter"),
        (" date 2023-09-05 As tensions rise, talks go on.\n\nMore.", None),
        ("Sep 05, 2023\n\nBody.", None),
        ("Kim will visit. Putin will host him in the east of the country.\nMore.", None),
        ("A" * 250 + "\nMore.", None),
        ("Only one line without a break", None),
    ],
)
def test_find_title(text, title):
    assert find_title(text) == title
