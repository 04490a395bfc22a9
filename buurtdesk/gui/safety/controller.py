"""Backups, restore, privacy and the meeting's status, as the window's menus reach them.

Created with the other controllers; it imports its dialogs (and through them the database
layer) only when a menu item is used, so it costs nothing before the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.undo_base import StoreCommand

if TYPE_CHECKING:
    from buurtdesk.gui.context import WindowContext

STATUS_MESSAGE_MS = 15000


class MeetingStatusCommand(StoreCommand):
    """A meeting started or closed; undo puts the old status back (a backup made stays)."""

    def __init__(
        self, safety: SafetyController, meeting_id: int, statuses: tuple[str, str], text: str
    ) -> None:
        super().__init__(text, lambda: safety.show_status(meeting_id))
        self.safety, self.meeting_id = safety, meeting_id
        self.old, self.status = statuses

    def apply(self) -> None:
        self.safety.store_status(self.meeting_id, self.status)

    def revert(self) -> None:
        self.safety.store_status(self.meeting_id, self.old)


class SafetyController(QObject):
    def __init__(self, window: WindowContext) -> None:
        super().__init__(window)
        self.window = window
        w = window
        w.action_backups.triggered.connect(self.show_backups)
        w.action_restore.triggered.connect(lambda: self.show_backups(restore=True))
        w.action_privacy.triggered.connect(self.show_privacy)
        w.action_publish.triggered.connect(self.publish_for_city)
        w.action_city_themes.triggered.connect(self.map_city_themes)
        w.action_start_meeting.triggered.connect(self.start_meeting)
        w.action_close_meeting.triggered.connect(self.close_meeting)
        w.meeting_menu.aboutToShow.connect(self.update_actions)
        w.meeting_combo.currentIndexChanged.connect(lambda _i: self.update_actions())
        self.update_actions()

    @property
    def library(self) -> Any:
        return self.window.controller.library

    # -- publishing for the city ----------------------------------------------------------

    def publish_for_city(self) -> Path | None:
        from buurtdesk.gui.safety.city_dialogs import publish_for_city

        hood = self.window.controller.current_neighbourhood_id()
        if self.library is None or hood is None:
            return None
        name = self.window.neighbourhood_combo.currentText()
        return publish_for_city(self.window, self.library, hood, name)

    def map_city_themes(self) -> None:
        from buurtdesk.gui.safety.city_dialogs import ThemeMappingDialog

        if self.library is not None and not self.library.read_only:
            ThemeMappingDialog(self.window, self.library).exec()

    # -- the meeting's status -------------------------------------------------------------

    def update_actions(self) -> None:
        meeting = self.window.controller.current_meeting() if self.library else None
        status = str(meeting.status) if meeting is not None else ""
        self.window.action_start_meeting.setEnabled(status == "planned")
        self.window.action_close_meeting.setEnabled(status in ("planned", "in_progress"))

    def start_meeting(self) -> None:
        self._change_status("in_progress", self.tr("Bijeenkomst starten"))

    def close_meeting(self) -> None:
        self._change_status("closed", self.tr("Bijeenkomst afsluiten"))

    def _change_status(self, status: str, text: str) -> None:
        meeting = self.window.controller.current_meeting()
        if self.library is None or meeting is None or str(meeting.status) == status:
            return
        from buurtdesk.core.errors import database_error

        SQLAlchemyError = database_error()  # noqa: N806 (the class it is)

        try:
            old = self.store_status(meeting.id, status)
        except (SQLAlchemyError, OSError):  # nothing was stored (a read-only or full disk)
            QMessageBox.warning(
                self.window,
                self.tr("Status niet gewijzigd"),
                self.tr("De status kon niet in het bestand worden opgeslagen; er is niets "
                        "veranderd. Is het bestand alleen-lezen of de schijf vol?"),
            )  # fmt: skip
            return
        command = MeetingStatusCommand(self, meeting.id, (old, status), text)
        self.window.undo_stack.push(command)
        self.show_status(meeting.id)

    def store_status(self, meeting_id: int, status: str) -> str:
        """Store the status and return the one before; a failed backup on closing is said,
        calmly (the status is stored all the same).  A file that cannot be written raises."""
        before = self._status_of(meeting_id) or status
        try:
            self.library.set_meeting_status(meeting_id, status)
        except OSError as exc:
            if self._status_of(meeting_id) != status:  # the file refused it: nothing stored
                raise
            # the status is stored; only the backup failed
            self.status_message(
                arg(
                    self.tr("De bijeenkomst is afgesloten, maar de back-up lukte niet: %1"),
                    exc.strerror or exc,
                )
            )
        else:
            if status == "closed":
                self.status_message(self.tr("Bijeenkomst afgesloten; er is een back-up gemaakt."))
        return str(before)

    def _status_of(self, meeting_id: int) -> str | None:
        return next((str(m.status) for m in self.library.meetings() if m.id == meeting_id), None)

    def show_status(self, meeting_id: int) -> None:
        self.window.controller.reload(meeting_id=meeting_id)
        self.update_actions()

    def status_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # -- dialogs --------------------------------------------------------------------------

    def show_backups(self, restore: bool = False) -> None:
        if self.library is None:
            return
        from buurtdesk.gui.safety.backup_dialog import BackupDialog

        dialog = BackupDialog(self.window, self.library, self.restore)
        if restore:
            dialog.table.setFocus()
        dialog.exec()

    def show_privacy(self) -> None:
        if self.library is None:
            return
        from buurtdesk.gui.safety.privacy_dialog import PrivacyDialog

        PrivacyDialog(self.window, self.library, self.after_erasure).exec()

    def after_erasure(self) -> None:
        """Personal data was deleted: it must not come back through undo, nor stay on screen."""
        self.window.undo_stack.clear()
        self.window.controller.reload()

    # -- restore --------------------------------------------------------------------------

    def restore(self, backup_path: Path) -> Any:
        """Close the file, put the backup in its place, reopen it.  Returns the new library
        (``None`` when the file could not be reopened); the current state is backed up first."""
        import sqlite3

        from buurtdesk.core.store import backup
        from buurtdesk.core.store.db import DatabaseFileError

        c = self.window.controller
        if c.library is None:  # no file open: nothing to restore into
            return None
        path = c.library.path
        c.close()
        try:
            safety = backup.restore(backup_path, path)
        except (DatabaseFileError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Niet teruggezet"),
                arg(
                    self.tr(
                        "Deze back-up kon niet worden teruggezet; er is niets veranderd.\n\n%1"
                    ),
                    exc,
                ),
            )
            safety = None
        if not self.window.files.open_path(path):
            c.reload()
            return None
        if safety is not None:
            QMessageBox.information(
                self.window,
                self.tr("Teruggezet"),
                arg(
                    self.tr(
                        "De back-up is teruggezet en het bestand is weer geopend.\n\n"
                        "De stand van vlak daarvoor is ook bewaard, als back-up ‘%1’: "
                        "zo kunt u altijd terug."
                    ),
                    translate("Back-up", "vóór herstellen"),
                ),
            )
        return self.library
