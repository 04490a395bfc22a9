"""Nothing lost through a save dialog: never over a database, never half a file.

Each export of the window (the Documenten area's PDFs and CSVs, the privacy inzage) refuses a
target that is the open database, another database or a database's companion file with one
clear message, and a full disk or read-only folder leaves the earlier file as it was.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.store.library import Library
from buurtdesk.gui.documents.area import DocumentsArea
from buurtdesk.gui.safety.privacy_dialog import PrivacyDialog
from tests.action_helpers import make_hood
from tests.core.documents.test_corpus_outputs import FAILURES
from tests.corpus import snapshot
from tests.corpus.inject import deny, files_in
from tests.corpus.plugin import record


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    """A meeting with priorities, and one resident who wants feedback by e-mail."""
    hood = make_hood(tmp_path / "docs.buurtdesk")
    meeting = hood.lib.meetings()[0].id
    form = concerns.FormInput(
        meeting, "Graffiti", name="Jan Jansen", email="jan@example.org", wants_feedback=True
    )
    concerns.save_form(hood.lib, form)
    yield hood.lib
    hood.lib.close()


@dataclass
class Screens:
    """The two places the window writes exports from, on the same file."""

    area: DocumentsArea
    privacy: PrivacyDialog


@pytest.fixture
def screens(qtbot: Any, lib: Library) -> Screens:
    found = Screens(DocumentsArea(), PrivacyDialog(None, lib, lambda: None))
    for widget in (found.area, found.privacy):
        qtbot.addWidget(widget)
    found.area.show_meeting(lib, lib.meetings()[0])
    found.privacy.search_edit.setText("Jan")
    assert found.privacy.selected_person() is not None
    return found


# entry -> what clicking it does (the file dialog answers with the chosen name)
EXPORTS: dict[str, Callable[[Screens], object]] = {
    "gui documents pdf": lambda on: on.area.make_pdf("report"),
    "gui documents mailing csv": lambda on: on.area.save_mailing_csv(),
    "gui documents actions csv": lambda on: on.area.save_csv("actions"),
    "gui documents concerns csv": lambda on: on.area.save_csv("concerns"),
    "gui privacy inzage": lambda on: on.privacy.export_inspection(),
}
NAMES = {"gui documents pdf": "uit.pdf", "gui privacy inzage": "uit.json"}


def _sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE kas (bedrag INTEGER)")
    con.close()
    return path


TARGETS: dict[str, Callable[[Library, str], Path]] = {
    "open database": lambda lib, _name: lib.path,
    "other buurtdesk file": lambda lib, _name: Path(
        shutil.copy(lib.path, lib.path.with_name("b.buurtdesk"))
    ),
    "sqlite file": lambda lib, name: _sqlite(lib.path.with_name(name)),
    "wal companion": lambda lib, _name: Path(f"{lib.path}-wal"),
}


# The PDF and the inzage get their own extension, so only a database with that name is theirs.
CASES = [
    (entry, kind)
    for entry in sorted(EXPORTS)
    for kind in sorted(TARGETS)
    if entry not in NAMES or kind == "sqlite file"
]


@pytest.mark.parametrize(("entry", "target_kind"), CASES)
def test_save_dialog_never_overwrites_a_database(
    screens: Screens,
    lib: Library,
    file_dialogs: Any,
    boxes: Any,
    tmp_path: Path,
    entry: str,
    target_kind: str,
    record_property: Any,
) -> None:
    record(record_property, "database", "outputs gui documents")
    target = TARGETS[target_kind](lib, NAMES.get(entry, "uit.csv"))
    stored = snapshot(lib.path)
    before = target.read_bytes() if target.exists() else None
    others = {k: v for k, v in files_in(tmp_path).items() if not k.endswith(("-wal", "-shm"))}
    file_dialogs.save_name = str(target)
    EXPORTS[entry](screens)
    assert boxes.kinds() == ["warning"]
    assert str(target) in boxes.calls[0][2] and "databasebestand" in boxes.calls[0][2]
    assert (target.read_bytes() if target.exists() else None) == before
    after = {k: v for k, v in files_in(tmp_path).items() if not k.endswith(("-wal", "-shm"))}
    assert after == others
    assert snapshot(lib.path) == stored


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
@pytest.mark.parametrize("entry", sorted(EXPORTS))
def test_full_disk_or_read_only_folder_keeps_the_earlier_file(
    entry: str,
    code: int,
    screens: Screens,
    file_dialogs: Any,
    boxes: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, FAILURES[code], "outputs gui documents")
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / NAMES.get(entry, "uit.csv")
    target.write_bytes(b"an earlier export")
    before = files_in(folder)
    file_dialogs.save_name = str(target)
    deny(monkeypatch, folder, code)
    EXPORTS[entry](screens)
    monkeypatch.undo()
    assert boxes.kinds() == ["warning"]
    text = boxes.calls[0][2]
    assert str(target) in text and "Traceback" not in text
    assert files_in(folder) == before
