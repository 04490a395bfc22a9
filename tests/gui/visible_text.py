"""Collect every text a person can see in a widget tree, and find the Dutch left in it.

``visible_texts`` walks live widgets: labels, buttons, group boxes, check boxes, menus and
their actions, tab texts, table and tree headers and cells, combo items, tool tips, placeholder
texts and window titles.  ``Untranslated`` knows the catalogue: a text is left in Dutch when
it equals (or, after ``%1`` substitution, matches) a Dutch source whose English differs, or
holds a word that only the Dutch sources use, once the file's own data is taken out.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from buurtdesk.core.store.paths import resources_dir

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]+")
PLACEHOLDER = re.compile(r"%(\d+|n)")
PATH = re.compile(r"(?:\b[A-Za-z]:)?[/\\][^\s'\"]*")  # a file path is data: /tmp/…-6vjx4hoe
MIN_TEMPLATE_LETTERS = 8  # "%1 van %2" would match any data with "van" in it


def clean(text: str) -> str:
    text = TAG.sub(" ", text).replace("&nbsp;", " ")
    text = re.sub(r"&(?=\w)", "", text).replace("&&", "&")  # accelerators
    return " ".join(text.split())


def english_catalogue() -> list[tuple[str, str, str]]:
    """``(context, source, translation)`` of every message in ``buurtdesk_en.ts``."""
    root = ET.parse(resources_dir() / "translations" / "buurtdesk_en.ts").getroot()
    rows = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = "" if node is None or node.get("type") == "unfinished" else node.text or ""
            rows.append((name, message.findtext("source") or "", text))
    return rows


def file_data(path: Path) -> set[str]:
    """Every text stored in a BuurtDesk file: titles, streets, names are data, not interface."""
    found: set[str] = set()
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 2)
    return found


@dataclass
class Untranslated:
    data: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        rows = english_catalogue()
        differs = [(clean(s), clean(t)) for _c, s, t in rows if clean(s) != clean(t)]
        self.sources = {s for s, _t in differs}
        self.templates = []
        for source, _t in differs:
            if PLACEHOLDER.search(source):
                letters = len(WORD.findall(PLACEHOLDER.sub("", source)))
                literal = "".join(WORD.findall(PLACEHOLDER.sub("", source)))
                if letters and len(literal) >= MIN_TEMPLATE_LETTERS:
                    pattern = PLACEHOLDER.split(re.escape(source).replace(r"\%", "%"))
                    regex = ".+?".join(p for i, p in enumerate(pattern) if i % 2 == 0)
                    self.templates.append(re.compile(regex, re.DOTALL))
        english = {w.lower() for _c, _s, t in rows for w in WORD.findall(clean(t))}
        dutch = {w.lower() for _c, s, _t in rows for w in WORD.findall(clean(s))}
        self.words = {w for w in dutch - english if len(w) >= 3}
        self.data_by_length = sorted(self.data, key=len, reverse=True)

    def without_data(self, text: str) -> str:
        text = PATH.sub(" ", self._elided(text))
        line = re.sub(r"^K\d+\s+", "", text.strip())
        if len(line) >= 8 and any(line in value for value in self.data):
            return ""  # one line of a stored title wrapped over two lines on a slide
        for value in self.data_by_length:
            if value in text:
                text = text.replace(value, " ")
        return text

    def _elided(self, text: str) -> str:
        """Take out data cut short with "…" (a long title on a slide): the longest tail of the
        text before "…" that begins some stored value."""
        if "…" not in text:
            return text
        head, _sep, tail = text.partition("…")
        words = head.split(" ")
        for start in range(len(words)):
            candidate = " ".join(words[start:]).strip()
            if len(candidate) >= 8 and any(v.startswith(candidate) for v in self.data):
                return " ".join(words[:start]) + " " + self._elided(tail)
        return text

    def why(self, text: str) -> str | None:
        """Why ``text`` looks untranslated, or None."""
        text = clean(text)
        if not text:
            return None
        parts = [text, *re.split(r" · |\n|: ", text)]
        for part in parts:
            part = part.strip()
            if part in self.data:  # the file's own words, e.g. a theme called "Overig"
                continue
            if part in self.sources:
                return "a Dutch source text"
            for template in self.templates:
                if template.fullmatch(part):
                    return f"matches the Dutch template {template.pattern!r}"
        rest = self.without_data(text)
        dutch = sorted({w for w in WORD.findall(rest.lower()) if w in self.words})
        if dutch:
            return f"Dutch words {dutch}"
        return None

    def check(self, texts: Iterable[tuple[str, str]]) -> list[str]:
        problems = []
        for where, text in texts:
            reason = self.why(text)
            if reason:
                problems.append(f"{where}: {text!r} ({reason})")
        return problems


def _model_texts(model: QAbstractItemModel | None, where: str) -> list[tuple[str, str]]:
    if model is None:
        return []
    out = []
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        for role in (display, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append((f"{where} header {column}", value))
    for row in range(min(model.rowCount(), 200)):
        for column in range(model.columnCount()):
            for role in (display, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    out.append((f"{where} cell {row},{column}", value))
    return out


def _tree_item_texts(item: QTreeWidgetItem, where: str) -> list[tuple[str, str]]:
    out = []
    for column in range(item.columnCount()):
        out.append((f"{where} item", item.text(column)))
        out.append((f"{where} item tip", item.toolTip(column)))
    for index in range(item.childCount()):
        out += _tree_item_texts(item.child(index), where)
    return out


def _action_texts(action: QAction, where: str) -> list[tuple[str, str]]:
    out = [(f"{where} action", action.text()), (f"{where} action tip", action.toolTip())]
    out.append((f"{where} status tip", action.statusTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.append((f"{where} menu", menu.title()))
        for sub in menu.actions():
            out += _action_texts(sub, f"{where} › {clean(menu.title())}")
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text of ``root`` and its children, shown or one click away (menus, tabs)."""
    out: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        out.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            out.append((name, widget.text()))
        if isinstance(widget, QAbstractButton):
            out.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            out.append((name, widget.title()))
        if isinstance(widget, QLineEdit):
            out.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            out.append((f"{name} placeholder", widget.placeholderText()))
            out.append((name, widget.toPlainText()))
        if isinstance(widget, QAbstractSpinBox):
            out.append((f"{name} special", widget.specialValueText()))
            out.append((f"{name} text", widget.text()))
        if isinstance(widget, QComboBox):
            out += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                out += [(f"{name} tab", widget.tabText(i)), (f"{name} tab", widget.tabToolTip(i))]
        if isinstance(widget, QListWidget):
            out += [(f"{name} item", widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            out += [(f"{name} header", header.text(c)) for c in range(header.columnCount())]
            for i in range(widget.topLevelItemCount()):
                out += _tree_item_texts(widget.topLevelItem(i), name)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            out += _model_texts(widget.model(), name)
        if isinstance(widget, QMenu):
            out.append((f"{name} title", widget.title()))
        for action in widget.actions():
            out += _action_texts(action, name)
    return [(where, text) for where, text in out if text and text.strip()]
