"""A verslag or feedback letters of a meeting still to come: CONCEPT on every page, the command
line says so, and nothing describes the meeting as held."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from doc_helpers import build_planted, page_texts
from sqlalchemy import update

from buurtdesk.cli import main as cli
from buurtdesk.core.documents import make_document
from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Meeting

STAMP = {"nl": "CONCEPT", "en": "DRAFT"}
# The past tense about the meeting itself, as a meeting held is described.
PAST = {
    "nl": ("U heeft bij onze bijeenkomst", "Deze keer niet gekozen", "Wat ermee gebeurd is",
           "is gebeurd", "uw melding bij de bijeenkomst"),
    "en": ("At our meeting of", "Not chosen this time", "What became of it", "what became of",
           "your concern at the meeting"),
}  # fmt: skip


def _planted(db_path: Path, *, days: int, closed: bool) -> tuple[Library, int]:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    status = MeetingStatus.CLOSED if closed else MeetingStatus.PLANNED
    day = dt.date.today() + dt.timedelta(days=days)
    with lib.session() as s, s.begin():
        s.execute(
            update(Meeting)
            .where(Meeting.id == info.meeting_id)
            .values(status=status, date=day, residents_present=None)
        )
    return lib, info.meeting_id


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["report", "feedback"])
def test_a_meeting_to_come_is_a_draft_on_every_page(db_path, tmp_path, kind, lang) -> None:
    lib, mid = _planted(db_path, days=20, closed=False)
    try:
        pages = page_texts(make_document(lib, kind, mid, tmp_path / "d.pdf", lang=lang))
    finally:
        lib.close()
    assert len(pages) > 1
    assert all(STAMP[lang] in page for page in pages)
    text = " ".join(pages)
    assert [p for p in PAST[lang] if p.lower() in text.lower()] == []


@pytest.mark.parametrize("kind", ["report", "feedback"])
def test_a_meeting_held_is_no_draft(db_path, tmp_path, kind) -> None:
    for days, closed in ((-3, False), (20, True)):  # held but not closed; closed
        lib, mid = _planted(db_path, days=days, closed=closed)
        try:
            for lang in ("nl", "en"):
                out = make_document(lib, kind, mid, tmp_path / "d.pdf", lang=lang)
                assert not any(STAMP[lang] in page for page in page_texts(out))
        finally:
            lib.close()
        db_path.unlink()


def test_the_letters_of_a_meeting_held_speak_of_it_as_held(db_path, tmp_path) -> None:
    lib, mid = _planted(db_path, days=-3, closed=True)
    try:
        text = " ".join(page_texts(make_document(lib, "feedback", mid, tmp_path / "d.pdf")))
    finally:
        lib.close()
    assert "U heeft bij onze bijeenkomst" in text and "Wat ermee gebeurd is" in text


@pytest.mark.parametrize("kind", ["report", "feedback", "actions"])
def test_the_command_line_says_a_document_is_a_draft(db_path, tmp_path, capsys, kind) -> None:
    lib, mid = _planted(db_path, days=20, closed=False)
    lib.close()
    out = tmp_path / "d.pdf"
    args = ["export", kind, "--db", str(db_path), "--meeting", str(mid), "-o", str(out)]
    assert cli.run(args) == cli.EXIT_OK
    err = capsys.readouterr().err.splitlines()
    notes = [line for line in err if line.startswith("note:") and "CONCEPT" in line]
    if kind == "actions":  # an action list is a list of what was agreed, never a draft
        assert notes == []
    else:
        assert notes == [
            f"note: meeting {mid} ({(dt.date.today() + dt.timedelta(days=20)):%d-%m-%Y}) has "
            f"not been held yet: the {kind} is marked CONCEPT on every page"
        ]
