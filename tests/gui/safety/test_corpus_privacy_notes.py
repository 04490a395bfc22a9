"""The Privacy window says what an erasure could not do: tables that are not BuurtDesk's were
not searched, and another program reading the file holds the erasure there until it closes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.concerns import intake
from buurtdesk.core.store import erasure_jobs
from buurtdesk.core.store.library import Library
from buurtdesk.gui.safety.privacy_dialog import PrivacyDialog
from tests.corpus.plugin import record


@pytest.mark.parametrize("reader", [False, True], ids=["alone", "another program reading"])
def test_the_privacy_window_names_what_the_erasure_could_not_do(
    qtbot: Any,
    tmp_path: Path,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    reader: bool,
    record_property: Any,
) -> None:
    record(record_property, "erasure", "gui_privacy")
    monkeypatch.setattr(erasure_jobs, "WAIT_FOR_READERS", 0.2)  # 10 s in use
    path = tmp_path / "privacy.buurtdesk"
    lib = Library(path)
    meeting = lib.add_meeting(lib.add_neighbourhood("Oud-Noord"), dt.date(2026, 3, 5))
    form = intake.FormInput(meeting, "Losse tegels", name="Sjaak Öztürk", phone="0648213377")
    intake.save_form(lib, form)
    with lib.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE buren (naam TEXT)")
    other = sqlite3.connect(path, isolation_level=None) if reader else None
    if other is not None:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM submitter").fetchone()
    try:
        dialog = PrivacyDialog(None, lib, lambda: None)
        qtbot.addWidget(dialog)
        dialog.search_edit.setText("Sjaak")
        assert dialog.delete_selected()
        assert boxes.kinds() == ["question", "information"]
        told = boxes.calls[1][2]
        assert "Tabellen die niet van BuurtDesk zijn (buren) zijn niet doorzocht." in told
        assert ("Een ander programma leest het bestand nog" in told) is reader
    finally:
        if other is not None:
            other.close()
        lib.close()
