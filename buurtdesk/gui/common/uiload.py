"""Load a Qt Designer form from ``ui/`` into an existing widget.

``QUiLoader`` normally builds a fresh top-level widget.  Here the top-level of the form *is* the
Python object (a ``QMainWindow`` or ``QDialog`` subclass), so the view class keeps its methods
and the form's children are found with ``findChild`` by object name.  The loader translates the
form's texts itself, in the context named by the form's ``<class>``.  QtUiTools is imported
on the first load: the main window's form is compiled (``tools/forms.py``) and does without.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QWidget

from buurtdesk.core.store.paths import ui_dir

W = TypeVar("W", bound=QObject)


class UiFormError(RuntimeError):
    """A shipped form is missing or broken: an installation problem, not a user error."""


@cache
def _loader_class() -> type:
    from PySide6.QtUiTools import QUiLoader

    class IntoLoader(QUiLoader):
        def __init__(self, base: QWidget) -> None:
            super().__init__(base)
            self._base = base

        def createWidget(
            self, class_name: str, parent: QWidget | None = None, name: str = ""
        ) -> QWidget:
            if parent is None:
                return self._base
            return super().createWidget(class_name, parent, name)

    return IntoLoader


def load_ui(name: str, base: QWidget) -> QWidget:
    """Build ``ui/<name>`` into ``base`` (whose class must match the form's top-level)."""
    path = ui_dir() / name
    if not path.is_file():
        raise UiFormError(f"missing form {path}")
    loader: Any = _loader_class()(base)
    loader.setWorkingDirectory(QDir(str(ui_dir())))
    loaded = loader.load(str(path), None)
    if loaded is None:
        raise UiFormError(f"cannot load form {path}: {loader.errorString()}")
    widget: QWidget = loaded
    return widget


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The child ``name`` of type ``kind``; a missing one is a broken form, said loudly."""
    found = parent.findChild(kind, name)
    if found is None:
        raise UiFormError(f"form of {type(parent).__name__} has no {kind.__name__} {name!r}")
    return found
