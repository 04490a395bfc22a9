"""Start the BuurtDesk window: ``buurtdesk-gui``, or ``buurtdesk.gui.app.main(db_path=...)``.

The window is shown and painted first; the file (and with it SQLAlchemy) is opened from a
zero-delay timer afterwards, so a slow laptop in a community centre shows something at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from buurtdesk.core.store.paths import ui_dir
from buurtdesk.gui.common import language
from buurtdesk.gui.common.icons import APP_ID, app_icon
from buurtdesk.gui.common.texts import translate
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.startup_probe import attach_if_asked

APP_NAME = "BuurtDesk"
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
_showing_error = False


def report_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` while the window runs: the traceback to stderr, a calm Dutch message
    on screen.  Every change is already saved by the time it returns, so nothing is lost."""
    global _showing_error
    if sys.stderr is not None:
        import traceback

        traceback.print_exception(kind, error, tb, file=sys.stderr)
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if _showing_error or QApplication.instance() is None:
        return
    _showing_error = True
    from PySide6.QtWidgets import QMessageBox  # not before the first paint: only for errors

    try:
        write_errors = sys.modules.get("buurtdesk.core.store.write_errors")
        if write_errors is not None and isinstance(error, write_errors.WriteError):
            QMessageBox.warning(
                QApplication.activeWindow(),
                translate("App", "Niet opgeslagen"),
                translate(
                    "App",
                    "Dit bestand is alleen om te lezen geopend (een ander BuurtDesk-venster "
                    "bewerkt het), of kan niet worden beschreven. Er is niets gewijzigd.",
                )
                if "the file is read-only" in str(error)
                else translate(
                    "App",
                    "Deze wijziging is niet opgeslagen: het bestand kan niet worden geschreven "
                    "(is de schijf vol?). Wat eerder was opgeslagen, is bewaard.",
                ),
            )
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            translate("App", "Er ging iets mis"),
            translate(
                "App",
                "Er ging iets mis in BuurtDesk. Wat u had opgeslagen, is bewaard. "
                "Probeer het nog eens; gebeurt het opnieuw, sluit BuurtDesk dan af en start "
                "het opnieuw.",
            ),
        )
    finally:
        _showing_error = False


class QtGapTranslator(QTranslator):
    """The few texts of Qt's own dialogs that Qt's Dutch catalogue lacks."""

    TEXTS = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.TEXTS.get((context, source))  # None (not ""): "not mine, ask the next"

    def isEmpty(self) -> bool:
        return False


def load_translations(app: QApplication, lang: str | None = None) -> list[QTranslator]:
    """BuurtDesk's catalogue and Qt's own texts (standard buttons, file dialogs, context
    menus, calendar) in ``lang``, or in the chosen language (see ``language``)."""
    lang = lang or language.chosen_language()
    gaps: list[QTranslator] = [QtGapTranslator(app)] if lang == "nl" else []
    return language.install(app, lang, gaps)


def load_style(app: QApplication) -> bool:
    style = ui_dir() / "style.qss"
    if not style.is_file():
        return False
    app.setStyleSheet(style.read_text(encoding="utf-8"))
    return True


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())  # every window and dialog, and the task bar
    app.setDesktopFileName(APP_ID)  # Wayland and task bars find the icon through it
    if not app.property("buurtdeskTranslations"):  # once per application, however often called
        app.setProperty("buurtdeskTranslations", True)
        load_translations(app)
    load_style(app)
    return app


def main(argv: list[str] | None = None, db_path: Path | None = None) -> int:
    """Show the window, then open ``db_path`` (or the usual file, or the welcome dialog)."""
    app = make_app(argv)
    previous_hook: ExceptHook = sys.excepthook
    sys.excepthook = report_unexpected_error
    try:
        window = MainWindow(lazy=True)
        probe = attach_if_asked(window)  # noqa: F841  (kept alive with the window)
        window.restore_geometry()
        window.start_when_painted(Path(db_path) if db_path else None)
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook


if __name__ == "__main__":
    sys.exit(main())
