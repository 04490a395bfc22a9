"""The printed documents: content, order, page numbers, fonts, privacy and bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import (
    EMAIL,
    NAME,
    OTHER_NAME,
    PLANTED,
    WORDING,
    build_planted,
    fonts,
    invitable,
    page_texts,
    pdf_text,
    squash,
)
from pypdf import PdfReader

from buurtdesk.core.documents import KINDS, make_document
from buurtdesk.core.errors import DocumentError
from buurtdesk.core.store.library import Library

PUBLIC = ("actions", "report", "invitation", "ballots")


@pytest.fixture
def planted(db_path: Path):
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    yield lib, info
    lib.close()


def test_action_list_has_every_action_owner_and_date_in_order(planted, tmp_path: Path) -> None:
    lib, info = planted
    out = make_document(lib, "actions", info.meeting_id, tmp_path / "a.pdf")
    text = pdf_text(out)
    pos = 0
    for what, owner, due in info.actions:
        for part in (what, owner, due):
            found = text.find(part, pos)
            assert found >= 0, f"{part!r} missing or out of order"
            pos = found
    # The earlier action is reviewed after the new ones, with its latest note.
    assert text.find(info.earlier_action) > pos
    assert "Loopt nog" in text
    assert "Politie Wijkagent Piet" in text  # a partner organisation's person, under it
    assert "Prioriteiten" in text and "19 stippen" in text


def test_every_kind_builds_a_pdf_with_embedded_dejavu(planted, tmp_path: Path) -> None:
    lib, info = planted
    for kind in KINDS:
        mid = invitable(lib, kind, info.meeting_id)
        out = make_document(lib, kind, mid, tmp_path / f"{kind}.pdf")
        assert out.read_bytes().startswith(b"%PDF-")
        found = fonts(out)
        assert found, kind
        assert all(f["embedded"] for f in found), (kind, found)
        assert {str(f["name"]).split("+")[-1] for f in found} <= {
            "DejaVuSans",
            "DejaVuSans-Bold",
        }, (kind, found)


@pytest.mark.parametrize("kind", PUBLIC)
def test_public_documents_carry_no_personal_data(planted, tmp_path: Path, kind: str) -> None:
    lib, info = planted
    for lang in ("nl", "en"):
        mid = invitable(lib, kind, info.meeting_id)
        text = pdf_text(make_document(lib, kind, mid, tmp_path / "p.pdf", lang=lang))
        flat = squash(text).lower()
        for secret in (*PLANTED, WORDING, OTHER_NAME, "Eigen woorden"):
            assert squash(secret).lower() not in flat, (kind, lang, secret)
        assert "Dorpsstraat" in text  # the public title and street are there


def test_report_names_partners_not_people(planted, tmp_path: Path) -> None:
    lib, info = planted
    text = pdf_text(make_document(lib, "report", info.meeting_id, tmp_path / "r.pdf"))
    assert "Wijkagent Piet" not in text
    assert "Bewoners aanwezig: 12" in text
    assert "Partners aanwezig: Politie, Gemeente" in text
    assert "Partners afwezig: Woningcorporatie" in text
    assert "14 containers, 6 boetes" in text
    assert "Uitslag van de stemming" in text
    assert "Actie 1.1 voor knelpunt 1" in text
    # The merged concern is not listed on its own; the others are with their counts.
    assert "K4 " not in text and "K3 Knelpunt nummer 3" in text


def test_feedback_sheets_carry_the_residents_own_words(planted, tmp_path: Path) -> None:
    lib, info = planted
    pages = page_texts(make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf"))
    mine = [p for p in pages if NAME in p]
    assert len(mine) == 1  # one sheet per resident, even with two concerns
    sheet = mine[0]
    assert squash(WORDING) in squash(sheet) and "Geheimlaan 42b" in sheet
    assert "Gekozen als prioriteit (plaats 1)" in sheet
    assert "Samengevoegd met K1" in sheet
    assert any(OTHER_NAME in p for p in pages)
    overview = pages[0]
    assert NAME not in overview and "Deze keer niet gekozen" in overview


def test_page_numbers_count_every_page(db_path: Path, tmp_path: Path) -> None:
    info = build_planted(db_path, n_priorities=30)
    lib = Library(db_path, create=False)
    try:
        out = make_document(lib, "actions", info.meeting_id, tmp_path / "long.pdf")
    finally:
        lib.close()
    pages = page_texts(out)
    total = len(PdfReader(str(out)).pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in text
        assert "Testbuurt" in text and "Gemaakt op" in text


def test_english_labels(planted, tmp_path: Path) -> None:
    lib, info = planted
    text = pdf_text(make_document(lib, "actions", info.meeting_id, tmp_path / "e.pdf", lang="en"))
    assert "page 1 of 1" in text and "Action list" in text and "Meeting of 10 March 2026" in text


@pytest.mark.parametrize(
    "extra",
    [
        " 😀🚲🏠 emoji",
        " שלום עליכם و مرحبا بكم",
        " " + "x" * 300,
        " <b>&amp; <unclosed> \x07 \u200f",
        " 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0010ffff",
    ],
)
def test_hostile_text_never_crashes(db_path: Path, tmp_path: Path, extra: str) -> None:
    info = build_planted(db_path, title_extra=extra)
    lib = Library(db_path, create=False)
    try:
        for kind in KINDS:
            mid = invitable(lib, kind, info.meeting_id)
            out = make_document(lib, kind, mid, tmp_path / f"{kind}.pdf")
            assert len(PdfReader(str(out)).pages) >= 1
            assert "Knelpunt nummer 1" in pdf_text(out) or kind == "forms"
    finally:
        lib.close()


def test_a_300_character_word_is_kept_whole_across_lines(db_path: Path, tmp_path: Path) -> None:
    word = "abcdefghij" * 30
    info = build_planted(db_path, title_extra=" " + word)
    lib = Library(db_path, create=False)
    try:
        text = pdf_text(make_document(lib, "report", info.meeting_id, tmp_path / "w.pdf"))
    finally:
        lib.close()
    assert word in squash(text).replace("-", "")  # every letter, in order
    assert re.search(r"[a-j]- ?[a-j]", text)  # cut with a visible hyphen


def test_an_empty_meeting_gives_a_valid_pdf_saying_so(db_path: Path, tmp_path: Path) -> None:
    lib = Library(db_path)
    try:
        hood = lib.add_neighbourhood("Lege buurt")
        meeting = lib.add_meeting(hood, dt.date(2027, 5, 1))
        for kind in KINDS:
            out = make_document(lib, kind, meeting, tmp_path / f"{kind}.pdf")
            text = pdf_text(out)
            assert "Lege buurt" in text, kind
            if kind in ("actions", "report", "feedback"):
                assert "nog niets vastgelegd" in text, kind
            if kind == "ballots":
                assert "Nog geen knelpunten" in text
            if kind == "invitation":
                assert "Er is nog geen top 3 gekozen" in text
    finally:
        lib.close()


def test_forms_number_each_form(planted, tmp_path: Path) -> None:
    lib, info = planted
    out = make_document(lib, "forms", info.meeting_id, tmp_path / "f.pdf", count=3, start_no=500)
    pages = page_texts(out)
    assert len(pages) == 3
    for page, number in zip(pages, (500, 501, 502), strict=True):
        assert str(number) in page and "Privacy" in page and "toestemming" in page
    # Without a start number, the numbering follows the highest form number in the file.
    pages = page_texts(make_document(lib, "forms", info.meeting_id, tmp_path / "g.pdf", count=1))
    assert "704" in pages[0]


def test_bad_requests_give_one_clear_error(planted, tmp_path: Path) -> None:
    lib, info = planted
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")
    with pytest.raises(DocumentError, match="no meeting with id 999"):
        make_document(lib, "report", 999, target)
    with pytest.raises(DocumentError, match="unknown document"):
        make_document(lib, "poster", info.meeting_id, target)
    with pytest.raises(DocumentError, match="unknown language"):
        make_document(lib, "report", info.meeting_id, target, lang="fr")
    with pytest.raises(DocumentError, match="between 1 and"):
        make_document(lib, "forms", info.meeting_id, target, count=0)
    with pytest.raises(DocumentError, match="it is a folder"):
        make_document(lib, "report", info.meeting_id, tmp_path)
    with pytest.raises(DocumentError, match="does not exist"):
        make_document(lib, "report", info.meeting_id, tmp_path / "no" / "x.pdf")
    assert target.read_bytes() == b"old"
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.buurtdesk")]
    assert left == ["keep.pdf"]  # no temporary file left behind


def test_demo_documents_carry_no_demo_personal_data(tmp_path: Path) -> None:
    from sqlalchemy import select

    from buurtdesk.core.demo.create import create_demo
    from buurtdesk.core.store.models import Report, Submitter

    db = tmp_path / "demo.buurtdesk"
    create_demo(db, today=dt.date(2026, 11, 1))
    lib = Library(db, create=False)
    try:
        with lib.session() as s:
            people = s.scalars(select(Submitter)).all()
            secrets = {x for p in people for x in (p.name, p.email, p.phone, p.address) if x}
            secrets |= {w for w in s.scalars(select(Report.wording)) if len(w) > 25}
        assert secrets
        for meeting in lib.meetings():
            for kind in PUBLIC:
                mid = invitable(lib, kind, meeting.id)
                flat = squash(pdf_text(make_document(lib, kind, mid, tmp_path / "d.pdf")))
                leaked = [x for x in secrets if squash(x) in flat]
                assert leaked == [], (kind, meeting.id, leaked[:3])
    finally:
        lib.close()
    assert EMAIL not in secrets


@pytest.mark.parametrize(
    ("method", "says"),
    [("approval", "Kruis elk knelpunt aan"), ("ranked", "Kies hoogstens 3"), ("dots", "Verdeel 3")],
)
def test_ballot_follows_the_voting_method(planted, tmp_path: Path, method: str, says: str) -> None:
    from sqlalchemy import update

    from buurtdesk.core.enums import VotingMethod
    from buurtdesk.core.store.models import Meeting

    lib, info = planted
    with lib.session() as s, s.begin():
        s.execute(
            update(Meeting)
            .where(Meeting.id == info.meeting_id)
            .values(voting_method=VotingMethod(method))
        )
    text = pdf_text(make_document(lib, "ballots", info.meeting_id, tmp_path / "b.pdf"))
    assert says in text
    assert "K1" in text and "K2" in text and "K4" not in text  # merged K4 is not on it
    assert "○" not in text  # circles and boxes are drawn, see test_ballots_print.py


def test_invitation_is_one_page_for_the_next_meeting(planted, tmp_path: Path) -> None:
    lib, info = planted
    hood = lib.neighbourhood_id("Testbuurt")
    assert hood is not None
    planned = lib.add_meeting(
        hood, dt.date(2026, 6, 2), dt.time(20, 0), location="Wijkcentrum Oost"
    )
    out = make_document(lib, "invitation", planned, tmp_path / "i.pdf")
    pages = page_texts(out)
    assert len(pages) == 1
    text = pages[0]
    assert "dinsdag 2 juni 2026 van 20:00 tot 21:30 uur" in text and "Wijkcentrum Oost" in text
    assert "1. Knelpunt nummer 1 in de Dorpsstraat" in text
    assert "de aanpak door de politie, de gemeente en de bewoners staat nog open." in text
    assert "Wijkagent Piet" not in text
