"""Layout of the Knelpunten area: the filter bar, the buttons, the table and the menu.

Layout only; ``concerns_area.py`` holds the logic.  Cheap to import (no core modules).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractProxyModel, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.column_fit import ColumnFit
from buurtdesk.gui.common.texts import concern_status, translate
from buurtdesk.gui.concerns.model import SUBMITTERS, TITLE, ConcernListModel, ConcernProxy

ALL = "\x00all"  # combo data meaning "no filter"
STATUSES = ("open", "chosen", "resolved", "merged")


@dataclass
class ConcernActions:
    new_form: QAction
    open: QAction
    find: QAction
    merge: QAction
    unmerge: QAction
    import_: QAction
    delete: QAction
    hide_personal: QAction
    review: QAction

    def all(self) -> list[QAction]:
        return [
            self.new_form,
            self.open,
            self.find,
            self.merge,
            self.unmerge,
            self.import_,
            self.delete,
            self.hide_personal,
            self.review,
        ]


def build_menu(window: QMainWindow, table: QTableView) -> ConcernActions:
    """A "Knelpunten" menu, placed before "Beeld"; Delete and Enter work in the table."""
    menu = window.menuBar().addMenu(translate("Knelpunten", "&Knelpunten"))
    view_menu = getattr(window, "view_menu", None)  # "Beeld", whatever its translation
    if view_menu is not None:
        window.menuBar().insertAction(view_menu.menuAction(), menu.menuAction())

    def action(text: str, *keys: str) -> QAction:
        act = QAction(text, window)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
        menu.addAction(act)
        return act

    actions = ConcernActions(
        new_form=action(translate("Knelpunten", "&Formulieren invoeren…"), "Ctrl+E"),
        open=action(translate("Knelpunten", "Knelpunt &openen…")),
        find=action(translate("Knelpunten", "&Zoeken"), "Ctrl+F"),
        merge=action(translate("Knelpunten", "&Samenvoegen…"), "Ctrl+M"),
        unmerge=action(translate("Knelpunten", "S&plitsen"), "Ctrl+Shift+M"),
        import_=action(translate("Knelpunten", "&Importeren…"), "Ctrl+I"),
        delete=action(translate("Knelpunten", "&Verwijderen…"), "Del"),
        hide_personal=action(
            translate("Knelpunten", "Persoonsgegevens ver&bergen"), "Ctrl+Shift+P"
        ),
        review=action(translate("Knelpunten", "&Mogelijke dubbelen…"), "Ctrl+D"),
    )
    actions.open.setShortcut(QKeySequence(Qt.Key.Key_Return))
    for local in (actions.open, actions.delete):
        local.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(local)
    actions.hide_personal.setCheckable(True)
    actions.hide_personal.setChecked(True)
    return actions


class ConcernsToolbar(QWidget):
    """Search, theme and status filters, the scope and privacy switches, and the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernsToolbar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(6)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("concernSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Zoeken in nummer, titel, thema, straat en meldingen…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Thema"))
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Alle behalve samengevoegd"), None)
        for value in STATUSES:
            self.status_combo.addItem(concern_status(value), value)
        self.scope_check = QCheckBox(self.tr("Alleen deze bijeenkomst"), self)
        self.scope_check.setChecked(True)
        self.privacy_check = QCheckBox(self.tr("Persoonsgegevens verbergen"), self)
        self.privacy_check.setObjectName("privacyCheck")
        self.privacy_check.setChecked(True)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.theme_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.scope_check)
        filters.addWidget(self.privacy_check)
        outer.addLayout(filters)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Formulieren invoeren (Ctrl+E)"), self)
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.merge_button = QPushButton(self.tr("Samenvoegen"), self)
        self.unmerge_button = QPushButton(self.tr("Splitsen"), self)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.count_label = QLabel(self)
        self.count_label.setProperty("hint", True)
        for button in (self.new_button, self.import_button):
            row.addWidget(button)
        row.addSpacing(16)
        for button in (self.merge_button, self.unmerge_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        outer.addLayout(row)
        self.set_themes([])

    def buttons(self, actions: ConcernActions) -> list[tuple[QPushButton, QAction]]:
        return [
            (self.new_button, actions.new_form),
            (self.import_button, actions.import_),
            (self.merge_button, actions.merge),
            (self.unmerge_button, actions.unmerge),
            (self.delete_button, actions.delete),
        ]

    def set_themes(self, names: list[str]) -> None:
        current = self.theme_combo.currentData()
        wanted = [ALL, "", *names]
        if [self.theme_combo.itemData(i) for i in range(self.theme_combo.count())] == wanted:
            return
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("Alle thema's"), ALL)
        self.theme_combo.addItem(self.tr("Zonder thema"), "")
        for name in names:
            self.theme_combo.addItem(name, name)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        self.theme_combo.blockSignals(False)

    def theme_filter(self) -> str | None:
        data = self.theme_combo.currentData()
        return None if data in (None, ALL) else str(data)

    def status_filter(self) -> str | None:
        data = self.status_combo.currentData()
        return None if data is None else str(data)


