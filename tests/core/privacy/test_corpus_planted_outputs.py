"""Every public output of one file holding the planted texts: no contact detail, birth date,
licence plate or social-media handle reaches any of them, and each warns (``warning:`` lines)
about the full name of a third party it still shows.  The anonymised copy removes the names."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.plugin import record

NAMED = "Jan Jansen van nummer 14 zet afval buiten"  # K1: chosen, on every output
CONTACT = "Auto met kenteken AB-123-C, bel 06\u201112345678 of mail jan\uff20voorbeeld.nl"  # K2
SOCIAL = "Volg @jansen_010 of facebook.com/jan.jansen.123, geb. 12-03-2008"  # K3, on the ballot
ACTION = "Hek repareren, Ans Bakker weet meer via instagram.com/ansbakker"
AGENDA_TITLE = "Nieuws van Piet de Vries"
AGENDA_NOTES = "Busje 12-ABC-3 gezien, x.com/pietdevries heeft foto's"
SECRETS = (
    "nummer 14",
    "12345678",
    "voorbeeld",
    "AB-123-C",
    "jansen_010",
    "jan.jansen.123",
    "12-03-2008",
    "instagram.com/ansbakker",
    "12-ABC-3",
    "x.com/pietdevries",
)
NAMES = ("Jansen", "Ans Bakker", "Piet de Vries")


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from sqlalchemy import select, update

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import Action, AgendaItem, Concern
    from tests.doc_helpers import build_planted

    path = tmp_path_factory.mktemp("planted") / "planted.buurtdesk"
    info = build_planted(path)
    lib = Library(path, create=False)
    with lib.session() as s, s.begin():
        for number, title in ((1, NAMED), (2, CONTACT), (3, SOCIAL)):
            s.execute(update(Concern).where(Concern.number == number).values(title=title))
        first = s.scalar(
            select(Action.id).where(Action.meeting_id == info.meeting_id).order_by(Action.id)
        )
        s.execute(update(Action).where(Action.id == first).values(description=ACTION))
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.position == 1)
            .values(title=AGENDA_TITLE, notes=AGENDA_NOTES)
        )
    lib.close()
    return path, info


def _leaks(text: str, names: bool = False) -> list[str]:
    from buurtdesk.core.text_normal import normalise
    from tests.doc_helpers import squash

    flat = squash(normalise(text)).casefold()
    wanted = SECRETS + (NAMES if names else ())
    return [x for x in wanted if squash(x).casefold() in flat]


def _export(argv: list[str], capsys: Any) -> str:
    from buurtdesk.cli.main import run

    assert run(argv) == 0
    err: str = capsys.readouterr().err
    return err


PDFS = ["actions", "report", "ballots", "invitation"]
CSVS = ["actions-csv", "concerns-csv", "concerns", "ranking"]


@pytest.mark.parametrize("kind", PDFS + CSVS)
def test_every_public_output_is_scrubbed_and_warns(
    record_property: Any, planted: Any, tmp_path: Path, kind: str, capsys: Any
) -> None:
    from buurtdesk.core.store.library import Library
    from tests.doc_helpers import invitable, pdf_text

    record(record_property, "public-text", f"planted-{kind}")
    path, info = planted
    lib = Library(path, create=False)
    try:
        meeting = invitable(lib, kind, info.meeting_id)
    finally:
        lib.close()
    out = tmp_path / ("out.pdf" if kind in PDFS else "out.csv")
    err = _export(
        ["export", kind, "--db", str(path), "--meeting", str(meeting), "-o", str(out)], capsys
    )
    text = pdf_text(out) if kind in PDFS else out.read_text(encoding="utf-8-sig")
    assert _leaks(text) == []
    assert _leaks(err) == []
    assert "Jansen" in text  # a full name without a form of address is kept, and warned about
    lines = [line for line in err.splitlines() if line.startswith("warning: K1 title")]
    assert lines and "possible name" in lines[0] and "Jan Jansen" in lines[0], err
    if kind in ("actions", "actions-csv", "report"):
        assert any("action looks personal (possible name)" in line for line in err.splitlines())
    if kind == "ballots":
        assert "warning: K3" not in err  # nothing of K3's is left to warn about


def test_slides_are_scrubbed_and_warn(record_property: Any, planted: Any, capsys: Any) -> None:
    import dataclasses

    from buurtdesk.core.documents.public_review import warning_lines
    from buurtdesk.core.documents.slide_data import load_deck
    from buurtdesk.core.store.library import Library

    record(record_property, "public-text", "planted-slides")
    path, info = planted
    lib = Library(path, create=False)
    try:
        deck = load_deck(lib, info.meeting_id)
        lines = warning_lines(lib, info.meeting_id, "slides")
    finally:
        lib.close()
    assert _leaks(repr(dataclasses.asdict(deck))) == []
    assert any(line.startswith("K1 title") and "possible name" in line for line in lines)
    assert any(line.startswith("agenda agenda") and "possible name" in line for line in lines)


def test_the_anonymised_copy_removes_what_the_scrubber_finds(
    record_property: Any, planted: Any, tmp_path: Path, capsys: Any
) -> None:
    record(record_property, "public-text", "planted-anonymised")
    path, _info = planted
    out = tmp_path / "copy.buurtdesk"
    err = _export(["export", "anonymised", "--db", str(path), "-o", str(out)], capsys)
    con = sqlite3.connect(out)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert _leaks(dump, names=True) == []
    assert "warning: K1 title: a possible name was removed" in err
    assert "zet afval buiten" in dump.casefold()
