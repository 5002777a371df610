"""Word lists: each shipped once, in its owner's folder; a user's folder extends them."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from support import REPO_ROOT, SEEDS

from briefgen.cli import cli
from briefgen.lexicons import lexicon_dirs, load_lexicon, shipped_lexicon, use_lexicon_dirs
from briefgen.sections.asks_offers.triggers import verb_triggers


def test_every_word_list_is_shipped_once_in_its_owners_folder():
    names = [p.stem for folder in lexicon_dirs() for p in folder.glob("*.txt")]
    assert len(names) == len(set(names))
    assert shipped_lexicon("ask_triggers").parent == REPO_ROOT / "briefgen" / "sections" / "asks_offers" / "data"
    assert shipped_lexicon("future_markers").parent.name == "shared"
    with pytest.raises(LookupError, match="word list 'no_such_list' must be shipped exactly once"):
        load_lexicon("no_such_list")


def test_a_user_folder_extends_a_list_and_the_rules_built_on_it(tmp_path):
    (tmp_path / "ask_triggers.txt").write_text("# mine\nentreat = ask\n", encoding="utf-8")
    assert "entreat" not in verb_triggers()[0]
    try:
        use_lexicon_dirs([tmp_path])
        assert "entreat = ask" in load_lexicon("ask_triggers")
        assert verb_triggers()[0]["entreat"] == "ask"  # a rule's own cache follows the list
        assert "want = ask" in load_lexicon("ask_triggers")  # the shipped words stay
    finally:
        use_lexicon_dirs([])
    assert "entreat" not in verb_triggers()[0]


def test_the_config_lexicons_folder_must_exist(tmp_path):
    config = tmp_path / "briefing.yaml"
    config.write_text(f"sources: {SEEDS}\nout: out\nlexicons: missing\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(config), "--quiet"])
    assert result.exit_code == 2
    assert f"lexicons {tmp_path / 'missing'}: not a folder" in result.output
    assert not (tmp_path / "out").exists()
