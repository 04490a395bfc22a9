"""The Documenten area's card for the handover dossier (Overdrachtsdossier) of the whole
neighbourhood, not of one meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from buurtdesk.gui.common.texts import arg, translate


class DossierCard(QFrame):
    def __init__(self, area: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area  # the Documenten area: its library, meeting and language
        self.made: Path | None = None
        self.setProperty("card", True)
        self.setObjectName("card_dossier")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(16)
        texts = QVBoxLayout()
        texts.setSpacing(3)
        title = QLabel(translate("Bijhouden", "Overdrachtsdossier"), self)
        title.setProperty("cardTitle", True)
        texts.addWidget(title)
        hint = QLabel(
            translate(
                "Bijhouden",
                "Voor een nieuwe voorzitter of wie waarneemt: de bijeenkomsten, alle "
                "prioriteiten en hoe hun acties afliepen, wat open staat, de achterstand, de "
                "partners en wat eerst moet. Zonder persoonsgegevens van bewoners.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        texts.addWidget(hint)
        self.status = QLabel("", self)
        self.status.setProperty("hint", True)
        self.status.setWordWrap(True)
        self.status.hide()
        texts.addWidget(self.status)
        row.addLayout(texts, 1)
        self.make_button = QPushButton(translate("Bijhouden", "Dossier maken…"), self)
        self.make_button.setObjectName("make_dossier")
        self.make_button.clicked.connect(self.make)
        self.open_button = QPushButton(translate("Bijhouden", "PDF openen"), self)
        self.open_button.clicked.connect(self.open)
        row.addWidget(self.make_button)
        row.addWidget(self.open_button)
        self.enable()

    def enable(self) -> None:
        ready = self.area.library is not None and self.area.meeting is not None
        self.make_button.setEnabled(ready)
        self.open_button.setEnabled(ready and self.made is not None)

    def make(self) -> Path | None:
        from buurtdesk.gui.actions.keeping import make_dossier

        area = self.area
        if area.library is None or area.meeting is None:
            return None
        lang = area.lang_combo.currentData() or "nl"
        made = make_dossier(self, area.library, area.meeting.neighbourhood, lang)
        if made is not None:
            self.made = made
            self.status.setText(arg(translate("Bijhouden", "Gemaakt: %1"), made))
            self.status.show()
        self.enable()
        return made

    def open(self) -> None:
        if self.made is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made)))
