"""Bestand › Publiceren voor de stad… and Bestand › Stadsthema's koppelen…: a neighbourhood's
package for the municipality, and which city theme each of the file's themes counts under."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.language import current_language
from buurtdesk.gui.common.output_check import refused
from buurtdesk.gui.common.texts import arg, translate

SUFFIX = ".buurtpakket"


def change_text(change: Any) -> str:
    """One line per text the scrubber changed, in the window's language."""
    if change.kind == "concern":
        what = arg(translate("Stad", "Knelpunt K%1"), change.number)
    else:
        what = arg(translate("Stad", "Actie %1"), change.number)
    if change.withheld:
        return arg(
            translate(
                "Stad", "%1: tekst achtergehouden, hij lijkt nog persoonsgegevens te bevatten"
            ),
            what,
        )
    return arg(translate("Stad", "%1: persoonsgegevens uit de tekst gehaald"), what)


def publish_for_city(parent: QWidget, lib: Any, neighbourhood_id: int, name: str) -> Path | None:
    """Ask where, write the package, and show what the scrubber changed."""
    from buurtdesk.core.city.package import is_package
    from buurtdesk.core.city.themes import CityThemeError
    from buurtdesk.core.city.window_ops import publish_neighbourhood
    from buurtdesk.core.errors import database_error

    start = lib.path.with_name(f"{name}{SUFFIX}")
    chosen, _f = QFileDialog.getSaveFileName(
        parent,
        translate("Stad", "Publiceren voor de stad"),
        str(start),
        translate("Stad", "BuurtDesk-pakket (*.buurtpakket);;Alle bestanden (*)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if refused(parent, target, lib.path, replaceable=is_package):
        return None
    try:
        package = publish_neighbourhood(lib, neighbourhood_id, target)
    except (OSError, CityThemeError, database_error()) as exc:
        QMessageBox.warning(
            parent,
            translate("Stad", "Niet gepubliceerd"),
            arg(translate("Stad", "Het pakket is niet gemaakt; er is niets veranderd. %1"), exc),
        )
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Stad", "Gepubliceerd voor de stad"))
    text = arg(
        translate(
            "Stad",
            "Het pakket van %1 (publicatie %2) staat in %3. Het bevat geen persoonsgegevens.",
        ),
        package.neighbourhood,
        package.sequence,
        target,
    )
    if package.warnings:
        text += "\n\n" + arg(
            translate("Stad", "%1 teksten zijn aangepast of achtergehouden; zie de details."),
            len(package.warnings),
        )
        box.setDetailedText("\n".join(change_text(c) for c in package.warnings))
    box.setText(text)
    box.exec()
    return target


class ThemeMappingDialog(QDialog):
    """The file's themes, each with a chooser of the city theme it counts under."""

    def __init__(self, parent: QWidget | None, lib: Any) -> None:
        from buurtdesk.core.city.window_ops import theme_mapping

        super().__init__(parent)
        self.lib = lib
        self.setWindowTitle(self.tr("Stadsthema's koppelen"))
        self.city, self.rows = theme_mapping(lib)
        layout = QVBoxLayout(self)
        intro = QLabel(
            arg(
                self.tr(
                    "Elk thema van deze buurt telt voor de stad onder één stadsthema (lijst %1). "
                    "Zonder keuze geldt het stadsthema met dezelfde naam."
                ),
                self.city.key,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Thema"), self.tr("Stadsthema")])
        self.table.verticalHeader().setVisible(False)
        english = current_language() == "en"
        self.choosers: list[QComboBox] = []
        for row, theme in enumerate(self.rows):
            item = QTableWidgetItem(theme.name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            for city in self.city.themes:
                label = city.en if english else city.nl
                combo.addItem(("    " if city.parent else "") + label, city.code)
            combo.setCurrentIndex(max(0, combo.findData(theme.city_theme)))
            combo.setAccessibleName(arg(self.tr("Stadsthema van %1"), theme.name))
            self.table.setCellWidget(row, 1, combo)
            self.choosers.append(combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def changes(self) -> dict[str, str | None]:
        """The themes whose city theme the user changed, with the new code."""
        found: dict[str, str | None] = {}
        for theme, combo in zip(self.rows, self.choosers, strict=True):
            code = combo.currentData()
            if code != theme.city_theme:
                found[theme.name] = code
        return found

    def accept(self) -> None:
        from buurtdesk.core.city.window_ops import store_theme_mapping
        from buurtdesk.core.errors import database_error

        changes = self.changes()
        if changes:
            try:
                store_theme_mapping(self.lib, changes)
            except (OSError, database_error()) as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Niet opgeslagen"),
                    arg(self.tr("De koppeling is niet opgeslagen. %1"), exc),
                )
                return
        super().accept()
