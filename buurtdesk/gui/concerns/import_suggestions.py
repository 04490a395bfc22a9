"""After an import: the rows brought in as new concerns that look like another one, in one list.

Each line shows the new concern and the one it looks like (code, title, street, theme) with
their score, ticked.  Space or a click unticks one; A or "Alles samenvoegen" merges every
ticked one into the concern it looks like (``merges_for``: a chain goes on to its last
concern), as one step on the window's undo stack; Esc leaves them for Knelpunten › Mogelijke
dubbelen.  Imported lazily; it may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.concerns import intake as core
from buurtdesk.core.concerns.import_report import MergeSuggestion, merges_for
from buurtdesk.gui.common.texts import arg, plural, translate
from buurtdesk.gui.concerns.commands import MergesCommand

if TYPE_CHECKING:
    from buurtdesk.core.concerns.queries import ConcernListRow
    from buurtdesk.gui.concerns.menu_actions import ConcernsArea

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class SuggestionsDialog(QDialog):
    """The suggestions, each ticked; ``chosen`` are the ones ticked when accepted."""

    def __init__(
        self,
        suggestions: list[MergeSuggestion],
        rows: dict[int, ConcernListRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggestions = suggestions
        self.setWindowTitle(self.tr("Lijken op een bestaand knelpunt"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        found = plural(
            len(suggestions),
            self.tr("1 nieuw knelpunt lijkt op een knelpunt dat er al was."),
            self.tr("%1 nieuwe knelpunten lijken op een knelpunt dat er al was."),
        )
        rest = self.tr(
            "Niet zo sterk dat ze er vanzelf bij zijn gevoegd: vink uit wat een ander probleem "
            "is en voeg de rest samen. Wat u niet samenvoegt, komt terug bij Knelpunten › "
            "Mogelijke dubbelen."
        )
        intro = QLabel(f"{found} {rest}", self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(suggestions), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nieuw knelpunt"), self.tr("Lijkt op"), self.tr("Score")]
        )
        self.table.setAccessibleName(self.tr("Nieuwe knelpunten die op een bestaand lijken"))
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for r, suggestion in enumerate(suggestions):
            new = QTableWidgetItem(self._concern(rows, suggestion.concern_id, suggestion.code))
            new.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            new.setFlags(new.flags() | Qt.ItemFlag.ItemIsSelectable)
            new.setCheckState(CHECKED)
            old = QTableWidgetItem(
                self._concern(rows, suggestion.target_id, suggestion.target_code)
            )
            score = QTableWidgetItem(str(suggestion.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate((new, old, score)):
                self.table.setItem(r, c, item)
        # Each row as high as its wrapped text, again whenever the columns change width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr("A: alle aangevinkte samenvoegen · spatie: aan- of uitvinken · Esc: later"),
            self,
        )
        hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Alles samenvoegen (A)"), self)
        later = QPushButton(self.tr("Later bekijken"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(later)
        for widget in (intro, self.table, hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.merge_button.clicked.connect(self.accept_all)
        later.clicked.connect(self.reject)
        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.table.installEventFilter(self)  # the table would take A to search itself
        self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def _concern(self, rows: dict[int, ConcernListRow], concern_id: int, code: str) -> str:
        row = rows.get(concern_id)
        if row is None:
            return code
        where = " · ".join(part for part in (row.street, row.theme) if part)
        title = f"{row.code} {row.title}"
        return f"{title}\n{where}" if where else title

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.key(event):
            super().keyPressEvent(event)

    def key(self, event: QKeyEvent) -> bool:
        """A merges every ticked one; Space ticks or unticks the current one."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() == Qt.Key.Key_A:
            self.accept_all()
        elif event.key() == Qt.Key.Key_Space:
            self.toggle(self.table.currentRow())
        else:
            return False
        return True

    def toggle(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(UNCHECKED if item.checkState() == CHECKED else CHECKED)

    def chosen(self) -> list[MergeSuggestion]:
        return [
            s
            for r, s in enumerate(self.suggestions)
            if (item := self.table.item(r, 0)) is not None and item.checkState() == CHECKED
        ]

    def _update_button(self) -> None:
        self.merge_button.setEnabled(bool(self.chosen()))

    def accept_all(self) -> None:
        if self.chosen():
            self.accept()


def offer_suggestions(area: ConcernsArea, suggestions: list[MergeSuggestion]) -> Any:
    """Show the suggestions still standing (both concerns there and unmerged); the ticked ones
    merge when the dialog is accepted.  Returns the dialog, or None when none stands."""
    lib, meeting = area.lib, area.meeting
    if lib is None or meeting is None or not suggestions:
        return None
    rows = {r.id: r for r in core.list_concerns(lib, meeting.neighbourhood_id)}
    shown = sorted(
        (s for s in suggestions if s.concern_id in rows and s.target_id in rows),
        key=lambda s: (-s.score, s.line),
    )
    if not shown:
        return None
    dialog = SuggestionsDialog(shown, rows, area.window)
    dialog.accepted.connect(lambda: merge_suggestions(area, dialog.chosen()))
    dialog.open()  # window-modal; the import's own step is already on the undo stack
    return dialog


def merge_suggestions(area: ConcernsArea, chosen: list[MergeSuggestion]) -> None:
    """Merge the chosen suggestions, all or none, as one undo step."""
    lib = area.lib
    if lib is None or not chosen:
        return
    merges = merges_for(chosen)
    done: list[tuple[int, list[int]]] = []
    try:
        for target, sources in merges:
            core.merge_concerns(lib, target, sources)
            done.append((target, sources))
    except ValueError:
        for _target, sources in reversed(done):
            for source in reversed(sources):
                core.unmerge_concern(lib, source)
        area._changed()
        area.status(
            translate(
                "Knelpunten",
                "Niet samengevoegd: deze knelpunten zijn intussen veranderd. "
                "Er is niets gewijzigd.",
            )
        )
        return
    area.window.undo_stack.push(MergesCommand(lib, area._changed, merges))
    area._changed()
    count = sum(len(sources) for _target, sources in merges)
    area.status(
        arg(
            translate("Knelpunten", "%1 samengevoegd. Ctrl+Z zet ze terug."),
            plural(
                count,
                translate("Knelpunten", "1 knelpunt"),
                translate("Knelpunten", "%1 knelpunten"),
            ),
        )
    )
