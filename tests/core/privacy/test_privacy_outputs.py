"""No personal data in any public output: planted names, phone numbers, e-mail addresses, postal
addresses and a resident's own wording never reach the projector, the slide PNGs, the public
PDFs, the public CSV exports or the anonymised copy."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from buurtdesk.cli.main import run
from buurtdesk.core.actions.edit import add_action
from buurtdesk.core.actions.follow_up import ActionFields, partners
from buurtdesk.core.actions.follow_up import priorities as action_priorities
from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.slide_data import load_deck
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action
from buurtdesk.core.voting import counting as voting
from tests.doc_helpers import pdf_text
from tests.gui.planted_meeting import WORDING, Planted, build

# A second resident, entered through the form like any other: every kind of personal data,
# and a wording with a house number and a phone number in it.
NAME = "Jantje Geheimzinnig"
PHONE = "06-98765432"
EMAIL = "jantje.geheim@example.org"
ADDRESS = "Geheimlaan 42b"
FORM_WORDING = "Buurman Geheimlaan 42b belt 06-98765432 om drie uur 's nachts"
SECRETS = (
    NAME,
    "Geheimzinnig",
    PHONE,
    "98765432",
    EMAIL,
    ADDRESS,
    "Geheimlaan 42",
    "Geheime Naam",  # the first resident (tests/gui/planted_meeting.py)
    "06-99887766",
    "99887766",
    "geheim@example.nl",
    "Tarwestraat 12",
    WORDING,  # the first resident's own words (its concern has a title of its own)
    "Piet op",
    "Agent Bakker",  # an action's responsible person: only the actielijst names a partner's
)


def leaks(text: str) -> list[str]:
    folded = text.casefold()
    return [s for s in SECRETS if s.casefold() in folded]


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planted]:
    made = build(tmp_path_factory.mktemp("privacy") / "planted.buurtdesk", n=6)
    lib = Library(made.path)
    try:
        concerns.save_form(
            lib,
            concerns.FormInput(
                made.meeting,
                FORM_WORDING,
                street=ADDRESS,
                name=NAME,
                phone=PHONE,
                email=EMAIL,
                address=ADDRESS,
                wants_feedback=True,
                consent=True,
            ),
        )
        with lib.session() as s, s.begin():  # a professional, yet named in no public output
            s.execute(update(Action).values(responsible_person="Agent Bakker"))
        voting.set_method(lib, made.meeting, priorities=2)
        for number, count in ((1, 6), (7, 5), (2, 1)):
            voting.set_tally(lib, made.meeting, f"K{number}", count)
        voting.choose_priorities(lib, made.meeting)
        police = next(p.id for p in partners(lib) if p.name == "Politie")
        for prio in action_priorities(lib, made.meeting):
            add_action(lib, prio.id, ActionFields(f"Controle bij {prio.concern_code}", police))
    finally:
        lib.close()
    yield made


def test_the_planted_data_is_really_there(planted: Planted, tmp_path: Path) -> None:
    """The personal export does carry it: so the checks below look at the right file."""
    out = tmp_path / "personal.csv"
    argv = ["export", "concerns", "--db", str(planted.path), "--meeting", str(planted.meeting)]
    assert run([*argv, "-o", str(out), "--with-personal-data"]) == 0
    text = out.read_text(encoding="utf-8")
    assert {NAME, PHONE, EMAIL, ADDRESS, "Geheime Naam", FORM_WORDING} <= {
        s for s in (*SECRETS, FORM_WORDING) if s in text
    }
    lib = Library(planted.path)
    try:
        assert len(voting.priorities(lib, planted.meeting)) == 2
    finally:
        lib.close()


def test_projector_paints_no_personal_data(qtbot: Any, planted: Planted) -> None:
    from buurtdesk.gui.projector.window import ProjectorWindow

    lib = Library(planted.path)
    deck = load_deck(lib, planted.meeting)
    lib.close()
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.set_deck(deck)
    win.show()
    painted: list[str] = []
    for index, slide in enumerate(win.slides):
        for page in range(slide.page_count()):
            win.go(index, page)
            shown = win.current_slide()
            shown.grab()
            texts = [p.text for p in shown.painted]
            assert texts and leaks("\n".join(texts)) == [], (index, page)
            painted += texts
    win.close()
    joined = "\n".join(painted)
    assert "Controle bij K1" in joined and "Geheimlaan" in joined  # public street name only


def test_slide_pngs_and_their_source_text(
    planted: Planted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.projector import export as slide_export

    lib = Library(planted.path)
    deck = load_deck(lib, planted.meeting)
    lib.close()
    assert leaks(repr(dataclasses.asdict(deck))) == []
    painted: list[str] = []
    real_make = slide_export.make_slides

    def recording(holder: Any) -> Any:
        slides = real_make(holder)
        for slide in slides:
            real_render = slide.render

            def render(target: Any, *args: Any, _slide: Any = slide, _r: Any = real_render) -> Any:
                result = _r(target, *args)
                painted.extend(p.text for p in _slide.painted)
                return result

            slide.render = render
        return slides

    monkeypatch.setattr(slide_export, "make_slides", recording)
    out = tmp_path / "slides"
    files = slide_export.render_slides(deck, out, 960, 540)
    assert len(files) >= 6 and painted
    assert leaks("\n".join(painted)) == []
    for png in files:
        assert leaks(png.read_bytes().decode("latin-1")) == []


@pytest.mark.parametrize("kind", ["report", "actions", "invitation", "ballots"])
def test_public_pdfs(planted: Planted, tmp_path: Path, kind: str) -> None:
    lib = Library(planted.path)
    try:
        pdf = make_document(lib, kind, planted.meeting, tmp_path / f"{kind}.pdf")
    finally:
        lib.close()
    text = pdf_text(pdf)
    assert "Tarwewijk" in text or "Te hard rijden" in text
    # The actielijst names a partner organisation's person (a work identity), no one else.
    allowed = ["Agent Bakker"] if kind == "actions" else []
    assert [s for s in leaks(text) if s not in allowed] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "concerns"],
        ["export", "ranking"],
        ["export", "actions-csv"],
        ["export", "concerns-csv"],
    ],
    ids=lambda a: a[1],
)
def test_public_csv_exports(planted: Planted, tmp_path: Path, argv: list[str]) -> None:
    out = tmp_path / "public.csv"
    db = ["--db", str(planted.path), "--meeting", str(planted.meeting)]
    assert run([*argv, *db, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "K1" in text or "Te hard rijden" in text
    assert leaks(text) == []


def test_anonymised_copy_raw_bytes(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "overdracht.buurtdesk"
    assert run(["export", "anonymised", "--db", str(planted.path), "-o", str(out)]) == 0
    raw = out.read_bytes().decode("latin-1")
    assert "Tarwewijk" in raw
    # A first name in running text ("Piet op ...") cannot be told from other words; the
    # house number and phone number around it are gone.
    assert [s for s in leaks(raw) if s != "Piet op"] == []
