"""Invisible controls (bidi overrides and isolates, zero-width spaces and joiners) never reach
a public PDF or a CSV; real right-to-left text does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.corpus.plugin import record

INVISIBLE = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200b", "\u200d", "\ufeff"]
AGENDA = "Wel\u202ekom\u200b en \u2066opening\u2069"
TITLE = "Lekkage\u202e bij de \u2067school\u2069\u200b in de Dorps\u200dstraat"


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from sqlalchemy import update

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import AgendaItem, Concern, Submitter
    from tests.doc_helpers import EMAIL, build_planted

    path = tmp_path_factory.mktemp("invisible") / "invisible.buurtdesk"
    info = build_planted(path)
    lib = Library(path, create=False)
    with lib.session() as s, s.begin():
        s.execute(update(Concern).where(Concern.number == 1).values(title=TITLE))
        s.execute(update(AgendaItem).where(AgendaItem.position == 0).values(title=AGENDA))
        s.execute(
            update(Submitter)
            .where(Submitter.email == EMAIL)
            .values(name="\u202eJan\u200b Smit\ufeff")
        )
    yield lib, info
    lib.close()


@pytest.mark.parametrize("kind", ["report", "actions", "ballots"])
def test_public_pdfs_hold_no_invisible_controls(
    record_property: Any, planted: Any, tmp_path: Path, kind: str
) -> None:
    from pypdf import PdfReader

    from buurtdesk.core.documents import make_document

    record(record_property, "control", f"{kind}-pdf")
    lib, info = planted
    made = make_document(lib, kind, info.meeting_id, tmp_path / f"{kind}.pdf")
    text = "".join(page.extract_text() or "" for page in PdfReader(str(made)).pages)
    assert [ch for ch in INVISIBLE if ch in text] == []
    assert "Lekkage bij de school" in " ".join(text.split())


def test_the_mail_merge_csv_holds_no_invisible_controls(
    record_property: Any, planted: Any, tmp_path: Path
) -> None:
    from buurtdesk.core.documents import write_feedback_csv

    record(record_property, "control", "feedback-csv")
    lib, info = planted
    out = tmp_path / "mailing.csv"
    assert write_feedback_csv(lib, info.meeting_id, out) >= 1
    text = out.read_text(encoding="utf-8-sig")
    assert [ch for ch in INVISIBLE if ch in text] == []
    assert "Jan Smit" in text


def test_right_to_left_text_stays_in_a_csv_cell() -> None:
    from buurtdesk.core.store.csv_safe import safe_cell

    assert safe_cell("ضوضاء في الشارع", visible=True) == "ضوضاء في الشارع"
    assert safe_cell("می\u200cخواهم", visible=True) == "می\u200cخواهم"
    assert safe_cell("\u202eabc\u202c", visible=True) == "abc"
    assert safe_cell("\u202eabc\u202c") == "\u202eabc\u202c"  # a CSV read back keeps it


def test_pdf_text_loses_invisible_controls_and_keeps_right_to_left_text() -> None:
    from buurtdesk.core.documents import base

    assert base.clean(AGENDA) == "Welkom en opening"
    assert base.clean("רעש ברחוב", shape=False) == "רעש ברחוב"
