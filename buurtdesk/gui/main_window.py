"""The main window: selectors on top, the meeting header, and four areas behind a left list.

This module is layout only (the frame in ``ui/main_window.ui`` and the meeting page in
``ui/meeting_page.ui``, compiled by ``tools/forms.py`` into ``forms/``, plus menus and
shortcuts);
``controller`` and ``file_controller`` hold the logic.  It must stay cheap to import: the
window is shown before the database layer (SQLAlchemy) is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSignalBlocker, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
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

from buurtdesk.core.store.paths import usual_db_path
from buurtdesk.gui.common.icons import app_icon, icon
from buurtdesk.gui.common.language_menu import add_language_menu
from buurtdesk.gui.common.recent_files import RecentMenu
from buurtdesk.gui.common.texts import arg, meeting_label
from buurtdesk.gui.common.uiload import child
from buurtdesk.gui.context import WindowContext
from buurtdesk.gui.forms.main_window_form import Ui_MainWindow
from buurtdesk.gui.forms.meeting_page_form import Ui_MeetingPage
from buurtdesk.gui.pages import (
    AREA_ICONS,
    CONCERNS,
    MEETING_PAGE,
    NO_FILE_PAGE,
    NO_MEETING_PAGE,
)

if TYPE_CHECKING:  # (annotations only: each Qt class costs ~1 ms the first time it is imported)
    from PySide6.QtGui import QCloseEvent

    from buurtdesk.gui.controller import MainController
    from buurtdesk.gui.file_controller import FileController
    from buurtdesk.gui.projector.control import ProjectorControl

START_FALLBACK_MS = 1500  # open the file anyway if no paint arrives (e.g. started minimised)


def first_size(screen: QSize) -> tuple[QSize, bool]:
    """The window's first size on a screen of ``screen`` (available area), and whether it
    starts maximised: on a laptop screen (1366x768 and the like) every pixel goes to the
    concern list, on a large one the window takes most of it."""
    size = QSize(min(1400, int(screen.width() * 0.85)), min(900, int(screen.height() * 0.85)))
    return size, screen.width() < 1600 or screen.height() < 900


def shortcuts(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``extra`` where the platform has none."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in extra:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    return keys


class MainWindow(WindowContext):
    """The window the controllers see as a ``WindowContext`` (``context.py``)."""

    controller: MainController
    files: FileController
    projector: ProjectorControl

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        """``lazy`` leaves the controllers (and the areas they import) until the file is
        opened, so the window paints first: that is how ``buurtdesk`` starts."""
        super().__init__(parent)
        self._painted = False
        self._pending: list[Path | None] = []
        self._fallback = QTimer(self, singleShot=True, interval=START_FALLBACK_MS)
        self._fallback.timeout.connect(self._start_pending)
        Ui_MainWindow().setupUi(self)  # type: ignore[no-untyped-call]
        page = child(self, QWidget, "meetingPage")  # the frame's placeholder, filled here
        Ui_MeetingPage().setupUi(page)  # type: ignore[no-untyped-call]
        self.setWindowIcon(app_icon())
        self._find_widgets()
        self.undo_stack = QUndoStack(self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.statusBar().addPermanentWidget(self.file_label)  # leaves room for a message
        self.set_file(None)
        for row, name in enumerate(AREA_ICONS):
            self.nav_list.item(row).setIcon(icon(name))
        self._build_menus()
        self.nav_list.currentRowChanged.connect(self._show_area)
        self.show_area(CONCERNS)
        if not lazy:
            self.setup_controllers()

    def setup_controllers(self) -> None:
        """Create the logic behind the window (once); imports the areas' modules."""
        if "controller" in self.__dict__:
            return
        from buurtdesk.gui.controller import MainController
        from buurtdesk.gui.file_controller import FileController
        from buurtdesk.gui.projector.control import ProjectorControl

        self.controller = MainController(self)
        self.files = FileController(self, self.controller)
        self.projector = ProjectorControl(self)
        self._connect()

    def _find_widgets(self) -> None:
        self.neighbourhood_combo = child(self, QComboBox, "neighbourhoodCombo")
        self.meeting_combo = child(self, QComboBox, "meetingCombo")
        self.new_meeting_button = child(self, QPushButton, "newMeetingButton")
        self.content_stack = child(self, QStackedWidget, "contentStack")
        self.start_button = child(self, QPushButton, "startButton")
        self.no_meeting_label = child(self, QLabel, "noMeetingLabel")
        self.plan_meeting_button = child(self, QPushButton, "planMeetingButton")
        self.add_neighbourhood_button = child(self, QPushButton, "addNeighbourhoodButton")
        self.meeting_header = child(self, QLabel, "meetingHeader")
        self.meeting_status = child(self, QLabel, "meetingStatus")
        self.meeting_details = child(self, QLabel, "meetingDetails")
        self.meeting_summary = child(self, QLabel, "meetingSummary")
        self.nav_list = child(self, QListWidget, "navList")
        self.area_stack = child(self, QStackedWidget, "areaStack")
        self.concerns_stack = child(self, QStackedWidget, "concernsStack")
        self.concerns_table = child(self, QTableView, "concernsTable")
        self.concerns_empty = child(self, QLabel, "concernsEmpty")
        self.voting_stack = child(self, QStackedWidget, "votingStack")
        self.voting_empty = child(self, QLabel, "votingEmpty")
        self.voting_host = child(self, QWidget, "votingAreaHost")
        self.start_counting_button = child(self, QPushButton, "startCountingButton")
        self.actions_host = child(self, QWidget, "actionsHost")
        self.documents_host = child(self, QWidget, "documentsHost")
        self.nav_list.setIconSize(QSize(22, 22))

    def _action(self, menu: QMenu, text: str, keys: list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.action_new_file = self._action(
            file_menu, self.tr("&Nieuw bestand…"), shortcuts(std.New, "Ctrl+N")
        )
        self.action_new_neighbourhood = self._action(file_menu, self.tr("Nieuwe &buurt…"))
        self.action_open = self._action(file_menu, self.tr("&Openen…"), shortcuts(std.Open))
        self.recent_menu = RecentMenu(file_menu, lambda path: self.files.open_path(path))
        self.action_demo = self._action(file_menu, self.tr("&Demo openen"))
        file_menu.addSeparator()
        self.action_backups = self._action(
            file_menu, self.tr("Back-&ups…"), [QKeySequence("Ctrl+Shift+B")]
        )
        self.action_restore = self._action(file_menu, self.tr("&Terugzetten…"))
        self.action_privacy = self._action(
            file_menu, self.tr("&Privacy…"), [QKeySequence("Ctrl+Shift+I")]
        )
        self.action_committee = self._action(file_menu, self.tr("&Gegevens van het overleg…"))
        file_menu.addSeparator()
        self.action_publish = self._action(file_menu, self.tr("Publiceren voor de &stad…"))
        self.action_city_themes = self._action(file_menu, self.tr("Stadst&hema's koppelen…"))
        file_menu.addSeparator()
        self.action_quit = self._action(
            file_menu, self.tr("&Afsluiten"), shortcuts(std.Quit, "Ctrl+Q")
        )

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.action_undo.setShortcuts(shortcuts(std.Undo, "Ctrl+Z"))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.action_redo.setShortcuts(shortcuts(std.Redo, "Ctrl+Shift+Z"))
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)

        meeting_menu = bar.addMenu(self.tr("B&ijeenkomst"))
        self.action_new_meeting = self._action(
            meeting_menu, self.tr("&Nieuwe bijeenkomst…"), [QKeySequence("Ctrl+Shift+N")]
        )
        self.action_meeting_details = self._action(
            meeting_menu, self.tr("&Gegevens van de bijeenkomst…"), [QKeySequence("Ctrl+Shift+G")]
        )
        self.meeting_menu = meeting_menu
        meeting_menu.addSeparator()
        self.action_start_meeting = self._action(meeting_menu, self.tr("Bijeenkomst &starten"))
        self.action_close_meeting = self._action(meeting_menu, self.tr("Bijeenkomst &afsluiten"))

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.view_menu = view_menu
        self.area_actions = QActionGroup(self)
        for row in range(self.nav_list.count()):
            text = self.nav_list.item(row).text()
            action = self._action(view_menu, text, [QKeySequence(f"Ctrl+{row + 1}")])
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, r=row: self.show_area(r))
            self.area_actions.addAction(action)
        view_menu.addSeparator()
        self.language_menu = add_language_menu(self, view_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_guide = self._action(
            help_menu, self.tr("&Handleiding"), shortcuts(std.HelpContents, "F1")
        )
        help_menu.addSeparator()
        self.action_about = self._action(help_menu, self.tr("&Over BuurtDesk…"))

    def _connect(self) -> None:
        c, f = self.controller, self.files
        self.action_new_file.triggered.connect(f.new_file)
        self.action_new_neighbourhood.triggered.connect(c.new_neighbourhood)
        self.action_open.triggered.connect(f.open_dialog)
        self.action_demo.triggered.connect(f.open_demo)
        self.action_quit.triggered.connect(self.close)
        self.action_new_meeting.triggered.connect(c.new_meeting)
        self.action_meeting_details.triggered.connect(c.edit_meeting_details)
        self.action_committee.triggered.connect(self.edit_committee)
        self.action_about.triggered.connect(f.about)
        self.action_guide.triggered.connect(self.show_guide)
        self.new_meeting_button.clicked.connect(c.new_meeting)
        self.plan_meeting_button.clicked.connect(c.new_meeting)
        self.add_neighbourhood_button.clicked.connect(c.new_neighbourhood)
        self.start_button.clicked.connect(f.show_first_run)
        from buurtdesk.gui.safety.controller import SafetyController

        self.safety = SafetyController(self)

    def edit_committee(self) -> None:
        from buurtdesk.gui.documents.committee_dialog import edit_committee

        edit_committee(self)

    # -- what the controllers call --------------------------------------------------------

    def start(
        self,
        db_path: Path | None = None,
        neighbourhood_id: int | None = None,
        meeting_id: int | None = None,
    ) -> None:
        """Open the first file (or show the welcome dialog) right now, showing the given
        neighbourhood and meeting if it has them."""
        self.setup_controllers()
        self.files.start(db_path, neighbourhood_id, meeting_id)
        self.started.emit()

    def start_when_painted(self, db_path: Path | None = None) -> None:
        """Open the first file once the window is on screen, so it never waits on SQLAlchemy.
        Called before ``show``, the first paint already says which file is being opened."""
        self._pending = [db_path]
        expected = db_path if db_path is not None else usual_db_path()
        if expected is not None:
            self.show_opening(expected)
        if self._painted:
            QTimer.singleShot(0, self._start_pending)
        else:
            self._fallback.start()

    def _start_pending(self) -> None:
        self._fallback.stop()
        if self._pending:
            from buurtdesk.gui.quick_start import QuickStart

            QuickStart(self, self._pending.pop()).run()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._pending:
                QTimer.singleShot(0, self._start_pending)  # after this paint reaches the screen
        return super().event(event)

    def show_guide(self) -> None:
        """Help › Handleiding: the meeting cycle on one page (not modal, to read alongside)."""
        from buurtdesk.gui.common.guide import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.show()

    def show_area(self, row: int) -> None:
        self.nav_list.setCurrentRow(row)
        self._show_area(row)

    def current_area(self) -> int:
        return self.area_stack.currentIndex()

    def _show_area(self, row: int) -> None:
        if 0 <= row < self.area_stack.count():
            self.area_stack.setCurrentIndex(row)
            self.area_actions.actions()[row].setChecked(True)

    def set_file(self, path: Path | None, read_only: bool = False) -> None:
        self.read_only = read_only
        if path is None:
            self.file_label.setText(self.tr("Geen bestand geopend"))
        elif read_only:
            self.file_label.setText(arg(self.tr("Bestand: %1 (alleen lezen)"), path))
        else:
            self.file_label.setText(arg(self.tr("Bestand: %1"), path))
        self.file_label.setToolTip(self.file_label.text())

    def list_neighbourhoods(self, hoods: Sequence[Any], selected: int | None) -> None:
        """Fill the neighbourhood selector (rows with id, name, municipality), quietly."""
        combo = self.neighbourhood_combo
        with QSignalBlocker(combo):
            combo.clear()
            for hood in hoods:
                label = hood.name if not hood.municipality else f"{hood.name} ({hood.municipality})"
                combo.addItem(label, hood.id)
            combo.setCurrentIndex(max(0, combo.findData(selected)))

    def list_meetings(self, newest_first: Sequence[Any], selected: int | None) -> None:
        """Fill the meeting selector (rows with id, date, status), quietly; ``selected`` or
        else the newest is chosen."""
        combo = self.meeting_combo
        with QSignalBlocker(combo):
            combo.clear()
            for meeting in newest_first:
                combo.addItem(meeting_label(meeting), meeting.id)
            combo.setCurrentIndex(max(0, combo.findData(selected)) if newest_first else -1)

    def set_neighbourhood_title(self, name: str | None) -> None:
        title = "BuurtDesk" if not name else arg(self.tr("BuurtDesk — %1"), name)
        if getattr(self, "read_only", False):
            title = arg(self.tr("%1 (alleen lezen)"), title)
        self.setWindowTitle(title)

    def show_opening(self, path: Path) -> None:
        """While ``path`` is being opened: its name below, a calm word in the middle."""
        self.set_file(path)
        self.set_page(NO_MEETING_PAGE, can_plan=False)
        self.plan_meeting_button.setVisible(False)
        self.add_neighbourhood_button.setVisible(False)
        self.no_meeting_label.setText(self.tr("Het bestand wordt geopend…"))

    def set_page(self, page: int, can_plan: bool) -> None:
        """Show the no-file, no-meeting or meeting page and enable what makes sense there."""
        self.content_stack.setCurrentIndex(page)
        has_file = page != NO_FILE_PAGE
        has_meeting = page == MEETING_PAGE
        self.neighbourhood_combo.setEnabled(has_file)
        self.meeting_combo.setEnabled(has_meeting)
        self.new_meeting_button.setEnabled(can_plan)
        self.action_new_meeting.setEnabled(can_plan)
        self.action_new_neighbourhood.setEnabled(has_file)
        self.action_publish.setEnabled(has_file)
        self.action_city_themes.setEnabled(has_file)
        for action in self.area_actions.actions():
            action.setEnabled(has_meeting)

    def set_meeting_status(self, value: str, text: str) -> None:
        """The status badge; ``value`` (planned, in_progress, closed) picks its colour."""
        self.meeting_status.setText(text)
        self.meeting_status.setProperty("status", value)
        self.meeting_status.style().unpolish(self.meeting_status)
        self.meeting_status.style().polish(self.meeting_status)

    def restore_geometry(self) -> None:
        """The size and place of last time; the first time, most of the screen."""
        saved = QSettings().value("window/geometry")
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        size, maximised = first_size(screen.size())
        self.resize(size.expandedTo(self.minimumSize()))
        self.move(screen.center() - self.rect().center())
        if maximised:  # through the state's own type: importing Qt here costs start-up time
            state = self.windowState()
            self.setWindowState(state | type(state).WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        if "controller" in self.__dict__:
            self.controller.close()
        super().closeEvent(event)
