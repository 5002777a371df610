"""Config problems as users read them: every schema and section problem at once, each with its
file, line and key path, and messages that say what to write instead."""
from __future__ import annotations

from pydantic import BaseModel, ValidationError

from briefgen.config.schema import Config
from briefgen.errors import ConfigError
from briefgen.sections.registry import section_names

KeyPath = tuple[str | int, ...]


def validate(
    data: dict, lines: dict[KeyPath, int], shown: str, plain: dict[KeyPath, tuple[str, str]] | None = None
) -> Config:
    """The Config for ``data``, or ConfigError listing every schema and section problem by line."""
    found: list[tuple[KeyPath, str]] = section_problems(data.get("sections"))
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


def section_problems(sections: object) -> list[tuple[KeyPath, str]]:
    if not isinstance(sections, list):
        return []
    found, seen = [], set()
    known = section_names()
    for index, name in enumerate(sections):
        if not isinstance(name, str):
            continue
        if name not in known:
            found.append((("sections", index), f"unknown section '{name}'; known: {', '.join(known)}"))
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
