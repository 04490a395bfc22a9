# ruff: noqa: F811  (the planted fixture comes from test_documents)
"""Words and layout of the verslag, actielijst, terugkoppeling and uitnodiging."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_helpers import pdf_text
from test_documents import planted  # noqa: F401  (the shared planted meeting)

from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.labels import LABELS


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


def test_earlier_actions_keep_status_and_note_apart(planted, tmp_path: Path) -> None:
    from buurtdesk.core.documents import action_table, data
    from buurtdesk.core.documents.labels import Texts

    lib, info = planted
    with lib.session() as s:
        meeting = data.meeting_info(s, info.meeting_id)
        earlier = data.earlier_actions(s, meeting)
    rows, late, groups = action_table.earlier_rows(earlier, Texts("nl"), meeting.date)
    header = rows[0]
    assert "Status" in header and "Laatste stand" in header
    assert header[3] == "Uren besteed / gepland"
    assert action_table.action_rows(earlier, Texts("nl"), meeting.date)[0][0][3] == header[3]
    assert groups == [1] and rows[1][0] == "K2 · Knelpunt nummer 2 in de Dorpsstraat"
    row = rows[2]
    assert row[header.index("Status")] == "loopt"
    assert row[header.index("Laatste stand")] == "Loopt nog"
    # Due 01-02-2026, still running at the meeting of 10-03-2026: marked late.
    assert late == [2] and "te laat" in row[header.index("Uiterlijk")]


def test_action_list_marks_late_names_concerns_and_labels_hours_once(
    planted, tmp_path: Path
) -> None:
    lib, info = planted
    for kind in ("actions", "report"):
        text = pdf_text(make_document(lib, kind, info.meeting_id, tmp_path / f"{kind}.pdf"))
        assert "te laat" in text, kind
        assert "K2 · Knelpunt nummer 2 in de Dorpsstraat" in text, kind
        assert text.count("gepland") >= 2, kind  # both tables carry the one label
        assert "Uren: besteed" not in text, kind
    en = pdf_text(make_document(lib, "actions", info.meeting_id, tmp_path / "en.pdf", lang="en"))
    assert "late" in en and "planned" in en
