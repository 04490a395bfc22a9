"""Beeld › Taal: choose the window's language; it takes effect at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from buurtdesk.gui.common import language


def add_language_menu(window: QWidget, parent_menu: QMenu) -> QMenu:
    """A "Taal" submenu with one checkable entry per language, the chosen one checked."""
    menu = parent_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Taal"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    names = {
        "nl": QCoreApplication.translate("LanguageMenu", "Nederlands"),
        "en": QCoreApplication.translate("LanguageMenu", "Engels"),
    }
    current = language.chosen_language()
    for code in language.LANGUAGES:
        action = QAction(names[code], menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose(window, c))
    return menu


def choose(window: QWidget, code: str) -> None:
    """Store the choice and say that it applies after a restart."""
    if code == language.stored_language() and code == language.current_language():
        return
    language.store_language(code)
    from PySide6.QtWidgets import QMessageBox  # not before the window's first paint

    QMessageBox.information(
        window,
        QCoreApplication.translate("LanguageMenu", "Taal"),
        QCoreApplication.translate(
            "LanguageMenu",
            "BuurtDesk gebruikt de nieuwe taal zodra u het programma opnieuw start. "
            "De taal van de documenten kiest u apart, bij Documenten.",
        ),
    )
