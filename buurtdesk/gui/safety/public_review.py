"""Before a public output goes out (a PDF, a CSV, the slides): what still looks personal, to fix
or accept.

:func:`confirm_public` asks nothing when every public text is clean.  Otherwise it shows each
concern title and action text that still looks personal, with its number and the reason; a
concern title can be changed from here (one undoable step, as in the concern dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.texts import arg, translate

if TYPE_CHECKING:
    from buurtdesk.core.documents.public_review import Flag
    from buurtdesk.core.store.library import Library

EditTitle = Callable[[int, str, str], None]  # (concern id, code, new title)


def reason_text(reason: str) -> str:
    texts = {
        "phone number": translate("PublicReview", "telefoonnummer"),
        "e-mail address": translate("PublicReview", "e-mailadres"),
        "bank account": translate("PublicReview", "rekeningnummer"),
        "postcode": translate("PublicReview", "postcode"),
        "date of birth": translate("PublicReview", "geboortedatum"),
        "licence plate": translate("PublicReview", "kenteken"),
        "social media": translate("PublicReview", "social media"),
        "house number": translate("PublicReview", "huisnummer"),
        "name": translate("PublicReview", "naam"),
        "possible name": translate("PublicReview", "lijkt een naam"),
        "refers to a neighbour": translate("PublicReview", "wijst naar een buur of persoon"),
        "name of a resident who reported it": translate(
            "PublicReview", "naam van een melder van dit knelpunt"
        ),
    }
    return texts.get(reason, reason)


def output_text(kind: str) -> str:
    """Where the texts of the public output ``kind`` go, for the dialog; empty for a document
    that is not public (blank forms, the feedback letters)."""
    texts = {
        "report": translate("PublicReview", "in het verslag"),
        "actions": translate("PublicReview", "in de actielijst"),
        "ballots": translate("PublicReview", "op de stembiljetten"),
        "invitation": translate("PublicReview", "in de uitnodiging"),
        "concerns": translate("PublicReview", "in de knelpuntenlijst"),
    }
    return texts.get(kind, "")


def what_text(what: str) -> str:
    texts = {
        "title": translate("PublicReview", "titel"),
        "action": translate("PublicReview", "actie"),
        "note": translate("PublicReview", "voortgang"),
        "result": translate("PublicReview", "resultaat"),
        "agenda": translate("PublicReview", "agenda"),
    }
    return texts.get(what, what)


class PublicReviewDialog(QDialog):
    def __init__(
        self,
        flags: list[Flag],
        parent: QWidget | None = None,
        *,
        output: str = "",
        reload: Callable[[], list[Flag]] | None = None,
        edit_title: EditTitle | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publicReviewDialog")
        self.setWindowTitle(self.tr("Nog persoonlijk?"))
        self.reload, self.edit_title = reload, edit_title
        self.flags: list[Flag] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            arg(
                self.tr(
                    "Deze teksten komen zo %1 en lijken nog iets persoonlijks te bevatten. "
                    "Pas een titel aan, of ga toch door als het zo mag."
                ),
                output or self.tr("naar buiten"),
            )
        )
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("publicReviewList")
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nr."), self.tr("Wat"), self.tr("Tekst zoals gedrukt"), self.tr("Waarom")]
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # re-wrap
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.table.cellDoubleClicked.connect(lambda *_: self.change_title())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.edit_button = QPushButton(self.tr("Titel aanpassen…"), self)
        self.edit_button.setObjectName("publicReviewEdit")
        self.edit_button.setVisible(edit_title is not None)
        self.edit_button.clicked.connect(lambda: self.change_title())
        self.go_button = QPushButton(self.tr("Toch doorgaan"), self)
        self.go_button.setObjectName("publicReviewGo")
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setObjectName("publicReviewCancel")
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)  # works on the list: apart from go on / cancel
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.show_flags(flags)
        self.resize(760, 380)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # after the columns settle

    def show_flags(self, flags: list[Flag]) -> None:
        self.flags = list(flags)
        self.table.setRowCount(len(self.flags))
        for row, flag in enumerate(self.flags):
            reasons = ", ".join(reason_text(r) for r in flag.reasons)
            cells = (flag.code or "—", what_text(flag.what), flag.text, reasons)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if self.flags:
            self.table.setCurrentCell(0, 0)
        else:
            self.intro.setText(self.tr("Niets persoonlijks meer gevonden."))
            self.go_button.setText(self.tr("Doorgaan"))
            self.go_button.setDefault(True)
        self._enable()

    def current_flag(self) -> Flag | None:
        row = self.table.currentRow()
        return self.flags[row] if 0 <= row < len(self.flags) else None

    def _enable(self) -> None:
        flag = self.current_flag()
        self.edit_button.setEnabled(
            self.edit_title is not None and flag is not None and flag.concern_id is not None
        )

    def change_title(self, new_title: str | None = None) -> bool:
        """Change the selected concern's title (asked for when not given); True when done."""
        flag = self.current_flag()
        if self.edit_title is None or flag is None or flag.concern_id is None:
            return False
        if new_title is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Titel aanpassen"),
                arg(self.tr("Nieuwe openbare titel van %1:"), flag.code),
                text=flag.title,
            )
            if not ok:
                return False
            new_title = text
        new_title = " ".join(new_title.split())
        if not new_title or new_title == flag.title:
            return False
        self.edit_title(flag.concern_id, flag.code, new_title)
        if self.reload is not None:
            self.show_flags(self.reload())
        return True


def title_editor(parent: QWidget, lib: Library) -> EditTitle | None:
    """An undoable title change on the main window's undo stack, when there is one."""
    main: Any = parent.window()
    stack = getattr(main, "undo_stack", None)
    area = getattr(getattr(main, "controller", None), "concerns_area", None)
    if stack is None or area is None:
        return None

    def edit(concern_id: int, code: str, title: str) -> None:
        from buurtdesk.core.concerns.intake import set_title
        from buurtdesk.gui.concerns.commands import TitleCommand

        old = set_title(lib, concern_id, title)
        stack.push(TitleCommand(lib, area._changed, concern_id, code, (old, title)))
        area._changed()

    return edit


def confirm_public(
    parent: QWidget, lib: Library, meeting_id: int, output: str = "", kind: str = "report"
) -> bool:
    """True to go on: nothing that ``kind`` (public_review.OUTPUTS) shows looks personal, or
    the chair chose to go on anyway."""
    from buurtdesk.core.documents.public_review import review

    flags = review(lib, meeting_id, kind)
    if not flags:
        return True
    dialog = PublicReviewDialog(
        flags,
        parent,
        output=output,
        reload=lambda: review(lib, meeting_id, kind),
        edit_title=title_editor(parent, lib),
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
