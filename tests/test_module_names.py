"""No module of the package binds the same top-level name twice.

A second ``NAME = ...`` silently replaces the first for every reader of the module
(it once turned the attribution's document nouns into a list of law names)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        dup = sorted(n for n, k in counts.items() if k > 1 and n != "__all__")
        if dup:
            twice[str(path.relative_to(PACKAGE))] = dup
    assert not twice, twice
