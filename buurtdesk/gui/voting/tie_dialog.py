"""Settle a tie at the cut: which tied concerns take the open places, and how it was decided."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.voting.ranking import RankedRow

REVOTE, AGREED = "revote", "agreed"


class TieDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[RankedRow], seats: int, how: str):
        super().__init__(parent)
        self.how = how
        self.seats = seats
        self.setWindowTitle(
            self.tr("Herstemming") if how == REVOTE else self.tr("Afgesproken keuze")
        )
        layout = QVBoxLayout(self)
        label = QLabel(self._intro(how, seats), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.boxes: dict[int, QCheckBox] = {}
        for row in rows:
            box = QCheckBox(f"{row.code} {row.title}", self)
            box.toggled.connect(self._check)
            self.boxes[row.concern_id] = box
            layout.addWidget(box)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(
            self.tr("Uitslag van de herstemming (mag leeg)")
            if how == REVOTE
            else self.tr("Reden van de afspraak")
        )
        self.note_edit.textChanged.connect(self._check)
        layout.addWidget(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def chosen(self) -> list[int]:
        return [cid for cid, box in self.boxes.items() if box.isChecked()]

    def note(self) -> str:
        return self.note_edit.text().strip()

    def _intro(self, how: str, seats: int) -> str:
        if how == REVOTE:
            if seats == 1:
                return self.tr(
                    "Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. "
                    "Vink aan welk knelpunt de top in gaat."
                )
            return arg(
                self.tr(
                    "Er is opnieuw gestemd tussen de gelijk geëindigde knelpunten. "
                    "Vink aan welke %1 knelpunten de top in gaan."
                ),
                seats,
            )
        if seats == 1:
            return self.tr(
                "De zaal spreekt af welk knelpunt de top in gaat. Vink het aan en schrijf de "
                "reden op."
            )
        return arg(
            self.tr(
                "De zaal spreekt af welke %1 knelpunten de top in gaan. Vink ze aan en schrijf "
                "de reden op."
            ),
            seats,
        )

    def _check(self) -> None:
        ok = len(self.chosen()) == self.seats and (self.how == REVOTE or bool(self.note()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
