"""The one base class of every undoable edit in the window, and its convention.

* The edit is made before its command is pushed (so a refused edit never reaches the undo
  stack, and the caller shows the result itself); the stack's first ``redo`` is skipped.
* Every later ``redo`` calls :meth:`StoreCommand.apply`, every ``undo``
  :meth:`StoreCommand.revert`; then the area's refresh hook, given to the command, runs.
* When the file refuses the step (the data changed underneath: a concern merged or deleted
  since, an action removed; or the file is read-only, locked or full), the command is made
  obsolete, so the stack drops it and stays consistent, and the user gets one message.
  Nothing was changed by the refused step.

Imported before the first paint (the meeting's status command): the core and SQLAlchemy are
only looked at when a step is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtdesk.gui.common.texts import translate

Refresh = Callable[[], None]


def refusals() -> tuple[type[BaseException], ...]:
    """What the core raises when it refuses a step: changed data (``ValueError``, which the
    core's own refusals derive from, ``LookupError``) or a file that cannot take the change
    (``OSError``, SQLite and SQLAlchemy errors).  Asked only once a step has failed."""
    return (ValueError, LookupError, *_write_errors())


def cannot_write(error: BaseException) -> bool:
    """The file could not take the change (read-only, locked, full), as opposed to data that
    changed underneath."""
    return isinstance(error, _write_errors())


def _write_errors() -> tuple[type[BaseException], ...]:
    from buurtdesk.core.errors import database_error

    return (OSError, sqlite3.Error, database_error())


def refused_message(error: BaseException, changed_text: str = "") -> None:
    """The one message for a refused undo or redo."""
    if cannot_write(error):
        text = translate(
            "Ongedaan",
            "Deze stap kon niet ongedaan of opnieuw worden gedaan: het bestand kan niet worden "
            "bijgewerkt (het is alleen-lezen, in gebruik of de schijf is vol). Er is niets "
            "gewijzigd.",
        )
    else:
        text = changed_text or translate(
            "Ongedaan",
            "Deze stap kon niet ongedaan of opnieuw worden gedaan: de gegevens zijn intussen "
            "veranderd (bijvoorbeeld samengevoegd of verwijderd). Er is niets gewijzigd.",
        )
    QMessageBox.warning(QApplication.activeWindow(), translate("Ongedaan", "Niet gelukt"), text)


class StoreCommand(QUndoCommand):
    """An edit already stored in the file; see the module's docstring for the convention."""

    def __init__(self, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._pushed = False  # the first redo is the push of an edit already made

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._step(self.apply)

    def undo(self) -> None:
        self._step(self.revert)

    def _step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except refusals() as error:
            self.setObsolete(True)  # the stack drops this command after this call
            self._refresh()  # show what the file holds now
            refused_message(error, self.changed_text())
            return
        self._refresh()

    def apply(self) -> None:
        """Make the edit again (a redo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the edit back (an undo)."""
        raise NotImplementedError

    def changed_text(self) -> str:
        """A more precise message when the data changed underneath; empty for the usual one."""
        return ""
