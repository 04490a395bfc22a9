"""Every ``buurtdesk`` import in the code, the tests and the benchmarks names a real module.

Modules move between subpackages; an import left at an old path fails only when its function
runs.  This reads every import (lazy ones inside functions too) without running any of them.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import cache

from tests.locations import ROOT

FOLDERS = ("buurtdesk", "tests", "benchmarks", "tools", "installer")


def _imports() -> list[tuple[str, int, str, str | None]]:
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            name = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("buurtdesk"):
                    for alias in node.names:
                        found.append((name, node.lineno, node.module or "", alias.name))
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name.startswith("buurtdesk"):
                            found.append((name, node.lineno, alias.name, None))
    return found


def test_every_buurtdesk_import_resolves() -> None:
    imports = _imports()
    assert len(imports) > 500  # the walk found the code
    broken = []
    for where, line, module, name in imports:
        if importlib.util.find_spec(module) is None:
            broken.append(f"{where}:{line}: no module {module}")
        elif name is not None and not (_defines(module, name) or _submodule(module, name)):
            broken.append(f"{where}:{line}: {module} has no {name}")
    assert not broken, "\n".join(broken)


@cache
def _defines(module: str, name: str) -> bool:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.split(".")[0])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return name in names


def _submodule(package: str, name: str) -> bool:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return False
    return importlib.util.find_spec(f"{package}.{name}") is not None
