"""The Documenten area: make, open and print PDFs; the CSV exports; clear errors."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices

from buurtdesk.core.actions import edit
from buurtdesk.core.actions import follow_up as actions
from buurtdesk.core.store.library import Library
from buurtdesk.gui.documents import printing
from buurtdesk.gui.documents.area import DocumentsArea
from tests.action_helpers import make_hood


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    hood = make_hood(tmp_path / "docs.buurtdesk")
    edit.add_action(
        hood.lib,
        hood.priorities["Te hard rijden"],
        actions.ActionFields("Snelheidscontroles", hood.partners["Politie"], "wijkagent"),
    )
    yield hood.lib
    hood.lib.close()


@pytest.fixture
def area(qtbot: Any, lib: Library) -> DocumentsArea:
    widget = DocumentsArea()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.show_meeting(lib, lib.meetings()[0])
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: Any) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def test_one_row_per_document_kind(area: DocumentsArea) -> None:
    from buurtdesk.core.documents import KINDS

    assert [k.key for k in area.kinds()] == list(KINDS)
    assert all(area.make_buttons[k].isEnabled() for k in KINDS)
    assert not any(area.open_buttons[k].isEnabled() for k in KINDS)  # nothing made yet
    assert area.default_name("actielijst") == "actielijst-2026-03-05.pdf"


def test_make_pdf_then_open_it(
    area: DocumentsArea, file_dialogs: Any, tmp_path: Path, opened: list[str]
) -> None:
    target = tmp_path / "uit" / "actielijst"
    target.parent.mkdir()
    file_dialogs.save_name = str(target)
    area.make_buttons["actions"].click()
    made = target.with_name("actielijst.pdf")  # the extension is added
    assert made.read_bytes().startswith(b"%PDF")
    assert area.open_buttons["actions"].isEnabled()
    assert area.status_labels["actions"].text() == "Gemaakt: actielijst.pdf"
    assert area.status_labels["actions"].toolTip() == str(made)  # where, as a tip
    area.open_buttons["actions"].click()
    assert opened == [str(made)]


def test_forms_use_the_count_and_start_number(
    area: DocumentsArea, file_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import buurtdesk.core.documents as documents

    seen: dict[str, Any] = {}
    real = documents.make_document

    def spy(lib: Any, kind: str, meeting_id: int, path: Path, **options: Any) -> Path:
        seen.update(options, kind=kind)
        return real(lib, kind, meeting_id, path, **options)

    monkeypatch.setattr(documents, "make_document", spy)
    area.forms_count.setValue(3)
    area.forms_start.setValue(120)
    file_dialogs.save_name = str(tmp_path / "formulieren.pdf")
    area.make_buttons["forms"].click()
    assert seen == {"kind": "forms", "lang": "nl", "count": 3, "start_no": 120}
    assert (tmp_path / "formulieren.pdf").is_file()


def test_a_write_error_gives_one_dutch_message(
    area: DocumentsArea, file_dialogs: Any, tmp_path: Path, boxes: Any
) -> None:
    file_dialogs.save_name = str(tmp_path / "bestaat-niet" / "verslag.pdf")
    area.make_buttons["report"].click()
    assert boxes.kinds() == ["warning"]
    assert "kon niet worden gemaakt" in boxes.calls[0][2]
    assert not area.open_buttons["report"].isEnabled()


def test_cancelled_save_does_nothing(area: DocumentsArea, file_dialogs: Any, boxes: Any) -> None:
    file_dialogs.save_name = ""
    area.make_buttons["ballots"].click()
    assert boxes.calls == [] and area.made == {}


def test_print_without_qtpdf_opens_the_viewer(
    area: DocumentsArea, monkeypatch: pytest.MonkeyPatch, opened: list[str], boxes: Any
) -> None:
    monkeypatch.setattr(printing, "has_pdf_renderer", lambda: False)
    area.print_buttons["invitation"].click()  # no PDF made yet: one is made to print
    assert len(opened) == 1 and opened[0].endswith("uitnodiging-2026-03-05.pdf")
    assert Path(opened[0]).read_bytes().startswith(b"%PDF")
    assert boxes.kinds() == ["information"]


def test_a_pdf_made_only_to_print_does_not_stay_behind(
    area: DocumentsArea, monkeypatch: pytest.MonkeyPatch, opened: list[str], tmp_path: Path
) -> None:
    import os

    monkeypatch.setattr(printing, "has_pdf_renderer", lambda: False)
    monkeypatch.setattr(printing.tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"{printing.PRINT_PREFIX}oud"
    stale.mkdir()
    (stale / "terugkoppeling.pdf").write_bytes(b"%PDF names and addresses")
    day_ago = stale.stat().st_mtime - printing.STALE_SECONDS - 60
    os.utime(stale, (day_ago, day_ago))
    fresh = tmp_path / f"{printing.PRINT_PREFIX}van-een-ander-venster"
    fresh.mkdir()
    area.print_buttons["invitation"].click()
    made = Path(opened[0]).parent
    assert made.parent == tmp_path and made.name.startswith(printing.PRINT_PREFIX)
    assert not stale.exists() and fresh.exists()  # a killed BuurtDesk's leftovers, a day old
    printing.forget_print_folders()  # as when BuurtDesk closes
    assert not made.exists() and fresh.exists()


def test_csv_exports_from_the_area(area: DocumentsArea, file_dialogs: Any, tmp_path: Path) -> None:
    file_dialogs.save_name = str(tmp_path / "acties.csv")
    area.actions_csv_button.click()
    rows = list(csv.DictReader((tmp_path / "acties.csv").open(encoding="utf-8-sig")))
    assert [r["action"] for r in rows] == ["Snelheidscontroles"]
    file_dialogs.save_name = str(tmp_path / "knelpunten.csv")
    area.concerns_csv_button.click()
    text = (tmp_path / "knelpunten.csv").read_text(encoding="utf-8-sig")
    assert "Hondenpoep" in text and "Geheime Naam" not in text and "Eigen woorden" not in text


def test_mailing_csv(area: DocumentsArea, file_dialogs: Any, tmp_path: Path) -> None:
    file_dialogs.save_name = str(tmp_path / "mailing.csv")
    area.mailing_button.click()
    assert (tmp_path / "mailing.csv").is_file()
    assert "Mailing:" in area.status_labels["feedback"].text()


def test_no_meeting_disables_everything(area: DocumentsArea) -> None:
    area.show_meeting(None, None)
    assert not area.make_buttons["actions"].isEnabled()
    assert not area.mailing_button.isEnabled()
