"""Help › Handleiding (F1): the meeting cycle on one page, in the window's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from tests.gui.visible_text import Untranslated


def test_f1_opens_the_guide_to_the_cycle(window: Any) -> None:
    assert QKeySequence("F1") in window.action_guide.shortcuts()
    window.action_guide.trigger()
    guide = window.guide
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    for step in ("Knelpunten verzamelen", "Stemmen", "Afspraken", "Documenten", "Terugblik"):
        assert step in text
    assert "Ctrl+E" in text and "Ctrl+Enter" in text
    guide.close()


def test_the_guide_is_english_in_english(qtbot: Any, english: None) -> None:
    from buurtdesk.gui.common.guide import GuideDialog

    guide = GuideDialog()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Collecting concerns" in text
    lines = [("guide", line) for line in text.splitlines() if line.strip()]
    lines.append(("title", guide.windowTitle()))
    assert Untranslated(set()).check(lines) == []
