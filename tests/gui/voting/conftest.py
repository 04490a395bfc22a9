"""The Stemmen area on a planted meeting, shown, with its own undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from buurtdesk.core.store.library import Library
from buurtdesk.gui.voting.area import VotingArea
from tests.gui.planted_meeting import Planted, build


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build(tmp_path / "stemmen.buurtdesk")


@pytest.fixture
def lib(planted: Planted) -> Iterator[Library]:
    library = Library(planted.path)
    yield library
    library.close()


@pytest.fixture
def area(qtbot: Any, lib: Library, planted: Planted) -> Iterator[VotingArea]:
    stack = QUndoStack()
    widget = VotingArea(stack)
    widget.keep_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_meeting(lib, planted.meeting)
    yield widget
    widget.close()
