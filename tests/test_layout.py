"""The package layout is the data flow: sub-packages import only what comes before them, never each
other in a circle, and nothing under assistant/ imports evals or benchmarks (the app is handed those)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
# Each stage may import the stages before it, and the top-level modules every stage shares.
ORDER = ["language", "documents", "programs", "index", "answer", "ui", "http"]
SHARED = {"types", "errors", "config", "roles", "runtime"}
COMPOSITION = {"engine", "cli", "catalog_cli", "__main__"}  # top-level modules that put the stages together
OUTERMOST = {"ui": {"engine"}, "http": {"engine"}}  # the app and its HTTP faces are built over the engine


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth (a lazy import inside a function counts too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def _part(module: str) -> str | None:
    """assistant.index.store -> "index"; assistant.types -> "types"; other packages -> their name."""
    parts = module.split(".")
    return parts[1] if parts[0] == "assistant" and len(parts) > 1 else parts[0]


def _graph() -> dict[str, dict[str, set[str]]]:
    """part -> imported part -> the files that import it."""
    graph: dict[str, dict[str, set[str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        here = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        for module in _imports(path):
            there = _part(module)
            if there != here and (module.startswith("assistant.") or there in ("evals", "benchmarks")):
                graph.setdefault(here, {}).setdefault(there, set()).add(str(rel))
    return graph


def test_nothing_under_assistant_imports_evals_or_benchmarks():
    graph = _graph()
    offending = {f for imports in graph.values() for there in ("evals", "benchmarks") for f in imports.get(there, ())}
    assert not offending, f"assistant/ must not import evals or benchmarks: {sorted(offending)}"


def test_each_stage_imports_only_the_stages_before_it():
    graph = _graph()
    wrong = []
    for stage in ORDER:
        allowed = set(ORDER[: ORDER.index(stage)]) | SHARED | OUTERMOST.get(stage, set())
        for there, files in graph.get(stage, {}).items():
            if there not in allowed and there in set(ORDER) | COMPOSITION:
                wrong.append(f"{stage} -> {there} ({', '.join(sorted(files))})")
    assert not wrong, "imports against the data flow:\n" + "\n".join(wrong)


def test_shared_modules_import_no_stage():
    graph = _graph()
    wrong = [f"{m} -> {there}" for m in SHARED for there in graph.get(m, {}) if there in set(ORDER) | COMPOSITION]
    assert not wrong, wrong


def test_the_stages_import_each_other_in_no_circle():
    graph = _graph()
    stages = set(ORDER)

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), {}):
                if nxt in stages and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    circles = sorted(s for s in stages if s in reachable(s))
    assert not circles, f"stages in an import cycle: {circles}"


def _module_graph() -> dict[str, set[str]]:
    """assistant module -> the assistant modules it imports (lazily, or only for type checking, too)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for module in _imports(path):  # "a.b.Name" counts as a.b when a.b.Name is no module
            while module and module not in modules:
                module = module.rpartition(".")[0]
            if module and module != name:
                targets.add(module)
        graph[name] = targets
    return graph


def _circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_through_others():
    circles = [sorted(c) for c in _circles(_module_graph())]
    assert not circles, f"modules in an import circle: {circles}"


def test_the_module_check_sees_a_circle_inside_one_stage(tmp_path, monkeypatch):
    """Three modules of one stage, each importing the next (one only for type checking), are a circle."""
    fake = tmp_path / "assistant"
    (fake / "ui").mkdir(parents=True)
    (fake / "ui" / "__init__.py").write_text("")
    (fake / "ui" / "a.py").write_text("from assistant.ui import b\n")
    (fake / "ui" / "b.py").write_text("from assistant.ui.c import Thing\n")
    (fake / "ui" / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from assistant.ui.a import X\n")
    (fake / "ui" / "d.py").write_text("from assistant.ui import a\n")  # imports the circle, is not in it
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    assert _circles(_module_graph()) == [{"assistant.ui.a", "assistant.ui.b", "assistant.ui.c"}]
    with pytest.raises(AssertionError, match=r"assistant\.ui\.a', 'assistant\.ui\.b', 'assistant\.ui\.c"):
        test_no_module_imports_itself_through_others()


def test_the_check_sees_a_violation(tmp_path, monkeypatch):
    """The checks above would catch an upward import: a language module importing the answerer."""
    fake = tmp_path / "assistant"
    (fake / "language").mkdir(parents=True)
    (fake / "answer").mkdir()
    (fake / "language" / "rules.py").write_text("def f():\n    from assistant.answer.extractive import X\n")
    (fake / "answer" / "extractive.py").write_text("from assistant.language.rules import f\nimport evals.runner\n")
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    with pytest.raises(AssertionError, match="language -> answer"):
        test_each_stage_imports_only_the_stages_before_it()
    with pytest.raises(AssertionError, match=r"\['answer', 'language'\]"):
        test_the_stages_import_each_other_in_no_circle()
    with pytest.raises(AssertionError, match="evals"):
        test_nothing_under_assistant_imports_evals_or_benchmarks()


def test_no_two_document_readers_import_each_other():
    """Inside a stage too, imports go one way: formats.py reads scans with ocr.py, ocr.py knows nothing of formats."""
    modules = {".".join(("assistant", *p.relative_to(PACKAGE).with_suffix("").parts)): p
               for p in (PACKAGE / "documents").rglob("*.py")}
    imports = {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}
    pairs = sorted(f"{a} <-> {b}" for a, found in imports.items() for b in found if a < b and a in imports.get(b, ()))
    assert not pairs, f"modules importing each other: {pairs}"
