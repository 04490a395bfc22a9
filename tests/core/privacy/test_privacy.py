"""Personal data: inspection, deletion, retention and the anonymised copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.demo.create import create_demo
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Concern, Report, Submitter

TODAY = dt.date(2026, 11, 27)


def _resident(lib: Library, hood: int, number: int, received: dt.date, **who: str) -> int:
    with lib.session() as s, s.begin():
        concern = Concern(neighbourhood_id=hood, number=number, title=f"Knelpunt {number}")
        s.add(concern)
        s.flush()
        sub = Submitter(**who)
        s.add(
            Report(
                concern_id=concern.id,
                original_concern_id=concern.id,
                wording="eigen woorden",
                received_on=received,
                submitter=sub,
            )
        )
        s.flush()
        return sub.id


@pytest.fixture
def lib(db_path: Path) -> Library:
    return Library(db_path)


def test_find_and_inspect_a_person(lib: Library) -> None:
    hood = lib.add_neighbourhood("Oud-Noord")
    sid = _resident(lib, hood, 1, TODAY, name="Sjaak Öztürk", phone="06-12345678")
    [found] = privacy.find_people(lib, "ozturk")
    assert found.id == sid and found.reports == 1
    assert privacy.find_people(lib, "0612345678")[0].id == sid
    data = privacy.inspection(lib, sid)
    assert data["name"] == "Sjaak Öztürk"
    assert data["reports"][0]["own_words"] == "eigen woorden"


def test_delete_person_keeps_concern_and_logs_only_the_id(lib: Library) -> None:
    hood = lib.add_neighbourhood("Oud-Noord")
    sid = _resident(lib, hood, 1, TODAY, name="Sjaak Geheim", email="sjaak@example.nl")
    assert privacy.delete_person(lib, sid) == 1
    con = sqlite3.connect(lib.path)
    assert con.execute("SELECT count(*) FROM submitter").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM concern").fetchone() == (1,)
    audit = " ".join(str(r) for r in con.execute("SELECT * FROM audit_log"))
    assert str(sid) in audit and "Sjaak" not in audit and "example.nl" not in audit


def test_retention_spares_open_and_recent_concerns(lib: Library) -> None:
    hood = lib.add_neighbourhood("Oud-Noord")
    old = _resident(lib, hood, 1, TODAY - dt.timedelta(days=500), name="Oud")
    recent = _resident(lib, hood, 2, TODAY - dt.timedelta(days=30), name="Recent")
    busy = _resident(lib, hood, 3, TODAY - dt.timedelta(days=500), name="Bezig")
    mid = lib.add_meeting(hood, TODAY - dt.timedelta(days=490))
    with lib.session() as s, s.begin():
        s.add(Action(meeting_id=mid, concern_id=3, description="x", status=ActionStatus.OPEN))
    due = privacy.retention_candidates(lib, today=TODAY, months=12)
    assert [p.id for p in due] == [old]
    assert privacy.anonymise(lib, [old]) == 1
    assert privacy.retention_candidates(lib, today=TODAY, months=12) == []
    with lib.session() as s:
        assert s.get(Submitter, old).name == ""  # type: ignore[union-attr]
        assert {s.get(Submitter, i).name for i in (recent, busy)} == {"Recent", "Bezig"}  # type: ignore[union-attr]


def test_anonymised_copy_holds_no_personal_data(tmp_path: Path) -> None:
    demo = tmp_path / "demo.buurtdesk"
    create_demo(demo, today=TODAY)
    con = sqlite3.connect(demo)
    names = [r[0] for r in con.execute("SELECT name FROM submitter WHERE name != ''")]
    emails = [r[0] for r in con.execute("SELECT email FROM submitter WHERE email != ''")]
    con.close()
    assert names and emails
    copy = tmp_path / "handover.buurtdesk"
    assert run(["export", "anonymised", "--db", str(demo), "-o", str(copy)]) == 0
    raw = copy.read_bytes()
    for value in names + emails:
        assert value.encode("utf-8") not in raw
    lib = Library(copy)
    counts = lib.counts()
    assert counts["submitters"] == 0 and counts["concerns"] == Library(demo).counts()["concerns"]
    assert run(["export", "anonymised", "--db", str(demo), "-o", str(copy)]) == 1  # no overwrite


def test_cli_person_commands(capsys: pytest.CaptureFixture[str], lib: Library) -> None:
    hood = lib.add_neighbourhood("Oud-Noord")
    sid = _resident(lib, hood, 1, TODAY, name="Mila Test", email="mila@example.nl")
    db = str(lib.path)
    assert run(["person", "find", "mila", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"{sid}\tMila Test")
    assert run(["person", "show", str(sid), "--db", db]) == 0
    assert '"email": "mila@example.nl"' in capsys.readouterr().out
    assert run(["person", "delete", str(sid), "--db", db]) == 0
    assert run(["person", "show", str(sid), "--db", db]) == 1
    assert "no person" in capsys.readouterr().err
