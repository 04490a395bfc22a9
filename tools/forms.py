"""Compile the Designer forms that must be ready before the first paint into Python.

    python tools/forms.py          regenerate buurtdesk/gui/forms/*_form.py from ui/*.ui
    python tools/forms.py check    exit 1 when a compiled form is older than its .ui

Every other form is read at run time by ``QUiLoader`` (``buurtdesk.gui.common.uiload``).  The main
window is compiled with ``pyside6-uic`` because the loader costs about 20 ms at start-up
(QtUiTools, its widget registry and its callbacks), a seventh of a bare window's start.
Each compiled file records the SHA-256 of the .ui it came from, so a stale one is caught.
uic imports some thirty Qt classes it does not use, and PySide6 sets up each class on its first
import (about 1 ms apiece), so the imports are cut down to the names the code uses.
"""

from __future__ import annotations

import ast
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ("main_window", "meeting_page")  # ui/<name>.ui -> buurtdesk/gui/forms/<name>_form.py
OUT = ROOT / "buurtdesk" / "gui" / "forms"
MARK = "# compiled from ui/{name}.ui, sha256 {digest}\n"


def digest(name: str) -> str:
    return hashlib.sha256((ROOT / "ui" / f"{name}.ui").read_bytes()).hexdigest()


def target(name: str) -> Path:
    return OUT / f"{name}_form.py"


def used_imports_only(code: str) -> str:
    """``code`` with each ``from PySide6... import (...)`` reduced to the names it uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and node.end_lineno is not None:
            keep = [alias.name for alias in node.names if alias.name in used]
            text = f"from {node.module} import {', '.join(keep)}\n" if keep else ""
            lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


def compile_form(name: str) -> Path:
    local = Path(sys.executable).parent / "pyside6-uic"
    uic = str(local) if local.exists() else shutil.which("pyside6-uic")
    if not uic:
        raise SystemExit("pyside6-uic not found; install PySide6 into the virtual environment")
    code = subprocess.run(
        [uic, str(ROOT / "ui" / f"{name}.ui")], check=True, capture_output=True, text=True
    ).stdout
    code = used_imports_only(code)
    out = target(name)
    out.write_text(MARK.format(name=name, digest=digest(name)) + code, encoding="utf-8")
    return out


def stale() -> list[str]:
    """The forms whose compiled file is missing or was made from another version of the .ui."""
    found = []
    for name in FORMS:
        out = target(name)
        first = out.read_text(encoding="utf-8").split("\n", 1)[0] + "\n" if out.exists() else ""
        if first != MARK.format(name=name, digest=digest(name)):
            found.append(name)
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        old = stale()
        for name in old:
            print(f"ui/{name}.ui changed: run python tools/forms.py", file=sys.stderr)
        return 1 if old else 0
    for name in FORMS:
        print(compile_form(name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
