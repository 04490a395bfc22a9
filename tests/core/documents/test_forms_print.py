"""Printed concern forms: who keeps the data, drawn boxes, one page each, numbers never reused."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import page_texts, squash
from sheet_helpers import body_sizes, drawn_rects

from buurtdesk.cli import main as cli
from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern, Meeting, Report


@pytest.fixture
def meeting(db_path: Path):
    lib = Library(db_path)
    hood = lib.add_neighbourhood("Formulierbuurt")
    mid = lib.add_meeting(hood, dt.date(2027, 4, 2))
    yield lib, mid
    lib.close()


def set_chair(lib: Library, mid: int, chair: str) -> None:
    with lib.session() as s, s.begin():
        s.get(Meeting, mid).chair = chair  # type: ignore[union-attr]


NL_HOLDER = "bewonersoverleg Formulierbuurt"
CASES = [
    ("nl", "Fatima el Amrani", [NL_HOLDER, "Fatima el Amrani, de voorzitter"]),
    ("nl", "", [NL_HOLDER, "Vraag het aan de voorzitter van het bewonersoverleg"]),
    ("en", "", ["meeting of Formulierbuurt", "ask the chair of the residents' meeting"]),
]


@pytest.mark.parametrize(("lang", "chair", "words"), CASES)
def test_the_privacy_notice_names_who_keeps_the_data_and_whom_to_ask(
    meeting, tmp_path: Path, lang: str, chair: str, words: list[str]
) -> None:
    lib, mid = meeting
    set_chair(lib, mid, chair)
    page = squash(
        page_texts(make_document(lib, "forms", mid, tmp_path / "f.pdf", lang=lang, count=1))[0]
    )
    for word in words:
        assert squash(word) in page, word


def test_forms_have_drawn_boxes_one_page_each_and_no_page_count(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    for lang in ("nl", "en"):
        out = make_document(lib, "forms", mid, tmp_path / f"{lang}.pdf", lang=lang, count=3)
        pages = page_texts(out)
        assert len(pages) == 3
        for page in pages:
            assert "☐" not in page
            assert "pagina" not in page and "page 1 of" not in page and "van 3" not in page
        ticks = [(w, h) for w, h in drawn_rects(out) if 6 <= w < 10 and 6 <= h < 10]
        assert len(ticks) == 3 * 3  # the three tick boxes of each form, at least 6 mm


def test_field_boxes_are_drawn(meeting) -> None:
    from reportlab.platypus import Table

    from buurtdesk.core.documents import forms

    lib, mid = meeting
    with lib.session() as s:
        story, _ = forms.compose(s, mid, "nl", count=1)
    boxed = [
        x
        for x in story
        if isinstance(x, Table) and any(c[0] == "BOX" for c in x._bkgrndcmds + x._linecmds)
    ]
    assert len(boxed) >= 8  # the title's number box and the seven fields


def test_form_text_is_at_least_10_pt_and_body_11(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    for lang in ("nl", "en"):
        sizes = body_sizes(make_document(lib, "forms", mid, tmp_path / "f.pdf", lang=lang, count=1))
        assert min(size for size, _t in sizes) >= 10, sorted(sizes)[:5]
        intro = [size for size, t in sizes if t.startswith(("Wat speelt", "What bothers"))]
        assert intro == [11]


def numbers(path: Path) -> list[int]:
    return [
        int(re.search(r"(?:Formuliernummer|Form number)\s*(\d+)", p).group(1))
        for p in page_texts(path)
    ]  # type: ignore[union-attr]


def test_form_numbers_are_never_reused_across_print_runs(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    assert numbers(make_document(lib, "forms", mid, tmp_path / "a.pdf", count=3)) == [1, 2, 3]
    assert numbers(make_document(lib, "forms", mid, tmp_path / "b.pdf", count=2)) == [4, 5]
    make_document(lib, "forms", mid, tmp_path / "c.pdf", count=2, start_no=90)
    assert numbers(make_document(lib, "forms", mid, tmp_path / "d.pdf", count=1)) == [92]
    with lib.session() as s, s.begin():  # a form typed in with a higher number than printed
        hood = s.get(Meeting, mid).neighbourhood_id  # type: ignore[union-attr]
        concern = Concern(neighbourhood_id=hood, number=1, title="Zorg")
        s.add(concern)
        s.flush()
        s.add(Report(meeting_id=mid, wording="x", form_no="120", concern_id=concern.id,
                     original_concern_id=concern.id))  # fmt: skip
    assert numbers(make_document(lib, "forms", mid, tmp_path / "e.pdf", count=1)) == [121]


def test_export_forms_start_warns_when_it_overlaps_a_printed_range(
    meeting, tmp_path: Path, capsys
) -> None:
    lib, mid = meeting
    db = str(lib.path)
    lib.close()
    base = ["export", "forms", "--db", db, "--meeting", str(mid), "-o", str(tmp_path / "f.pdf")]
    assert cli.run([*base, "--count", "10"]) == cli.EXIT_OK
    assert "warning" not in capsys.readouterr().err
    assert cli.run([*base, "--count", "5", "--start", "8"]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert "warning: form numbers 8-12 overlap the numbers 1-10 printed before" in err
    assert cli.run([*base, "--count", "2", "--start", "50"]) == cli.EXIT_OK
    assert "warning" not in capsys.readouterr().err
    assert cli.run([*base, "--count", "1"]) == cli.EXIT_OK
    assert numbers(tmp_path / "f.pdf") == [52]


def test_a_file_opened_read_only_prints_no_unrecorded_numbers(meeting, tmp_path: Path) -> None:
    from buurtdesk.core.errors import DocumentError

    lib, mid = meeting
    looking = Library(lib.path, create=False, read_only=True)
    try:
        for kind in ("forms", "ballots"):
            with pytest.raises(DocumentError, match="read-only; nothing was changed"):
                make_document(looking, kind, mid, tmp_path / f"{kind}.pdf")
            assert not (tmp_path / f"{kind}.pdf").exists()
    finally:
        looking.close()


def test_a_damaged_record_of_printed_ranges_is_read_as_none(meeting, tmp_path: Path) -> None:
    from buurtdesk.core.documents.print_runs import FORM_RANGES_KEY
    from buurtdesk.core.store.models import Setting

    lib, mid = meeting
    for value in ("{not json", '{"a": 1}', '[["x", 2], [3], "y"]'):
        with lib.session() as s, s.begin():
            s.merge(Setting(key=FORM_RANGES_KEY, value=value))
        assert numbers(make_document(lib, "forms", mid, tmp_path / "f.pdf", count=1)) == [1]


def test_a_pdf_that_could_not_be_written_records_no_numbers(meeting, tmp_path: Path) -> None:
    from buurtdesk.core.errors import DocumentError

    lib, mid = meeting
    for kind in ("forms", "ballots"):
        with pytest.raises(DocumentError, match="does not exist"):
            make_document(lib, kind, mid, tmp_path / "nowhere" / "x.pdf", count=4)
    assert numbers(make_document(lib, "forms", mid, tmp_path / "f.pdf", count=1)) == [1]
    text = page_texts(make_document(lib, "ballots", mid, tmp_path / "b.pdf"))[0]
    assert re.search(r"Stembriefje nr\. 1\s+reeks 1-", text)  # the first batch, ballot 1
