"""The action commands and CSV exports: a full follow-up cycle from the command line."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from tests.action_helpers import make_hood


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_full_cycle_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    hood = make_hood(db_path)
    prio = hood.priorities["Te hard rijden"]
    hood.lib.close()
    db = str(db_path)
    code, out, err = cli(
        capsys, "action", "add", "--db", db, "--priority", str(prio), "--description",
        "Snelheidscontroles bij de school", "--partner", "politie", "--person", "wijkagent",
        "--due", "2026-05-01", "--hours", "12",
    )  # fmt: skip
    assert (code, err) == (0, "") and out.strip().isdigit()
    action_id = out.strip()
    code, out, _ = cli(capsys, "action", "list", "--db", db, "--meeting", "1")
    assert code == 0
    assert f"action\t{action_id}\t1\tK1\topen\tPolitie\twijkagent\t2026-05-01\t12\t0\t" in out

    code, out, _ = cli(
        capsys, "meeting", "add", "--db", db, "--neighbourhood", "Oud-Charlois",
        "--date", "2026-12-03",
    )  # fmt: skip
    new_meeting = out.strip()
    code, out, _ = cli(capsys, "action", "list", "--db", db, "--meeting", new_meeting)
    assert out.startswith(f"review\t{action_id}\t")

    code, _, err = cli(
        capsys, "action", "update", "--db", db, "--action", action_id, "--status", "dropped",
        "--meeting", new_meeting,
    )  # fmt: skip
    assert code == 1 and "reason" in err and "Traceback" not in err
    code, out, _ = cli(
        capsys, "action", "update", "--db", db, "--action", action_id, "--status", "done",
        "--note", "Drie controles", "--hours", "7,5", "--meeting", new_meeting,
    )  # fmt: skip
    assert code == 0
    code, out, _ = cli(capsys, "action", "history", "--db", db, "--action", action_id)
    assert "update\t2026-12-03\tdone\t7.5\tDrie controles" in out
    code, out, _ = cli(capsys, "action", "hours", "--db", db, "--meeting", "1")
    assert "Politie\t20\t12\t7.5\t" in out


def test_unknown_partner_and_meeting_give_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    hood = make_hood(db_path)
    hood.lib.close()
    db = str(db_path)
    code, out, err = cli(
        capsys, "action", "add", "--db", db, "--priority", "1", "--description", "x",
        "--partner", "Brandweer",
    )  # fmt: skip
    assert code == 1 and out == "" and "Brandweer" in err and len(err.splitlines()) == 1
    code, _, err = cli(capsys, "action", "list", "--db", db, "--meeting", "99")
    assert code == 1 and "no meeting with id 99" in err


def test_csv_exports_hold_no_personal_data(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from buurtdesk.core.actions import edit
    from buurtdesk.core.actions import follow_up as actions

    hood = make_hood(db_path)
    residents = actions.residents_partner_id(hood.lib)
    edit.add_action(
        hood.lib,
        hood.priorities["Afval naast containers"],
        actions.ActionFields("Opschoonochtend", residents, "Ans", dt.date(2026, 4, 1)),
    )
    hood.lib.close()
    out_actions, out_concerns = tmp_path / "acties.csv", tmp_path / "knelpunten.csv"
    code, out, _ = cli(
        capsys, "export", "actions-csv", "--db", str(db_path), "--meeting", "1",
        "-o", str(out_actions),
    )  # fmt: skip
    assert code == 0 and out.startswith("1 actions")
    code, out, _ = cli(
        capsys, "export", "concerns-csv", "--db", str(db_path), "--meeting", "1",
        "-o", str(out_concerns),
    )  # fmt: skip
    assert code == 0 and out.startswith("4 concerns")
    rows = list(csv.DictReader(out_actions.open(encoding="utf-8-sig")))
    assert rows[0]["action"] == "Opschoonochtend" and rows[0]["partner"] == "Bewoners"
    concerns = list(csv.DictReader(out_concerns.open(encoding="utf-8-sig")))
    assert [c["concern"] for c in concerns] == ["K1", "K2", "K3", "K4"]
    assert concerns[0]["priority_rank"] == "1" and concerns[2]["status"] == "open"
    text = out_actions.read_text(encoding="utf-8") + out_concerns.read_text(encoding="utf-8")
    for secret in ("Geheime Naam", "geheim@example.org", "Dorpstraat", "Eigen woorden", "12"):
        assert secret not in text.replace("2026", "")
