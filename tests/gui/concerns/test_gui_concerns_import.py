"""The import dialog: choose a file, check the guessed columns, run, read the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED_DATA


@pytest.fixture
def dialog(window: Any, hood_file: Any, file_dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from buurtdesk.gui.concerns import import_dialog

    window.files.open_path(hood_file.path)
    opened: list[Any] = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda d: opened.append(d) or 0)
    window.controller.concerns_area.actions.import_.trigger()
    return opened[0]


def report_rows(dialog: Any) -> list[list[str]]:
    t = dialog.report_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.mark.shared_data
@pytest.mark.parametrize(
    "name", ["paper-forms.csv", "paper-forms-excel-nl.csv", "paper-forms.xlsx"]
)
def test_shared_files_import_with_no_row_lost(
    dialog: Any, window: Any, file_dialogs: Any, name: str
) -> None:
    file_dialogs.open_name = str(SHARED_DATA / name)
    dialog.choose()
    assert dialog.table is not None and len(dialog.table.rows) == 64
    assert dialog.preview.rowCount() == 30
    assert dialog.combos["description"].currentData() is not None
    assert dialog.run()
    rows = report_rows(dialog)
    assert len(rows) == 64 and {r[2] for r in rows} == {"ingevoerd", "bij bestaand knelpunt"}
    assert rows[0][0] == "2"  # the header is line 1
    new = sum(r[2] == "ingevoerd" for r in rows)
    summary = f"{new} ingevoerd als nieuw knelpunt, {64 - new} bij een bestaand knelpunt gevoegd"
    assert summary + ", 0 waren er al, 0 geweigerd" in dialog.summary.text()
    assert window.controller.library.counts()["reports"] == 64
    assert dialog.run()  # the same file again adds nothing
    assert {r[2] for r in report_rows(dialog)} == {"was er al"}
    assert window.controller.library.counts()["reports"] == 64


def test_a_corrected_mapping_is_used(dialog: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "vreemd.csv"
    path.write_text("kolom a;kolom b\nLosse tegels;Putselaan\n;Dordtselaan\n", encoding="utf-8")
    assert dialog.load(str(path))
    assert dialog.combos["description"].currentData() == -1  # nothing recognised
    assert not dialog.run()
    assert "omschrijving" in dialog.file_message.text()
    dialog.combos["description"].setCurrentIndex(1)
    dialog.combos["street"].setCurrentIndex(2)
    assert dialog.run()
    rows = report_rows(dialog)
    assert [r[2] for r in rows] == ["ingevoerd", "geweigerd"]
    assert rows[1][0] == "3" and rows[1][5]  # line 3, with a reason
    dialog.accept()


def test_a_broken_file_gives_one_clear_message(dialog: Any, tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 dit is geen werkmap")
    assert not dialog.load(str(path))
    assert dialog.file_message.text().startswith("Dit bestand kan niet worden ingelezen")
    assert not dialog.run_button.isEnabled()


@pytest.mark.shared_data
def test_the_list_follows_an_import(window: Any, hood_file: Any, monkeypatch: Any) -> None:
    from buurtdesk.gui.concerns import import_dialog

    window.files.open_path(hood_file.path)

    def run(d: Any) -> int:
        d.attach_check.setChecked(False)  # each row a concern of its own
        assert d.load(str(SHARED_DATA / "paper-forms.csv"))
        assert d.run()
        return 1

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    window.controller.concerns_area.actions.import_.trigger()
    area = window.controller.concerns_area
    assert area.proxy.rowCount() == 64
    assert sum(r.reports for r in area.model.rows()) == 64
    # Bewerken > Ongedaan maken takes the whole import back; Opnieuw brings it back.
    assert window.undo_stack.undoText() == "import van 64 formulieren"
    window.action_undo.trigger()
    assert area.proxy.rowCount() == 0 and window.controller.library.counts()["reports"] == 0
    window.action_redo.trigger()
    assert area.proxy.rowCount() == 64 and window.controller.library.counts()["reports"] == 64


def test_refusals_and_warnings_are_explained_in_dutch(dialog: Any, tmp_path: Path) -> None:
    path = tmp_path / "rommelig.csv"
    path.write_text(
        "formulier;omschrijving;datum;terugkoppeling;email\n"
        "1;Losse tegels op de stoep;31-02-2026;ja;\n"  # a day that does not exist
        "2;Hondenpoep in het park;01-03-2026;misschien;\n"  # neither yes nor no
        "3;;01-03-2026;nee;\n"  # no description
        "4;Afval bij de containers;01-03-2026;nee;geen-adres\n"  # imported, odd e-mail
        "5;Te veel cellen;01-03-2026;nee;;x;y\n"
        "4;Iets heel anders dan formulier vier;01-03-2026;nee;\n",  # form number taken
        encoding="utf-8",
    )
    assert dialog.load(str(path))
    assert dialog.run()
    reasons = {row[0]: row[5] for row in report_rows(dialog)}  # by line; the header is 1
    assert reasons["2"] == "Dag 31 bestaat niet: deze maand heeft 28 dagen."
    assert reasons["3"] == "“misschien” is geen ja of nee."
    assert reasons["4"].startswith("Vul de omschrijving in")
    assert reasons["5"].startswith("Let op: Dit e-mailadres ziet er vreemd uit")
    assert reasons["6"].startswith("Deze regel heeft een ander aantal cellen")
    assert reasons["7"] == "Formuliernummer 4 is al gebruikt voor een ander formulier."
    english = ("bad date", "neither", "fields where", "warning", "already used", "empty")
    assert not any(word in " ".join(reasons.values()) for word in english)


@pytest.mark.shared_data
def test_an_import_worked_on_outside_the_history_is_not_undone(
    window: Any, hood_file: Any, monkeypatch: Any, boxes: Any
) -> None:
    from buurtdesk.core.concerns import intake as core
    from buurtdesk.gui.concerns import import_dialog

    window.files.open_path(hood_file.path)

    def run(d: Any) -> int:
        assert d.load(str(SHARED_DATA / "paper-forms.csv")) and d.run()
        return 1

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    window.controller.concerns_area.actions.import_.trigger()
    lib = window.controller.library
    rows = window.controller.concerns_area.model.rows()
    core.merge_concerns(lib, rows[0].id, [rows[1].id])  # e.g. from the command line
    window.action_undo.trigger()
    assert boxes.kinds() == ["warning"] and "niets gewijzigd" in boxes.calls[0][2]
    assert lib.counts()["reports"] == 64
    assert window.undo_stack.count() == 0  # the import is no longer offered for undo


def test_the_column_choices_show_their_names_in_full(
    dialog: Any, tmp_path: Path, qtbot: Any
) -> None:
    names = ["formulier", "datum", "straat", "thema", "omschrijving", "naam", "telefoon"]
    names += ["email", "adres", "terugkoppeling", "toestemming", "postcode", "woonplaats", "taal"]
    path = tmp_path / "enquete.csv"
    path.write_text(";".join(names) + "\n" + ";".join("x" for _ in names) + "\n", "utf-8")
    dialog.show()
    assert dialog.load(str(path))
    qtbot.wait(20)
    for field, combo in dialog.combos.items():
        text = combo.currentText()
        assert text != "" and combo.currentData() not in (None, -1), field
        room = combo.width() - combo.iconSize().width() - 16  # the arrow and the frame
        assert combo.fontMetrics().horizontalAdvance(text) <= room, f"{field}: {text!r} is cut"
    dialog.reject()
