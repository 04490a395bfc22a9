"""Words and layout of the verslag, actielijst, terugkoppeling and uitnodiging."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_helpers import build_planted, pdf_text

from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.labels import LABELS
from buurtdesk.core.library import Library


@pytest.fixture
def planted(db_path: Path):
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    yield lib, info
    lib.close()


def test_action_statuses_use_the_words_of_the_program() -> None:
    # The window says open / loopt / klaar / vervallen (gui/texts.py action_status).
    nl, en = LABELS["nl"], LABELS["en"]
    assert [nl[f"status_{v}"] for v in ("open", "in_progress", "done", "dropped")] == [
        "open",
        "loopt",
        "klaar",
        "vervallen",
    ]
    assert en["status_in_progress"] == "in progress"


def test_english_report_is_called_minutes(planted, tmp_path: Path) -> None:
    lib, info = planted
    text = pdf_text(make_document(lib, "report", info.meeting_id, tmp_path / "r.pdf", lang="en"))
    assert "Minutes" in text and "Report" not in text


@pytest.mark.parametrize("kind", ["actions", "report"])
def test_dutch_documents_count_dots_not_score(planted, tmp_path: Path, kind: str) -> None:
    lib, info = planted
    nl = pdf_text(make_document(lib, kind, info.meeting_id, tmp_path / "nl.pdf"))
    assert "Score" not in nl and "19 stippen" in nl
    en = pdf_text(make_document(lib, kind, info.meeting_id, tmp_path / "en.pdf", lang="en"))
    assert "19 dots" in en
