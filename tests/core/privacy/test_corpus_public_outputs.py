"""Every public output of a file full of personal details: cleaned texts, the partner instead
of the person, and the review before publishing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.corpus.plugin import record

# -- every public output: cleaned texts, and the partner instead of the person ----------------
# (The actielijst alone names a partner organisation's person, their work identity.)

PERSON = "Wijkagent Piet"  # the responsible person build_planted gives the police actions
DIRTY_TITLE = "Overlast buurman Jansen, bel 06-12345678"
DIRTY_ACTION = "Hek repareren, mail mevr. de Vries op a.devries@voorbeeld.nl"
DIRTY_NOTE = "Loopt nog, bel dhr. Bakker op 010-4123456"
DIRTY_RESULT = "Klaar; geld naar NL91 ABNA 0417 1643 00"
DIRTY_AGENDA = "Nieuws van Ans, 06 - 55443322, Tarwestraat 12 3072 AB"
LEAKS = (
    PERSON,
    "Jansen",
    "12345678",
    "de Vries",
    "devries",
    "voorbeeld.nl",
    "Bakker",
    "4123456",
    "0417",
    "55443322",
    "Tarwestraat 12",
    "3072",
)


@pytest.fixture(scope="module")
def dirty(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """build_planted's meeting, with personal data typed into a title, an action, a note,
    a result and the agenda: what a hurried secretary might write."""
    from sqlalchemy import select, update

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import Action, ActionUpdate, AgendaItem, Concern
    from tests.doc_helpers import build_planted

    path = tmp_path_factory.mktemp("public") / "dirty.buurtdesk"
    info = build_planted(path)
    lib = Library(path, create=False)
    with lib.session() as s, s.begin():
        s.execute(update(Concern).where(Concern.number == 1).values(title=DIRTY_TITLE))
        first = s.scalar(
            select(Action.id).where(Action.meeting_id == info.meeting_id).order_by(Action.id)
        )
        s.execute(update(Action).where(Action.id == first).values(description=DIRTY_ACTION))
        s.execute(update(Action).values(result=DIRTY_RESULT))
        s.execute(update(ActionUpdate).values(note=DIRTY_NOTE))
        s.execute(update(AgendaItem).where(AgendaItem.position == 1).values(notes=DIRTY_AGENDA))
    yield lib, info
    lib.close()


def _leaks(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    from tests.doc_helpers import squash

    flat = squash(text).casefold()
    return [x for x in LEAKS if squash(x).casefold() in flat and x not in allowed]


@pytest.mark.parametrize("kind", ["actions", "report", "invitation", "ballots", "feedback"])
def test_public_pdfs_are_cleaned(
    record_property: Any, dirty: Any, tmp_path: Any, kind: str
) -> None:
    from buurtdesk.core.documents import make_document
    from tests.doc_helpers import invitable, page_texts

    entry = {"actions": "actionlist-pdf", "report": "report-pdf"}.get(kind, f"{kind}-pdf")
    record(record_property, "public-text", entry)
    lib, info = dirty
    mid = invitable(lib, kind, info.meeting_id)
    pages = page_texts(make_document(lib, kind, mid, tmp_path / f"{kind}.pdf"))
    public = pages[:1] if kind == "feedback" else pages  # then one sheet per resident
    text = " ".join(public)
    assert _leaks(text, (PERSON,) if kind == "actions" else ()) == []
    assert "Overlast buurman" in text or kind == "ballots" and "Overlast" in text


def test_action_list_shows_the_partner_its_person_cleaned_texts_and_note(
    record_property: Any, dirty: Any, tmp_path: Any
) -> None:
    from buurtdesk.core.documents import make_document
    from tests.doc_helpers import pdf_text

    record(record_property, "public-text", "actionlist-pdf")
    lib, info = dirty
    text = pdf_text(make_document(lib, "actions", info.meeting_id, tmp_path / "a.pdf"))
    assert PERSON in text and "Politie" in text  # the police's person: a work identity
    assert "Hek repareren" in text and "Loopt nog" in text


def test_slides_are_cleaned(record_property: Any, dirty: Any) -> None:
    import dataclasses

    from buurtdesk.core.documents.slide_data import load_deck

    record(record_property, "public-text", "slides")
    lib, info = dirty
    deck = load_deck(lib, info.meeting_id)
    assert deck.priorities and deck.ranking is not None and deck.ranking.rows
    assert _leaks(repr(dataclasses.asdict(deck))) == []
    assert deck.priorities[0].title == "Overlast buurman"


@pytest.mark.parametrize("argv", ["actions-csv", "concerns-csv", "concerns", "ranking"])
def test_public_csvs_are_cleaned(
    record_property: Any, dirty: Any, tmp_path: Any, argv: str
) -> None:
    from buurtdesk.cli.main import run

    record(record_property, "public-text", f"{argv}-csv".replace("-csv-csv", "-csv"))
    lib, info = dirty
    out = tmp_path / "out.csv"
    db = ["--db", str(lib.path), "--meeting", str(info.meeting_id), "-o", str(out)]
    assert run(["export", argv, *db]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert _leaks(text) == []
    assert "Overlast buurman" in text
    if argv == "actions-csv":
        assert "responsible" not in text.splitlines()[0] and "Politie" in text


# -- the review before the report or the slides go public ---------------------------------


def test_review_lists_what_still_looks_personal(record_property: Any, dirty: Any) -> None:
    from sqlalchemy import select, update

    from buurtdesk.core.documents.public_review import SUBMITTER_NAME, review
    from buurtdesk.core.store.models import Concern
    from tests.doc_helpers import OTHER_NAME

    record(record_property, "public-text", "report-pdf")
    lib, info = dirty
    flags = review(lib, info.meeting_id)
    titles = [f for f in flags if f.what == "title"]
    assert [(f.code, f.text, f.reasons) for f in titles] == [
        ("K1", "Overlast buurman", ("refers to a neighbour",))
    ]
    assert titles[0].title == DIRTY_TITLE and titles[0].concern_id is not None
    assert {f.what for f in flags} >= {"action", "note"}  # "mevrouw", "meneer" are left
    assert all(_leaks(f.text) == [] for f in flags)
    k2 = Concern.number == 2
    with lib.session() as s, s.begin():
        old = s.scalar(select(Concern.title).where(k2))
        s.execute(update(Concern).where(k2).values(title=f"Stoep {OTHER_NAME.split()[1]}"))
    try:
        found = {f.code: f.reasons for f in review(lib, info.meeting_id) if f.what == "title"}
        assert SUBMITTER_NAME in found["K2"]
    finally:
        with lib.session() as s, s.begin():
            s.execute(update(Concern).where(k2).values(title=old))


def test_review_of_clean_texts_is_empty(record_property: Any, db_path: Any) -> None:
    from buurtdesk.core.documents.public_review import review
    from buurtdesk.core.store.library import Library
    from tests.doc_helpers import build_planted

    record(record_property, "public-text", "slides")
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        assert review(lib, info.meeting_id) == []
    finally:
        lib.close()


@pytest.mark.parametrize("kind", ["report", "slides"])
def test_cli_export_warns_about_what_still_looks_personal(
    record_property: Any, dirty: Any, tmp_path: Any, kind: str, capsys: Any
) -> None:
    from buurtdesk.cli.main import run

    record(record_property, "public-text", "report-pdf" if kind == "report" else "slides")
    lib, info = dirty
    out = tmp_path / ("verslag.pdf" if kind == "report" else "dias")
    argv = ["export", kind, "--db", str(lib.path), "--meeting", str(info.meeting_id)]
    if kind == "slides":
        pytest.importorskip("PySide6")
    assert run([*argv, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: K1 title looks personal (refers to a neighbour): Overlast buurman" in err
    assert _leaks(err) == []
