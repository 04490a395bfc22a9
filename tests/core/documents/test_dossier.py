"""The handover dossier: what a new chair needs, in at most twelve pages, without residents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.actions import follow_through as ft
from buurtdesk.core.documents.dossier import todo, write_dossier
from buurtdesk.core.documents.dossier_data import read
from buurtdesk.core.documents.keeping import KeepTexts
from buurtdesk.core.store.library import Library
from tests.doc_helpers import page_texts, pdf_text
from tests.keeping_helpers import CONTACT, PLANTED, build_five_years

TODAY = dt.date(2026, 10, 1)


@pytest.fixture(scope="module")
def five_years(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    path = tmp_path_factory.mktemp("dossier") / "vijf.buurtdesk"
    name, planned = build_five_years(path)
    return path, name, planned


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_five_years_fit_in_twelve_pages_without_personal_data(
    five_years: tuple[Path, str, int], tmp_path: Path, lang: str
) -> None:
    path, name, _planned = five_years
    lib = Library(path)
    out = write_dossier(lib, name, tmp_path / "dossier.pdf", lang, TODAY)
    lib.close()
    pages = page_texts(out)
    assert 3 <= len(pages) <= 12
    text = pdf_text(out)
    for secret in PLANTED:
        assert secret not in text
    assert "wijkagent" in text  # the contact's role is there, the name not ticked public is not
    assert CONTACT not in text


def test_it_holds_every_part(five_years: tuple[Path, str, int], tmp_path: Path) -> None:
    path, name, planned = five_years
    lib = Library(path)
    with lib.session() as s:
        d = read(s, name, TODAY)
        coming = lib.meetings()[-1]
    assert len(d.meetings) == 39  # every held meeting
    assert d.next_meeting is not None and d.next_meeting.id == planned == coming.id
    assert len(d.priorities) == 39 * 3  # every priority ever chosen
    assert all(o.judged.is_open for o in d.open)
    keys = [ft.urgency(o.judged) for o in d.open]
    assert keys == sorted(keys)  # stalled, then overdue first
    assert any(o.judged.stalled for o in d.open)
    assert d.backlog and d.backlog[0].meetings >= d.backlog[-1].meetings
    text = pdf_text(write_dossier(lib, name, tmp_path / "d.pdf", "nl", TODAY))
    lib.close()
    for heading in (
        "Wat eerst",
        "Wat nu open staat",
        "Gehouden bijeenkomsten (39)",
        "Alle gekozen prioriteiten",
        "Nooit gekozen",
        "Partners en hun contactpersonen",
        "VASTGELOPEN",
        "Vastgelopen: open of loopt",
    ):
        assert heading in text


def test_wat_eerst_derives_three_things_from_stalled_and_overdue(
    five_years: tuple[Path, str, int],
) -> None:
    path, name, _planned = five_years
    lib = Library(path)
    with lib.session() as s:
        d = read(s, name, TODAY)
    lib.close()
    things = todo(d, KeepTexts("nl"))
    assert len(things) == 3
    stalled = [o for o in d.open if o.judged.stalled]
    assert things[0].startswith(f"Vraag {stalled[0].action.partner}") or "vastgelopen" in things[0]


def test_the_command_line_and_an_unknown_neighbourhood(
    capsys: pytest.CaptureFixture[str], five_years: tuple[Path, str, int], tmp_path: Path
) -> None:
    path, name, _planned = five_years
    out = tmp_path / "dossier.pdf"
    assert run(["export", "dossier", "--db", str(path), "--neighbourhood", name,
                "-o", str(out)]) == 0  # fmt: skip
    assert out.exists()
    capsys.readouterr()
    assert run(["export", "dossier", "--db", str(path), "--neighbourhood", "Nergens",
                "-o", str(tmp_path / "x.pdf")]) == 1  # fmt: skip
    assert "no neighbourhood named 'Nergens'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
