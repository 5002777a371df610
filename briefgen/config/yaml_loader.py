"""Loading a ``briefing.yaml``: safe YAML only (no tags, anchors, aliases, merge or duplicate keys),
the line of every key, and the YAML 1.1 surprises (``title: no``) to explain; then validation."""
from __future__ import annotations

from pathlib import Path

import yaml

from briefgen.config.messages import KeyPath, validate
from briefgen.config.schema import Config
from briefgen.errors import ConfigError

DEFAULT_CONFIG_PATH = Path("config/briefing.yaml")




def load_config(path: Path | None) -> tuple[Config, Path]:
    """The validated config and the folder its relative paths are resolved against.

    With no path, ``config/briefing.yaml`` is used when it exists; otherwise the built-in defaults
    apply with the working folder as base, so ``briefgen build --sources DIR`` works anywhere.
    Every problem in the file is reported at once in ``ConfigError``, each with file and line.
    """
    if path is None:
        if not DEFAULT_CONFIG_PATH.is_file():
            return Config(), Path.cwd()
        path = DEFAULT_CONFIG_PATH
    shown = path.as_posix()
    data, lines, plain = _read_yaml(path, shown)
    if data is None:
        return Config(), path.absolute().parent
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"'{data}'"
        raise ConfigError(f"invalid config {shown}", [
            f"{shown}:1: the top level must be a mapping of options (key: value), not {kind}"
        ])
    return validate(data, lines, shown, plain), path.absolute().parent


def _read_yaml(path: Path, shown: str) -> tuple[object, dict[KeyPath, int], dict[KeyPath, tuple[str, str]]]:
    """The plain data of a YAML file, the line of every key and the unquoted non-text scalars.

    Unsafe YAML features (tags, anchors, aliases, merge keys, duplicate keys) are refused; every
    YAML failure, including characters YAML does not allow and absurd nesting, is a ConfigError.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {shown}") from None
    except OSError as error:
        raise ConfigError(f"cannot read config {shown}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(f"invalid config {shown}", [
            f"{shown}:{line}: not UTF-8 text (byte 0x{raw[error.start]:02x} at byte offset {error.start})"
        ]) from None
    loader = None
    try:
        loader = _StrictLoader(text)  # the reader refuses control characters here already
        node = loader.get_single_node()
        if node is None:
            return None, {}, {}
        found = sorted(loader.problems + _duplicate_keys(node), key=lambda p: p[0])
        if found:
            raise ConfigError(f"invalid config {shown}", [f"{shown}:{line}: {message}" for line, message in found])
        return loader.construct_document(node), _key_lines(node), _plain_scalars(node)
    except yaml.MarkedYAMLError as error:
        raise ConfigError(f"invalid config {shown}", [_syntax_problem(error, shown)]) from None
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        raise ConfigError(f"invalid config {shown}", [
            f"{shown}:{line}: YAML error: control character U+{ord(error.character) if isinstance(error.character, str) else error.character:04X} "
            "is not allowed in YAML text"
        ]) from None
    except yaml.YAMLError as error:  # any other PyYAML failure: still the user's file, still exit 2
        raise ConfigError(f"invalid config {shown}", [f"{shown}: YAML error: {error}"]) from None
    except RecursionError:
        raise ConfigError(f"invalid config {shown}", [f"{shown}: YAML error: nested too deeply"]) from None
    finally:
        if loader is not None:
            loader.dispose()


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that also refuses anchors, aliases and tags, noting each with its line."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.problems: list[tuple[int, str]] = []

    def compose_node(self, parent, index):
        """Refuse anchors, aliases and explicit tags before PyYAML acts on them."""
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            self.problems.append((line, f"alias '*{event.anchor}' is not allowed (no anchors or aliases)"))
        elif getattr(event, "anchor", None):
            self.problems.append((line, f"anchor '&{event.anchor}' is not allowed (no anchors or aliases)"))
        if getattr(event, "tag", None) not in (None, "!"):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            self.problems.append((line, f"tag '{tag}' is not allowed (no YAML tags)"))
        return super().compose_node(parent, index)


def _syntax_problem(error: yaml.MarkedYAMLError, shown: str) -> str:
    mark = error.problem_mark or error.context_mark
    where = f"{shown}:{mark.line + 1}" if mark else shown
    context = f" ({error.context})" if error.context else ""
    kind = "YAML error" if isinstance(error, yaml.constructor.ConstructorError) else "YAML syntax error"
    return f"{where}: {kind}: {error.problem}{context}"


def _duplicate_keys(node: yaml.Node) -> list[tuple[int, str]]:
    """Every key repeated in one mapping (PyYAML would silently keep the last)."""
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key, value in node.value:
            line = key.start_mark.line + 1
            if key.tag == "tag:yaml.org,2002:merge":
                found.append((line, "merge key '<<' is not allowed"))
            elif isinstance(key, yaml.ScalarNode) and key.value in first_line:
                found.append((line, f"duplicate key '{key.value}' (first at line {first_line[key.value]})"))
            elif isinstance(key, yaml.ScalarNode):
                first_line[key.value] = line
            found += _duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += _duplicate_keys(item)
    return found


def _key_lines(node: yaml.Node, prefix: KeyPath = ()) -> dict[KeyPath, int]:
    """Map each key path (as in pydantic's ``loc``) to the line of its key or list item."""
    lines: dict[KeyPath, int] = {prefix: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = prefix + (str(key.value),)
            lines.update(_key_lines(value, path))
            lines[path] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines.update(_key_lines(item, prefix + (index,)))
    return lines


# Tags YAML 1.1 gives unquoted scalars that look like text to a person: `no`/`on` (bool),
# `2023-09-01` (date), `12:30` (sexagesimal number). Text fields get a hint to quote them.
_SURPRISE_TAGS = {
    "tag:yaml.org,2002:bool": "true/false",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
}


def _plain_scalars(node: yaml.Node, prefix: KeyPath = ()) -> dict[KeyPath, tuple[str, str]]:
    """Key path -> (text as written, type YAML gave it) for unquoted scalars YAML read as non-text."""
    found: dict[KeyPath, tuple[str, str]] = {}
    if isinstance(node, yaml.ScalarNode):
        number = node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
        if node.style is None and node.tag in _SURPRISE_TAGS and (not number or ":" in node.value):
            found[prefix] = (node.value, _SURPRISE_TAGS[node.tag])
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found.update(_plain_scalars(value, prefix + (str(key.value),)))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found.update(_plain_scalars(item, prefix + (index,)))
    return found
