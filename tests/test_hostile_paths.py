"""Output and template paths that would destroy or pollute an input are refused before rendering."""
from __future__ import annotations

import os

import pytest

from briefgen.errors import UsageError
from briefgen.paths import check_output_path, check_template_dir


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("A.\n")
    (tmp_path / "seeds" / "brief.md").write_text("An article called brief.md.\n")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "briefing.yaml").write_text("title: x\n")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "brief.md.j2").write_text("# x\n")
    return tmp_path


def check(tree, out, **kw):
    args = dict(inputs=[tree / "seeds"], config_path=tree / "config" / "briefing.yaml", template_dirs=[tree / "tpl"])
    args.update(kw)
    return check_output_path(out, **args)


def test_ordinary_layouts_pass(tree):
    assert check(tree, tree / "out") == (tree / "out").resolve()
    assert check(tree, tree) == tree.resolve()  # out beside config/ and seeds/ is fine
    assert check(tree, tree / "config" / "out") == (tree / "config" / "out").resolve()  # under the config's folder


@pytest.mark.parametrize("out, message", [
    ("seeds", "output folder {out} is inside the sources folder"),
    ("seeds/out", "output folder {out} is inside the sources folder"),
    ("seeds/../seeds/sub/deeper", "output folder {out} is inside the sources folder"),
    ("tpl", "output folder {out} is inside the template folder"),
    ("tpl/x", "output folder {out} is inside the template folder"),
    ("config/briefing.yaml", "output folder {out} is the config file"),
])
def test_output_inside_an_input_is_refused(tree, out, message):
    with pytest.raises(UsageError, match="^" + message.format(out=str(tree / out)).replace("(", r"\(")):
        check(tree, tree / out)


def test_output_file_overwriting_a_source_file(tree):
    with pytest.raises(UsageError, match=r"output file .*brief\.md would overwrite the source file"):
        check(tree, tree / "seeds", inputs=[tree / "seeds" / "brief.md"])


def test_output_file_overwriting_the_config(tree):
    (tree / "brief.json").write_text("{}")
    with pytest.raises(UsageError, match=r"brief\.json would overwrite the config file"):
        check(tree, tree, config_path=tree / "brief.json")


def test_output_folder_equal_to_a_source_file(tree):
    with pytest.raises(UsageError, match=r"is the source file"):
        check(tree, tree / "seeds" / "a.txt", inputs=[tree / "seeds" / "a.txt"])


def test_symlinked_output_folder_into_the_sources_is_refused(tree):
    os.symlink(tree / "seeds", tree / "sneaky")
    with pytest.raises(UsageError, match="inside the sources folder"):
        check(tree, tree / "sneaky" / "out")


def test_output_file_named_after_a_template(tree):
    (tree / "tpl" / "brief.md").write_text("x")
    with pytest.raises(UsageError, match="inside the template folder"):
        check(tree, tree / "tpl")


def test_usage_error_exit_code_is_2(tree):
    with pytest.raises(UsageError) as raised:
        check(tree, tree / "seeds")
    assert raised.value.exit_code == 2


def test_template_dir_checks(tree):
    assert check_template_dir(tree / "tpl") == (tree / "tpl").resolve()
    with pytest.raises(UsageError, match=r"^template folder not found: .*nope \(named in c\.yaml\)$"):
        check_template_dir(tree / "nope", "c.yaml")
    with pytest.raises(UsageError, match="^template folder is not a folder"):
        check_template_dir(tree / "tpl" / "brief.md.j2")


def test_template_symlink_out_is_refused_and_inside_is_fine(tree):
    (tree / "tpl" / "sections").mkdir()
    os.symlink(tree / "tpl" / "brief.md.j2", tree / "tpl" / "sections" / "same.md.j2")
    check_template_dir(tree / "tpl")
    os.symlink("/etc/passwd", tree / "tpl" / "sections" / "actors.md.j2")
    with pytest.raises(UsageError, match=r"template .*actors\.md\.j2 is a symbolic link out of the template folder"):
        check_template_dir(tree / "tpl")


def test_template_folder_symlinked_out_is_refused(tree):
    os.symlink(tree / "seeds", tree / "tpl" / "sections")
    with pytest.raises(UsageError, match=r"sections is a symbolic link out"):
        check_template_dir(tree / "tpl")


def test_template_folder_itself_may_be_a_symlink(tree):
    os.symlink(tree / "tpl", tree / "tpl_link")
    assert check_template_dir(tree / "tpl_link") == (tree / "tpl").resolve()
