"""English documents print the seeded Dutch defaults in English; the flyer speaks in plain
sentences; an invitation is refused for a meeting already held."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from doc_helpers import build_planted, page_texts, pdf_text
from sqlalchemy import select, update

from buurtdesk.cli import main as cli
from buurtdesk.core.documents import make_document
from buurtdesk.core.enums import ActionStatus, MeetingStatus
from buurtdesk.core.errors import DocumentError
from buurtdesk.core.store.defaults import DEFAULT_AGENDA, DEFAULT_PARTNERS, DEFAULT_THEMES
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Meeting, Partner


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.buurtdesk"
    assert cli.run(["demo", "--db", str(path)]) == cli.EXIT_OK
    return path


@pytest.mark.parametrize("kind", ["actions", "report"])
def test_english_documents_of_the_demo_print_the_defaults_in_english(
    demo: Path, tmp_path: Path, kind: str
) -> None:
    lib = Library(demo, create=False)
    try:
        en = pdf_text(make_document(lib, kind, 2, tmp_path / "en.pdf", lang="en"))
        nl = pdf_text(make_document(lib, kind, 2, tmp_path / "nl.pdf"))
    finally:
        lib.close()
    assert "Residents" in en and "Municipality" in en and "Police" in en
    for dutch in ("Bewoners", "Gemeente"):  # "Politie" is in a note the secretary typed
        assert dutch not in en, dutch
    assert "Bewoners" in nl and "Gemeente" in nl  # a Dutch document as stored
    if kind == "report":
        assert "Partners present: Police, Municipality, Enforcement, Community work" in en
        assert "Traffic" in en and "Verkeer" not in en  # a default theme
        assert "Welcome and agenda" in en and "Welkom en agenda" not in en


def test_every_default_a_new_file_starts_with_has_its_english() -> None:
    from buurtdesk.core.documents.stored_words import ENGLISH

    for value in (*DEFAULT_PARTNERS, *DEFAULT_THEMES, *DEFAULT_AGENDA):
        assert ENGLISH.get(value, value) != value, value


def test_a_name_the_committee_typed_stays_as_typed(db_path: Path, tmp_path: Path) -> None:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        with lib.session() as s, s.begin():
            s.execute(update(Partner).where(Partner.name == "Politie").values(name="Wijkteam"))
        en = pdf_text(make_document(lib, "actions", info.meeting_id, tmp_path / "a.pdf", lang="en"))
    finally:
        lib.close()
    assert "Wijkteam" in en and "Municipality" in en and "Gemeente" not in en


def _planned(lib: Library, day: dt.date = dt.date(2026, 6, 2)) -> int:
    hood = lib.neighbourhood_id("Testbuurt")
    assert hood is not None
    return lib.add_meeting(hood, day, dt.time(20, 0), location="Wijkcentrum Oost")


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "nl",
            (
                "1. Knelpunt nummer 1 in de Dorpsstraat — de aanpak door de politie, "
                "de gemeente en de bewoners loopt.",
                "2. Knelpunt nummer 2 in de Dorpsstraat — de aanpak door de politie, "
                "de gemeente en de bewoners staat nog open.",
            ),
        ),
        (
            "en",
            (
                "1. Knelpunt nummer 1 in de Dorpsstraat — action by the police, the "
                "municipality and the residents is in progress.",
                "2. Knelpunt nummer 2 in de Dorpsstraat — action by the police, the "
                "municipality and the residents is still open.",
            ),
        ),
    ],
)
def test_the_flyer_top_3_is_a_plain_sentence_per_concern(
    db_path: Path, tmp_path: Path, lang: str, lines: tuple[str, ...]
) -> None:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        with lib.session() as s, s.begin():
            first = s.scalars(select(Action).where(Action.meeting_id == info.meeting_id)).first()
            assert first is not None
            first.status = ActionStatus.DONE  # done and open together: it is under way
        out = make_document(lib, "invitation", _planned(lib), tmp_path / "i.pdf", lang=lang)
    finally:
        lib.close()
    text = page_texts(out)[0]
    for line in lines:
        assert line in text
    assert "):" not in text and "(Politie)" not in text
    # The question to bring a concern is asked once, not again in the contact line.
    if lang == "nl":
        assert text.count("knelpunt inbrengen") == 1, text
    else:
        assert text.count("raise a concern") == 1 and "concern of your own" not in text, text


def _closed_with_next(db_path: Path) -> tuple[int, int]:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        return info.meeting_id, _planned(lib)
    finally:
        lib.close()


def test_an_invitation_for_a_meeting_already_held_is_refused(db_path: Path, tmp_path: Path):
    held, following = _closed_with_next(db_path)
    lib = Library(db_path, create=False)
    try:
        with pytest.raises(DocumentError) as caught:
            make_document(lib, "invitation", held, tmp_path / "i.pdf")
        assert not (tmp_path / "i.pdf").exists()
        out = make_document(lib, "invitation", following, tmp_path / "j.pdf")
    finally:
        lib.close()
    message = str(caught.value)
    assert f"meeting {held} (10 March 2026) has already been held" in message
    assert f"meeting {following} (2 June 2026)" in message
    assert "dinsdag 2 juni 2026" in pdf_text(out)


def test_the_cli_refuses_an_invitation_for_a_meeting_held_in_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held, following = _closed_with_next(db_path)
    out = tmp_path / "x.pdf"
    args = ["export", "invitation", "--db", str(db_path), "--meeting", str(held), "-o", str(out)]
    assert cli.run(args) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert "already been held" in lines[0] and f"meeting {following} " in lines[0]
    assert "Traceback" not in captured.err and not out.exists()


def test_with_no_meeting_planned_the_refusal_says_so(db_path: Path, tmp_path: Path) -> None:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        with pytest.raises(DocumentError, match="no later meeting is planned"):
            make_document(lib, "invitation", info.meeting_id, tmp_path / "i.pdf")
        with lib.session() as s, s.begin():
            s.execute(
                update(Meeting)
                .where(Meeting.id == info.meeting_id)
                .values(status=MeetingStatus.PLANNED)
            )
        make_document(lib, "invitation", info.meeting_id, tmp_path / "i.pdf")  # not yet held
    finally:
        lib.close()
