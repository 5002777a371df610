"""The layout's rules, checked on the code: no import cycles, no section importing a sibling
section, no module over the house limit."""
from __future__ import annotations

import ast
from pathlib import Path

from support import REPO_ROOT

PACKAGE = REPO_ROOT / "briefgen"
MAX_MODULE_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, *, lazy: bool) -> set[str]:
    """briefgen modules imported by ``path``: at module level (``TYPE_CHECKING`` blocks left out),
    and with ``lazy`` also inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if lazy else _module_level(tree.body)
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("briefgen"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("briefgen"))
    return found


def _module_level(body):
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        yield node
        if isinstance(node, (ast.If, ast.Try)):
            yield from _module_level(getattr(node, "body", []) + getattr(node, "orelse", [])
                                     + [n for h in getattr(node, "handlers", []) for n in h.body])


def import_graph(*, lazy: bool = False) -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path, lazy=lazy) if m in modules and m != name}
            for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the list of modules around it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycles():
    assert find_cycle(import_graph()) is None
    assert find_cycle(import_graph(lazy=True)) is None  # imports inside functions and for types too


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_section_imports_a_sibling_section():
    sections = [p.name for p in (PACKAGE / "sections").iterdir() if (p / "section.py").is_file()]
    offending = []
    for name, imported in import_graph(lazy=True).items():
        for section in sections:
            if name.startswith(f"briefgen.sections.{section}."):
                offending += [f"{name} -> {m}" for m in imported
                              if m.startswith("briefgen.sections.") and m.split(".")[2] in sections
                              and m.split(".")[2] != section]
    assert offending == []


def test_modules_stay_under_the_house_limit():
    long = {module_name(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}
