"""A priority's bold title in the action tree is never cut: its row is as tall as the bold
text needs, "(score N)" included, whatever the title's length."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from buurtdesk.core.store.models import Concern
from buurtdesk.gui.actions.area import ActionsArea
from tests.action_helpers import DATES, Hood
from tests.gui.actions.test_gui_actions import area, hood

__all__ = ["area", "hood"]  # the fixtures

TITLE = (
    "Er wordt veel te hard gereden op de Dordtselaan en de Brabantsestraat vooral "
    "'s avonds en in het weekend bij de basisschool en het buurthuis"
)
WORDS = TITLE.split()


def test_bold_titles_get_the_rows_they_need(area: ActionsArea, hood: Hood) -> None:
    tree = area.priorities_tree
    short = []
    for count in range(4, len(WORDS) + 1):
        with hood.lib.session() as s, s.begin():
            concern = s.get(Concern, 1)
            assert concern is not None
            concern.title = " ".join(WORDS[:count])
        area.show_meeting(hood.lib, hood.meetings[0], DATES[0])
        item = tree.topLevelItem(0)
        assert item.text(0).endswith(")") and "(score " in item.text(0)
        rect = tree.visualItemRect(item)
        width = tree.header().sectionSize(0) - 20 - tree.indentation()
        metrics = QFontMetrics(item.font(0))
        needed = metrics.boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), item.text(0)
        )
        if rect.height() < needed.height():
            short.append((count, rect.height(), needed.height()))
    assert not short
