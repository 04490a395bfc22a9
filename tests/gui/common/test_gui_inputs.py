"""Hostile input through the window: formulas in the inzage CSV, personal columns and hostile
workbooks in the import dialog.  Each case is one corpus case of kind ``inputs``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from buurtdesk.core.store.library import Library
from tests.core.concerns.test_corpus_inputs import BOOKS, HOSTILE, risky_cells
from tests.corpus import make_file
from tests.corpus.plugin import record
from tests.xlsx_parts import lower_limits


@pytest.fixture
def import_dialog(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    from buurtdesk.gui.concerns.import_dialog import ImportDialog

    path, _hood, meeting = make_file(tmp_path / "gui.buurtdesk")
    lib = Library(path, create=False)
    dialog = ImportDialog(lib, meeting)
    yield dialog
    dialog.deleteLater()
    lib.close()


def test_inspection_csv_never_writes_a_formula(tmp_path: Path, record_property: Any) -> None:
    from buurtdesk.core.privacy.inspection_file import write_inspection

    record(record_property, "inputs", "gui_privacy")
    person = {"id": 7, "name": HOSTILE[0], "phone": HOSTILE[1], "email": HOSTILE[3],
              "address": HOSTILE[2], "wants_feedback": True, "consent": False,
              "created_at": "2026-03-05"}  # fmt: skip
    person["reports"] = [{"concern": "K1", "public_title": h, "own_words": h} for h in HOSTILE]
    target = tmp_path / "inzage.csv"
    write_inspection(person, target)
    text = target.read_text(encoding="utf-8-sig")
    assert risky_cells(text, ";") == [] and "'=HYPERLINK(" in text


def test_import_dialog_names_personal_columns(
    import_dialog: Any, tmp_path: Path, record_property: Any
) -> None:
    from tests.core.concerns.test_corpus_inputs import PERSONAL_FILE

    record(record_property, "inputs", "gui_import")
    source = tmp_path / "persoonlijk.csv"
    source.write_text(PERSONAL_FILE, encoding="utf-8")
    assert import_dialog.load(str(source))
    message = import_dialog.file_message.text()
    assert "Geboortedatum" in message and "Geslacht" in message
    assert "Naam melder" not in message
    assert import_dialog.combos["name"].currentData() == 1


@pytest.mark.parametrize("name", list(BOOKS))
def test_import_dialog_refuses_a_hostile_workbook(
    import_dialog: Any,
    tmp_path: Path,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, "inputs", "gui_import")
    opened = lower_limits(monkeypatch)
    data, word = BOOKS[name]
    source = tmp_path / f"{name}.xlsx"
    source.write_bytes(data)
    assert not import_dialog.load(str(source))
    message = import_dialog.file_message.text()
    assert word in message and "\n" not in message
    assert import_dialog.table is None and not import_dialog.run_button.isEnabled()
    assert import_dialog.lib.counts()["reports"] == 1  # only the form already there
    if name.startswith(("bomb", "shared")):
        assert opened == []


def test_import_dialog_lists_a_bounded_part_of_a_long_file(
    import_dialog: Any, tmp_path: Path, record_property: Any
) -> None:
    from buurtdesk.core.concerns.import_report import KEEP_LINES, KEEP_PROBLEMS

    record(record_property, "inputs", "gui_import")
    rows = KEEP_LINES + KEEP_PROBLEMS + 500
    source = tmp_path / "lang.csv"
    lines = ["Omschrijving;Datum"] + [f"Losse tegels {n};31-02-2026" for n in range(rows)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_dialog.load(str(source)) and import_dialog.run()
    assert import_dialog.report_table.rowCount() == KEEP_LINES + KEEP_PROBLEMS
    summary = import_dialog.summary.text()
    assert f"{rows} geweigerd" in summary and f"van de {rows} regels" in summary
