"""Each compiled form matches its ui/*.ui, and imports only what it uses."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tests.locations import ROOT


def forms_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("forms_tool", ROOT / "tools" / "forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["forms_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_compiled_forms_are_current() -> None:
    assert forms_tool().stale() == []  # else: python tools/forms.py


def test_a_changed_form_is_caught(tmp_path: Path, monkeypatch: object) -> None:
    tool = forms_tool()
    ui = tmp_path / "ui"
    ui.mkdir()
    for name in tool.FORMS:
        (ui / f"{name}.ui").write_bytes((ROOT / "ui" / f"{name}.ui").read_bytes())
    (ui / "main_window.ui").write_bytes((ROOT / "ui" / "main_window.ui").read_bytes() + b" ")
    tool.ROOT = tmp_path
    tool.OUT = ROOT / "buurtdesk" / "gui" / "forms"
    assert tool.stale() == ["main_window"]


def test_unused_imports_are_dropped() -> None:
    code = (
        "from PySide6.QtCore import (QSize, QUrl,\n    Qt)\n"
        "from PySide6.QtGui import QIcon\n"
        "x = QSize(1, 2)\ny = Qt.AlignCenter\n"
    )
    assert forms_tool().used_imports_only(code) == (
        "from PySide6.QtCore import QSize, Qt\nx = QSize(1, 2)\ny = Qt.AlignCenter\n"
    )
