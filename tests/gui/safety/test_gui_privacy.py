"""The Privacy dialog: search, inzage as JSON and CSV, deletion, retention, anonymised copy."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import backup
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern, Report, Submitter
from buurtdesk.gui.safety.privacy_dialog import PrivacyDialog


def _resident(lib: Library, hood: int, number: int, received: dt.date, **who: str) -> int:
    with lib.session() as s, s.begin():
        concern = Concern(neighbourhood_id=hood, number=number, title=f"Knelpunt {number}")
        s.add(concern)
        s.flush()
        sub = Submitter(**who)
        for words in ("eigen woorden", "nog een keer"):
            s.add(
                Report(
                    concern_id=concern.id,
                    original_concern_id=concern.id,
                    wording=words,
                    received_on=received,
                    submitter=sub,
                )
            )
        s.flush()
        return sub.id


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "privacy.buurtdesk")
    hood = library.add_neighbourhood("Oud-Noord")
    today = dt.date.today()
    _resident(library, hood, 1, today - dt.timedelta(days=800), name="Oude Melder", phone="0101")
    _resident(library, hood, 2, today, name="Sjaak Öztürk", email="sjaak@example.org")
    yield library
    library.close()


@pytest.fixture
def dialog(qtbot: Any, lib: Library) -> PrivacyDialog:
    erased: list[bool] = []
    d = PrivacyDialog(None, lib, lambda: erased.append(True))
    d.erased = erased  # type: ignore[attr-defined]
    qtbot.addWidget(d)
    return d


def _cells(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_search_shows_the_person_and_reports(dialog: PrivacyDialog) -> None:
    dialog.search_edit.setText("ozturk")  # accents and case ignored
    assert [row[0] for row in _cells(dialog.people_table)] == ["Sjaak Öztürk"]
    reports = _cells(dialog.reports_table)
    assert [r[2] for r in reports] == ["eigen woorden", "nog een keer"]
    assert reports[0][0] == "K2 · Knelpunt 2"
    assert reports[0][1] == dt.date.today().strftime("%d-%m-%Y")
    dialog.search_edit.setText("")
    assert dialog.people_table.rowCount() == 0 and not dialog.delete_button.isEnabled()


def test_inspection_exports_json_and_csv(
    dialog: PrivacyDialog, file_dialogs: Any, tmp_path: Path
) -> None:
    dialog.search_edit.setText("Sjaak")
    file_dialogs.save_name = str(tmp_path / "inzage")  # no suffix: JSON
    made = dialog.export_inspection()
    assert made == tmp_path / "inzage.json"
    data = json.loads(made.read_text(encoding="utf-8"))
    assert data["name"] == "Sjaak Öztürk" and len(data["reports"]) == 2
    file_dialogs.save_name = str(tmp_path / "inzage.csv")
    made = dialog.export_inspection()
    assert made is not None
    with made.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [(r["name"], r["email"], r["own_words"]) for r in rows] == [
        ("Sjaak Öztürk", "sjaak@example.org", "eigen woorden"),
        ("Sjaak Öztürk", "sjaak@example.org", "nog een keer"),
    ]


def test_delete_person_keeps_the_concerns(dialog: PrivacyDialog, lib: Library, boxes: Any) -> None:
    dialog.search_edit.setText("Sjaak")
    assert dialog.delete_selected()
    assert boxes.kinds() == ["question", "information"] and "Sjaak Öztürk" in boxes.calls[0][2]
    assert privacy.find_people(lib, "Sjaak") == []
    assert dialog.people_table.rowCount() == 0
    with lib.session() as s:
        assert s.query(Report).count() == 4 and s.query(Concern).count() == 2
    assert dialog.erased == [True]  # type: ignore[attr-defined]


def test_retention_preview_and_apply(dialog: PrivacyDialog, lib: Library, boxes: Any) -> None:
    old = backup.make_backup(lib.path, "daily", now=dt.datetime.now() - dt.timedelta(days=500))
    recent = backup.make_backup(lib.path, "manual")
    assert dialog.months_spin.value() == 12
    assert [row[0] for row in _cells(dialog.preview_table)] == ["Oude Melder"]
    assert "Back-ups ouder dan 12 maanden" in dialog.preview_label.text()
    dialog.months_spin.setValue(30)  # stored in the file, and the preview follows
    assert privacy.retention_months(lib) == 30 and dialog.preview_table.rowCount() == 0
    dialog.months_spin.setValue(12)
    assert dialog.apply_retention() == 1
    assert boxes.kinds() == ["question", "information"]  # what became of the backups
    assert privacy.find_people(lib, "Oude") == [] and privacy.find_people(lib, "Sjaak")
    assert not old.exists() and recent.exists()
    assert dialog.preview_table.rowCount() == 0 and not dialog.anonymise_button.isEnabled()
    assert dialog.erased == [True]  # type: ignore[attr-defined]


def test_anonymised_copy(
    dialog: PrivacyDialog, lib: Library, file_dialogs: Any, boxes: Any, tmp_path: Path
) -> None:
    file_dialogs.save_name = str(tmp_path / "overdracht")
    made = dialog.save_anonymised_copy()
    assert made == tmp_path / "overdracht.buurtdesk"
    con = sqlite3.connect(made)
    try:
        assert con.execute("SELECT count(*) FROM submitter").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM report").fetchone()[0] == 4
    finally:
        con.close()
    assert b"Sjaak" not in made.read_bytes()
    assert dialog.save_anonymised_copy() is None  # the name is taken now
    assert boxes.kinds() == ["information", "warning"]
    assert privacy.find_people(lib, "Sjaak")  # the open file keeps its data


def test_menu_opens_privacy(window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[PrivacyDialog] = []
    monkeypatch.setattr(PrivacyDialog, "exec", lambda d: shown.append(d) or 0)
    window.files.open_path(hood_file.path)
    window.action_privacy.trigger()
    assert len(shown) == 1 and shown[0].lib is window.controller.library
    window.undo_stack.push(QUndoCommand("een eerdere bewerking"))
    window.safety.after_erasure()
    assert window.undo_stack.count() == 0


def test_a_failed_write_says_so_and_keeps_everything(
    dialog: PrivacyDialog, lib: Library, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    def full(*_a: Any, **_k: Any) -> None:
        raise OperationalError("DELETE", {}, Exception("database or disk is full"))

    monkeypatch.setattr(privacy, "erase_people", full)
    dialog.search_edit.setText("Sjaak")
    assert not dialog.delete_selected()
    assert dialog.apply_retention() == 0
    assert boxes.kinds() == ["question", "warning", "question", "warning"]
    assert "disk is full" in boxes.calls[1][2]
    assert privacy.find_people(lib, "Sjaak") and privacy.find_people(lib, "Oude Melder")
    assert dialog.erased == []  # type: ignore[attr-defined]


def test_the_anonymised_copy_says_which_texts_lost_a_possible_name(
    dialog: PrivacyDialog, lib: Library, file_dialogs: Any, boxes: Any, tmp_path: Path
) -> None:
    from sqlalchemy import update

    with lib.session() as s, s.begin():
        title = "Jan Jansen van nummer 14 zet afval buiten"
        s.execute(update(Concern).where(Concern.number == 1).values(title=title))
    file_dialogs.save_name = str(tmp_path / "overdracht")
    made = dialog.save_anonymised_copy()
    assert made is not None and b"Jansen" not in made.read_bytes()
    assert boxes.kinds() == ["information"]
    assert "in 1 tekst(en) is een mogelijke naam" in boxes.calls[0][2]