def setup_table(table: QTableView, proxy: ConcernProxy) -> None:
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    fit_columns(table)


WIDTHS = {0: 64, 2: 120, 3: 140, 4: 80, 5: 100, 6: 100, 7: 100, 8: 260}
MOST = {2: 170, 3: 210}  # theme and street: as wide as their longest value, up to this
TIP = Qt.ItemDataRole.ToolTipRole  # a column's whole name


def fit_columns(table: QTableView, values: dict[int, Iterable[str]] | None = None) -> None:
    """Room for each header (bold, with the sort arrow) and a typical value; the theme and
    street columns fit their longest ``values`` (distinct, so few), within :data:`MOST`.
    In a narrow window they give way to the title (see ``column_fit``)."""
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    cell = table.fontMetrics()
    model = table.model()
    preferred: dict[int, int] = {}
    titles = {c: str(model.headerData(c, Qt.Orientation.Horizontal, TIP) or "") for c in WIDTHS}
    for column, width in WIDTHS.items():
        width = max(width, metrics.horizontalAdvance(titles[column]) + 26)
        longest = max(
            (cell.horizontalAdvance(v) for v in (values or {}).get(column, ())), default=0
        )
        preferred[column] = max(width, min(MOST.get(column, 0), longest + 14))
    # In a narrow list theme, street, the counts and the date give way together; a name cut
    # short keeps its whole text in the header's tooltip.
    digits, day = cell.horizontalAdvance("0000") + 22, cell.horizontalAdvance("00-00-0000") + 16
    fit = ColumnFit.of(table)
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    if isinstance(source, ConcernListModel):
        fit.resized = lambda column, width: source.set_header_text(
            column, metrics.elidedText(titles[column], Qt.TextElideMode.ElideRight, width - 22)
        )
    fit.set_widths(preferred, {2: 80, 3: 90, 4: digits, 5: digits, 6: day})


def show_personal_column(table: QTableView, shown: bool) -> None:
    """The submitters column takes the spare width while shown; the title keeps room to read."""
    header = table.horizontalHeader()
    if header.visualIndex(SUBMITTERS) != TITLE + 1:
        header.moveSection(header.visualIndex(SUBMITTERS), TITLE + 1)  # who, beside what
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    mode = QHeaderView.ResizeMode.Stretch if shown else QHeaderView.ResizeMode.Interactive
    header.setSectionResizeMode(SUBMITTERS, mode)  # shares the spare width with the title
    ColumnFit.of(table).apply()


def no_match_label(table: QTableView) -> QLabel:
    """Shown over the list when the search and filters keep none of the concerns."""
    label = QLabel(
        translate("Knelpunten", "Geen knelpunten gevonden. Pas de zoektekst of de filters aan."),
        table.viewport(),
    )
    label.setObjectName("concernsNoMatch")
    label.setProperty("emptyState", True)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    QVBoxLayout(table.viewport()).addWidget(label)
    label.hide()
    return label
