"""The Qt side of BuurtDesk.

Importing this package imports Qt and makes the imports after it cheaper: PySide6 hooks every
later import to learn whether the module mentions "PySide6" (for its opt-in ``__feature__``
switches, which BuurtDesk does not use), and it answers that through ``inspect.getsource``,
which tokenises each module's source.  Reading the file's bytes gives the same answer at a
fraction of the cost; it saves about 60 ms of SQLAlchemy's import after the window is shown.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, patched below)


def _faster_feature_check() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "buurtdesk", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))  # no plain source file: PySide6's own answer

    uses_pyside.buurtdesk = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a module PySide6 made)
    return True


_faster_feature_check()
