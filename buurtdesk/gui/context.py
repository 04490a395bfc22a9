"""The main window as the controllers, the areas and the quick start see it.

``main_window`` imports the controllers, so they must not import it back.  They are handed the
window typed as ``WindowContext``: a ``QMainWindow`` that names what they use of it (the
selectors, the undo stack, the meeting page, the menus they put their actions in), and, as
small protocols, what they use of the controllers reached through it.  ``MainWindow`` is built
on it and fills in every name (mypy checks that it does); this class holds no behaviour, only
the two signals the start-up listens to.  Nothing here imports a controller or the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # (annotations only)
    from collections.abc import Sequence
    from pathlib import Path

    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QListWidget,
        QMenu,
        QPushButton,
        QStackedWidget,
        QTableView,
        QWidget,
    )

    from buurtdesk.core.store.library import Library, MeetingRow
    from buurtdesk.gui.voting.area import VotingArea


class Controller(Protocol):
    """What the areas and the other controllers use of ``MainController``."""

    @property
    def library(self) -> Library | None: ...

    @property
    def voting_area(self) -> VotingArea: ...

    def current_meeting(self) -> MeetingRow | None: ...

    def current_neighbourhood_id(self) -> int | None: ...

    def reload(
        self, neighbourhood_id: int | None = None, meeting_id: int | None = None
    ) -> None: ...

    def show_meeting(self) -> None: ...

    def show_counts(self, concerns: int, reports: int) -> None: ...

    def forget_listing(self) -> None: ...

    def close(self) -> None: ...


class Files(Protocol):
    """What the safety controller uses of ``FileController``: opening a file again."""

    def open_path(
        self, path: Path, neighbourhood_id: int | None = None, meeting_id: int | None = None
    ) -> bool: ...


class Projector(Protocol):
    """What the Stemmen area's beamer button uses of ``ProjectorControl``."""

    def show_counting(self) -> None: ...


class Safety(Protocol):
    """What the Stemmen area uses of ``SafetyController``: starting a planned meeting."""

    def start_meeting(self) -> None: ...


class WindowContext(QMainWindow):
    started = Signal()  # the first file is open and its meetings are listed (or none was)
    listed = Signal()  # the first file's meetings are in the selector (``quick_start``)

    # the logic behind the window, once ``setup_controllers`` has run
    controller: Controller
    files: Files
    undo_stack: QUndoStack
    projector: Projector
    safety: Safety

    # the selectors and the pages
    neighbourhood_combo: QComboBox
    meeting_combo: QComboBox
    area_stack: QStackedWidget
    nav_list: QListWidget
    no_meeting_label: QLabel
    plan_meeting_button: QPushButton
    add_neighbourhood_button: QPushButton

    # the meeting page: its header and the four areas
    meeting_header: QLabel
    meeting_details: QLabel
    meeting_summary: QLabel
    concerns_stack: QStackedWidget
    concerns_table: QTableView
    voting_stack: QStackedWidget
    voting_host: QWidget
    start_counting_button: QPushButton
    actions_host: QWidget
    documents_host: QWidget

    # the menus and menu items the controllers serve
    view_menu: QMenu
    meeting_menu: QMenu
    action_backups: QAction
    action_restore: QAction
    action_privacy: QAction
    action_publish: QAction
    action_city_themes: QAction
    action_start_meeting: QAction
    action_close_meeting: QAction

    if TYPE_CHECKING:  # what ``MainWindow`` does; declared here, defined there

        def setup_controllers(self) -> None: ...

        def start(
            self,
            db_path: Path | None = None,
            neighbourhood_id: int | None = None,
            meeting_id: int | None = None,
        ) -> None: ...

        def show_opening(self, path: Path) -> None: ...

        def current_area(self) -> int: ...

        def set_file(self, path: Path | None, read_only: bool = False) -> None: ...

        def list_neighbourhoods(self, hoods: Sequence[Any], selected: int | None) -> None: ...

        def list_meetings(self, newest_first: Sequence[Any], selected: int | None) -> None: ...

        def set_neighbourhood_title(self, name: str | None) -> None: ...

        def set_page(self, page: int, can_plan: bool) -> None: ...

        def set_meeting_status(self, value: str, text: str) -> None: ...
