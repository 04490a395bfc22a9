"""Partner contacts: kept apart, shown on request, deleted everywhere, covered by retention."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.privacy import contacts as pc
from buurtdesk.core.privacy.personal import export_anonymised
from buurtdesk.core.store.backup import make_backup
from buurtdesk.core.store.models import Partner
from tests.action_helpers import make_hood

AGENT = pc.ContactFields("Karin Wijkstra", "wijkagent", "k.wijkstra@politie.example", "0612345678")


def _dump(path: Path) -> bytes:
    return path.read_bytes() + b"".join(
        p.read_bytes() for p in path.parent.glob(path.name + "-wal") if p.exists()
    )


def test_add_edit_list_and_the_public_label(db_path: Path) -> None:
    h = make_hood(db_path)
    police = h.partners["Politie"]
    cid = pc.add_contact(h.lib, police, AGENT)
    [row] = pc.contacts(h.lib, police)
    assert (row.id, row.partner, row.fields) == (cid, "Politie", AGENT)
    assert row.public == "wijkagent"  # the name only where ticked
    pc.edit_contact(h.lib, cid, pc.ContactFields(**{**AGENT.__dict__, "name_public": True}))
    assert pc.contacts(h.lib)[0].public == "Karin Wijkstra (wijkagent)"
    pc.set_note(h.lib, police, "  Spreekuur dinsdag  ")
    assert pc.note(h.lib, police) == "Spreekuur dinsdag"
    h.lib.close()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (pc.ContactFields(), "a name or a role"),
        (pc.ContactFields("Jan", email="jan at politie"), "not an e-mail address"),
        (pc.ContactFields("J" * 201), "at most 200"),
    ],
)
def test_bad_contacts_are_refused_with_one_message(
    db_path: Path, fields: pc.ContactFields, message: str
) -> None:
    h = make_hood(db_path)
    with pytest.raises(ValueError, match=message):
        pc.add_contact(h.lib, h.partners["Politie"], fields)
    assert pc.contacts(h.lib) == []
    h.lib.close()


def test_inzage_and_deletion_here_and_in_older_backups(db_path: Path) -> None:
    h = make_hood(db_path)
    cid = pc.add_contact(h.lib, h.partners["Politie"], AGENT)
    assert pc.inspection(h.lib, cid)["email"] == AGENT.email
    backup = make_backup(h.lib.path, "test", keep=5)
    assert (
        AGENT.name.encode()
        in sqlite3.connect(backup)
        .execute("SELECT name FROM partner_contact")
        .fetchone()[0]
        .encode()
    )
    assert pc.delete_contact(h.lib, cid) == 1
    assert pc.contacts(h.lib) == []
    with pytest.raises(ValueError, match="no contact"):
        pc.inspection(h.lib, cid)
    h.lib.close()
    for path in (db_path, backup):
        assert AGENT.email.encode() not in _dump(path)
        assert AGENT.phone.encode() not in _dump(path)


def test_the_anonymised_copy_holds_no_contacts(db_path: Path, tmp_path: Path) -> None:
    h = make_hood(db_path)
    pc.add_contact(h.lib, h.partners["Politie"], AGENT)
    pc.set_note(h.lib, h.partners["Politie"], "bel Karin op 0612345678")
    copy = export_anonymised(h.lib, tmp_path / "copy.buurtdesk")
    h.lib.close()
    assert b"0612345678" not in copy.read_bytes()
    assert b"Wijkstra" not in copy.read_bytes()


def test_retention_covers_contacts_of_partners_no_longer_at_the_table(db_path: Path) -> None:
    h = make_hood(db_path)
    cid = pc.add_contact(h.lib, h.partners["Politie"], AGENT)
    later = dt.datetime.now() + dt.timedelta(days=1)
    assert pc.retention_due(h.lib, later) == []  # the partner is still at the table
    with h.lib.session() as s, s.begin():
        s.get(Partner, h.partners["Politie"]).active = False  # type: ignore[union-attr]
    assert [c.id for c in pc.retention_due(h.lib, later)] == [cid]
    assert pc.retention_due(h.lib, later - dt.timedelta(days=30)) == []  # changed recently
    h.lib.close()


def test_the_command_line(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    make_hood(db_path).lib.close()
    db = str(db_path)
    add = ["partner", "contact", "add", "--db", db, "--partner", "politie", "--name", AGENT.name]
    assert run([*add, "--role", "wijkagent", "--email", AGENT.email]) == 0
    cid = capsys.readouterr().out.strip()
    assert run(["partner", "contact", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"{cid}\tPolitie\t{AGENT.name}\twijkagent\t{AGENT.email}\t\tprivate" in out
    assert run(["partner", "contact", "show", cid, "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "wijkagent"
    assert run([*add[:-2], "--partner", "Brandweer"]) == 1
    assert "no partner named 'Brandweer'" in capsys.readouterr().err
    assert run(["partner", "contact", "delete", cid, "--db", db]) == 0
    capsys.readouterr()
    assert run(["partner", "contact", "list", "--db", db]) == 0
    assert capsys.readouterr().out == ""
    assert run(["partner", "note", "--db", db, "--partner", "Politie", "--text", "spreekuur"]) == 0
    assert capsys.readouterr().out.strip() == "spreekuur"
