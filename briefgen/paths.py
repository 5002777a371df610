"""Where briefgen may write and read templates: checks run before anything is rendered.

The paths a user gives (config, ``--sources``, ``--out``, ``templates:``) are trusted to name the
folders the user means, absolute or ``../`` included. What is refused is a combination that would
destroy or pollute an input:

- the output folder equal to, or inside, a sources folder or a template folder (the next build
  would read ``brief.md`` as an article, or the brief would land among the templates);
- an output file (``brief.md`` …) that is a source file, the config file or a template file;
- the output folder equal to the config file or a source file.

Paths are compared after resolving symlinks (``Path.resolve``), so a symlinked output folder that
points into the sources is refused too. A template folder must be a folder, and every file in it
must stay inside it once symlinks are resolved: a symlink out (to ``/etc/passwd``, say) is refused,
since a template could otherwise ``{% include %}`` any file the user can read into the brief.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefgen.errors import UsageError

OUTPUT_NAMES = ("brief.md", "brief.html", "brief.pdf", "brief.json")


def _real(path: Path | str) -> Path:
    """``path`` absolute with every existing symlink resolved (the rest kept as written)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _inside(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies below it (both already resolved)."""
    return path == folder or folder in path.parents


def check_output_path(
    out_dir: Path | str,
    inputs: Sequence[Path | str],
    config_path: Path | str | None = None,
    template_dirs: Iterable[Path | str] = (),
    names: Iterable[str] = OUTPUT_NAMES,
) -> Path:
    """The resolved output folder, or ``UsageError`` when writing there would hit an input.

    ``inputs`` are the source locations: the sources folder (or file, or each matched file) and,
    when known, every source file read. ``names`` are the output file names to be written.
    """
    out = _real(out_dir)
    names = list(names)
    targets = {_real(out / name): name for name in names}
    for given in inputs:
        source = _real(given)
        if source.is_dir():
            if _inside(out, source):
                raise UsageError(
                    f"output folder {out_dir} is inside the sources folder {given}; the next build would read "
                    "the brief as an article. Choose another --out"
                )
        elif source == out:
            raise UsageError(f"output folder {out_dir} is the source file {given}")
        elif source in targets:
            raise UsageError(f"output file {out / targets[source]} would overwrite the source file {given}")
    if config_path is not None:
        config = _real(config_path)
        if config == out:
            raise UsageError(f"output folder {out_dir} is the config file {config_path}")
        if config in targets:
            raise UsageError(f"output file {out / targets[config]} would overwrite the config file {config_path}")
    for folder in template_dirs:
        templates = _real(folder)
        if _inside(out, templates):
            raise UsageError(f"output folder {out_dir} is inside the template folder {folder}; choose another --out")
        for target, name in targets.items():
            if _inside(target, templates):
                raise UsageError(f"output file {out / name} would overwrite a file in the template folder {folder}")
    return out


def check_template_dir(template_dir: Path | str, config_path: Path | str | None = None) -> Path:
    """The resolved template folder, or ``UsageError`` when it is missing or a file escapes it.

    Every file below the folder must resolve (symlinks followed) to a place inside the folder;
    symlinked sub-folders pointing out are refused the same way. ``config_path`` is only used in
    the message, to say which config named the folder.
    """
    named = f" (named in {config_path})" if config_path else ""
    root = _real(template_dir)
    if not root.exists():
        raise UsageError(f"template folder not found: {template_dir}{named}")
    if not root.is_dir():
        raise UsageError(f"template folder is not a folder: {template_dir}{named}")
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            entry = Path(dirpath, name)
            if entry.is_symlink() and not _inside(_real(entry), root):
                shown = Path(template_dir) / entry.relative_to(root)
                raise UsageError(
                    f"template {shown} is a symbolic link out of the template folder {template_dir}{named} "
                    f"(to {os.readlink(entry)}); copy the file in instead"
                )
    return root
