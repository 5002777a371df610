"""Fuzz targets: any bytes as a source file or as a config either work or raise briefgen's own error.

Run longer with e.g. ``HYPOTHESIS_MAX_EXAMPLES=5000``; the default keeps the suite fast.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config.schema import Config
from briefgen.config.yaml_loader import load_config
from briefgen.errors import BriefgenError, ConfigError, SourceError
from briefgen.ingest.sources import read_sources

EXAMPLES = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

YAML_PIECES = st.sampled_from([
    "title", "sources", "out", "nlp", "model", "batch_size", "sections", "timeline", "from", "to", "formats",
    "actors", "max_items", "key_points", "count", "- ", ": ", "\n", "  ", "[", "]", "{", "}", ",", "&a ", "*a",
    "!!python/object/apply:os.system ", "!x ", "? ", "<<", "no", "yes", "~", "2023-01-01", "12:30", "1e3", "-1",
    "'", '"', "#", "|", ">", "%YAML 1.1\n", "---\n", "...\n", "\t", "\x00", "\x07", "\ufeff", "é", "\udce9",
])
YAML_LIKE = st.lists(YAML_PIECES, max_size=40).map(lambda parts: "".join(parts).encode("utf-8", "surrogateescape"))

TEXT_PIECES = st.sampled_from([
    b"Kim met Putin. ", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x89PNG",
    b"\xe9", b"\xc3\xa9", b"\x93", b"\xed\xa0\x80", b"# Title\n", b"---\ntitle: x\n---\n", b"  ", b"\x1b[0m",
])
SOURCE_LIKE = st.lists(TEXT_PIECES, max_size=30).map(b"".join)


@FUZZ
@given(st.binary(max_size=400) | YAML_LIKE)
def test_load_config_on_any_bytes(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "briefing.yaml"
        path.write_bytes(data)
        try:
            config, base = load_config(path)
        except ConfigError as error:
            assert str(error).startswith(f"invalid config {path.as_posix()}")
            assert error.exit_code == 2
        else:
            assert isinstance(config, Config) and base == Path(folder).absolute()


@FUZZ
@given(st.binary(max_size=400) | SOURCE_LIKE)
def test_read_sources_on_any_bytes(data):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.txt").write_bytes(data)
        try:
            pairs, warnings = read_sources(folder, Path(folder))
        except SourceError as error:
            assert isinstance(error, BriefgenError)
            assert str(error).startswith("no usable sources in ")
        else:
            [(source, text)] = pairs
            assert text.strip() and source.id == "S1"
            assert all(isinstance(w, str) and "a.txt" in w for w in warnings)
            if source.encoding in ("utf-8", "utf-16", "utf-32", "cp1252", "latin-1"):
                # the text is exactly what the recorded encoding gives (check reads it this way)
                assert data.decode(source.encoding, errors="replace") == text
            else:
                assert source.encoding == "utf-8-sig" and data.decode("utf-8-sig") == text
