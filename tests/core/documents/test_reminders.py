"""Reminders before a meeting: a letter per partner with open actions, and a mail-merge CSV."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from buurtdesk.cli.main import run
from buurtdesk.core.actions import edit
from buurtdesk.core.documents.reminders import reminders, write_reminders
from buurtdesk.core.enums import ActionStatus, MeetingStatus
from buurtdesk.core.privacy import contacts as pc
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Partner
from tests.doc_helpers import NAME, PLANTED, build_planted, pdf_text

AGENT = pc.ContactFields("Karin Wijkstra", "wijkagent", "k.wijkstra@politie.example", "0101234567")


def _setup(path: Path) -> tuple[Library, int, int]:
    """The planted neighbourhood, a contact at the police, a resident named on the residents'
    actions, and two planned meetings after the held ones."""
    planted = build_planted(path)
    lib = Library(path)
    with lib.session() as s, s.begin():
        residents = s.query(Partner).filter(Partner.is_residents).one()
        s.execute(
            update(Action)
            .where(Action.owner_partner_id == residents.id)
            .values(responsible_person=NAME)
        )
    police = pc.partner_id(lib, "Politie")
    pc.add_contact(lib, police, AGENT)
    hood = lib.meetings()[0].neighbourhood_id
    coming = lib.add_meeting(hood, dt.date(2026, 6, 2))
    return lib, planted.meeting_id, coming


def test_one_letter_per_partner_with_open_actions_stalled_and_overdue_first(
    db_path: Path, tmp_path: Path
) -> None:
    lib, held_id, coming = _setup(db_path)
    with lib.session() as s:
        meeting, found = reminders(s, coming)
    assert [r.partner for r in found] == ["Bewoners", "Politie", "Gemeente"]  # partner order
    police = found[1]
    assert (police.contact, police.role, police.email) == (AGENT.name, "wijkagent", AGENT.email)
    gemeente = found[2]
    # the old action from January is overdue at 2 June; the newer ones (due in April) too
    assert all(i.judged is not None and i.judged.overdue for i in gemeente.items)
    # done actions are not asked after
    done = police.items[0].action.id
    edit.add_update(lib, done, ActionStatus.DONE, date=dt.date(2026, 5, 1))
    with lib.session() as s:
        assert done not in [i.action.id for i in reminders(s, coming)[1][1].items]
    lib.close()


def test_a_stalled_action_comes_first_and_is_marked(db_path: Path, tmp_path: Path) -> None:
    lib, held_id, coming = _setup(db_path)
    hood = lib.meetings()[0].neighbourhood_id
    september = lib.add_meeting(hood, dt.date(2026, 9, 1))
    later = lib.add_meeting(hood, dt.date(2026, 12, 1))
    # the January action of the Gemeente got hours at June: overdue, not stalled; the March
    # actions saw two held meetings (June, September) without a change: stalled
    with lib.session() as s:
        old = s.query(Action).filter(Action.description == "Oude afspraak over de stoep").one()
    edit.add_update(lib, old.id, ActionStatus.IN_PROGRESS, "", 1.0, meeting_id=coming)
    lib.set_meeting_status(coming, MeetingStatus.CLOSED)
    lib.set_meeting_status(september, MeetingStatus.CLOSED)
    with lib.session() as s:
        gemeente = next(r for r in reminders(s, later)[1] if r.partner == "Gemeente")
    first = gemeente.items[0]
    assert first.judged is not None and first.judged.stalled
    assert first.action.description.startswith("Actie")  # agreed in March, unchanged since
    assert first.judged.meetings_open == 2
    assert gemeente.items[-1].action.description == "Oude afspraak over de stoep"
    files = write_reminders(lib, later, tmp_path / "out")
    text = pdf_text(tmp_path / "out" / "herinnering-gemeente.pdf")
    assert "VASTGELOPEN" in text and "TE LAAT" in text
    assert text.index("VASTGELOPEN") < text.index("Oude afspraak")  # the moved one comes later
    assert "Wat is de stand?" in text and "1 december 2026" in text
    assert files[-1].name == "herinneringen.csv"
    lib.close()


def test_no_resident_is_named_and_the_residents_letter_goes_to_the_chair(
    db_path: Path, tmp_path: Path
) -> None:
    lib, _held, coming = _setup(db_path)
    out = tmp_path / "out"
    for lang in ("nl", "en"):
        files = write_reminders(lib, coming, out, lang)
        texts = [pdf_text(f) for f in files[:-1]]
        texts.append(files[-1].read_text(encoding="utf-8-sig"))
        for text in texts:
            for secret in PLANTED:
                assert secret not in text
    residents = pdf_text(out / "herinnering-bewoners.pdf")
    assert "chair of the residents' meeting Testbuurt" in residents
    with (out / "herinneringen.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["partner", "contact", "email", "subject", "body"]
    police = next(r for r in rows if r[0] == "Politie")
    assert police[1:3] == [AGENT.name, AGENT.email]
    assert "How do things stand?" in police[4] and "2 June 2026" in police[4]
    lib.close()


def test_a_meeting_already_held_is_refused_naming_the_next(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    lib, held_id, coming = _setup(db_path)
    lib.close()
    out = tmp_path / "out"
    code = run(["export", "reminders", "--db", str(db_path), "--meeting", str(held_id),
                "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert f"the next planned one is meeting {coming}" in err
    assert not out.exists()
    code = run(["export", "reminders", "--db", str(db_path), "--meeting", str(coming),
                "-o", str(out)])  # fmt: skip
    assert code == 0
    assert "3 reminder(s) and herinneringen.csv" in capsys.readouterr().out
    # a database is no output folder
    assert run(["export", "reminders", "--db", str(db_path), "--meeting", str(coming),
                "-o", str(db_path)]) == 1  # fmt: skip
    assert "not a folder" in capsys.readouterr().err
