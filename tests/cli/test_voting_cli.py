"""``meeting set``, ``meeting choose``, ``import ballots`` and ``export ranking``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as v
from buurtdesk.core.voting.files import RANKING_COLUMNS, format_score, ranking_csv
from buurtdesk.core.voting.ranking import Candidate, rank
from tests.voting_helpers import Setup, audit_entries, build


@pytest.fixture
def setup(store_target: str):
    su = build(store_target)
    v.start_meeting(su.lib, su.meeting)  # votes belong to a meeting under way
    su.lib.close()
    return su


def cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def base(su: Setup) -> list[str]:
    return ["--db", su.lib.url or str(su.lib.path), "--meeting", str(su.meeting)]


def test_meeting_set_prints_the_settings_and_refuses_bad_values(capsys, setup: Setup) -> None:
    code, out, err = cli(
        capsys, "meeting", "set", *base(setup), "--method", "ranked", "--choices", "4",
        "--priorities", "2", "--residents", "11",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "method ranked, 4 ranked places" in out and "residents present 11" in out
    st = v.voting_settings(setup.lib, setup.meeting)
    assert (st.method.value, st.choices, st.priorities, st.residents_present) == (
        "ranked", 4, 2, 11,
    )  # fmt: skip
    code, out, err = cli(capsys, "meeting", "set", *base(setup), "--dots", "0")
    assert code == 1 and out == "" and err.startswith("error: --dots must be between")
    assert len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "meeting", "set", "--db", base(setup)[1], "--meeting", "99")
    assert code == 1 and "no meeting with id 99" in err


BALLOTS = """ballot,choice1,choice2,choice3
1,K1,K2,K3
2,2,1
3,K1,K1
4,K99,K1
5,K1,K2,K3,K4
1,K4
"""


def test_import_ballots_reports_each_refusal_and_exits_2(capsys, setup: Setup, tmp_path) -> None:
    path = write(tmp_path, "ballots.csv", BALLOTS)
    code, out, err = cli(capsys, "import", "ballots", path, *base(setup), "--method", "ranked")
    assert code == 2 and err == ""
    assert "counted: 2 valid ballots" in out
    assert "invalid (counted as invalid): 3" in out
    assert "line 4\t3\tduplicate_choice" in out
    assert "line 5\t4\tunknown_concern" in out
    assert "line 6\t5\ttoo_many_choices" in out
    assert "present (already counted, not counted twice): 1" in out
    assert "line 7\t1\tballot_present" in out
    r = v.meeting_ranking(setup.lib, setup.meeting)
    assert {x.code: x.score for x in r.rows if x.score} == {"K1": 5, "K2": 5, "K3": 1}
    assert (r.valid_ballots, r.invalid_ballots) == (2, 3)
    # importing the same file again counts nothing twice
    code, out, _ = cli(capsys, "import", "ballots", path, *base(setup))
    assert code == 2 and "counted: 0 valid ballots" in out and "present" in out
    assert v.meeting_ranking(setup.lib, setup.meeting).rows == r.rows


def test_clean_import_exits_0_semicolons_and_bom(capsys, setup: Setup, tmp_path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes("\ufeffstembiljet;1e;2e\r\n10;K3;K4\r\n11;4;\r\n".encode())
    code, out, err = cli(capsys, "import", "ballots", path, *base(setup), "--method", "approval")
    assert (code, err) == (0, "") and "counted: 2 valid ballots" in out
    r = v.meeting_ranking(setup.lib, setup.meeting)
    assert {x.code: x.score for x in r.rows if x.score} == {"K3": 1, "K4": 2}


def test_import_method_is_refused_when_other_votes_are_stored(capsys, setup, tmp_path) -> None:
    v.set_tally(setup.lib, setup.meeting, "K1", 2)
    path = write(tmp_path, "ballots.csv", BALLOTS)
    code, out, err = cli(capsys, "import", "ballots", path, *base(setup), "--method", "ranked")
    assert code == 1 and out == "" and "another method" in err
    assert len(err.strip().splitlines()) == 1
    assert v.ballots(setup.lib, setup.meeting) == []
    assert v.voting_settings(setup.lib, setup.meeting).method.value == "dots"


def test_dots_import_is_a_recount_and_keeps_old_values(capsys, setup, tmp_path) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, residents_present=5)  # at most 15 dots, 15 per concern
    v.set_tally(lib, m, "K1", 4)
    v.set_tally(lib, m, "K2", 3)
    path = write(tmp_path, "dots.csv", "concern,count\nK1,6\n2,0\nK3,2\nK99,1\nK4,-1\nK5,x\n")
    code, out, _ = cli(capsys, "import", "ballots", path, *base(setup))
    assert code == 2
    assert "counted: 3 concern counts" in out and "recount K1: 4 -> 6" in out
    assert "K99\tunknown_concern" in out and "K4\tnegative" in out and "K5\tbad_count" in out
    assert v.tallies_by_code(lib, m) == {"K1": 6, "K3": 2}
    log = {(e.operation, (e.before or {}).get("concern")): e for e in audit_entries(lib, "tally")}
    assert log[("correct", "K1")].before["count"] == 4
    assert log[("correct", "K1")].after["count"] == 6
    assert log[("delete", "K2")].before["count"] == 3
    over = write(tmp_path, "over.csv", "K7,10\n")
    code, out, _ = cli(capsys, "import", "ballots", over, *base(setup))
    assert code == 2 and "over_attendance" in out and v.tallies_by_code(lib, m)["K1"] == 6


@pytest.mark.parametrize("content", [b"\x00\x01binary\x00", None])
def test_unreadable_or_missing_file_is_one_line_error(capsys, setup, tmp_path, content) -> None:
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_bytes(content)
    code, out, err = cli(capsys, "import", "ballots", path, *base(setup))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def read_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding=encoding)), delimiter=delimiter))


def test_export_ranking_columns_and_order(capsys, setup: Setup, tmp_path) -> None:
    lib, m = setup.lib, setup.meeting
    v.set_method(lib, m, priorities=4)
    for code_, n in (("K10", 5), ("K2", 5), ("K7", 9), ("K3", 1), ("K11", 1), ("K4", 1)):
        v.set_tally(lib, m, code_, n)
    out_file = tmp_path / "ranking.csv"
    code, out, err = cli(capsys, "export", "ranking", *base(setup), "-o", out_file)
    assert (code, err) == (0, "") and "12 concerns written" in out and "unresolved tie" in out
    rows = read_csv(out_file)
    assert tuple(rows[0]) == RANKING_COLUMNS
    body = rows[1:]
    assert [r[1] for r in body[:6]] == ["K7", "K2", "K10", "K3", "K4", "K11"]
    assert [r[0] for r in body[:6]] == ["1", "2", "2", "4", "4", "4"]
    assert body[0] == ["1", "K7", "9", "no", "yes", "Knelpunt 7"]
    assert [r[3:5] for r in body[1:6]] == [["yes", "yes"]] * 2 + [["yes", "tie"]] * 3
    assert len(body) == 12 and body[-1][2] == "0" and body[-1][4] == "no"
    assert not out_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_ranking_excel_nl(capsys, setup: Setup, tmp_path) -> None:
    v.set_tally(setup.lib, setup.meeting, "K1", 3)
    out_file = tmp_path / "ranking-nl.csv"
    code, _, _ = cli(capsys, "export", "ranking", *base(setup), "-o", out_file, "--excel-nl")
    assert code == 0
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].startswith(b"rank;concern;score;")
    assert read_csv(out_file, ";", "utf-8-sig")[1][:3] == ["1", "K1", "3"]
    # decimal commas for a score with decimals, and no formula injection
    ranking = rank([Candidate(1, 1, "=HYPERLINK()"), Candidate(2, 2, "b")], {1: 2.5, 2: 1}, 1)
    text = ranking_csv(ranking, excel_nl=True)
    assert text.splitlines()[1] == "1;K1;2,5;no;yes;'=HYPERLINK()"
    assert ranking_csv(ranking).splitlines()[1] == "1,K1,2.5,no,yes,'=HYPERLINK()"
    assert [format_score(x, True) for x in (3.0, 2.25, 0.5)] == ["3", "2,25", "0,5"]


def test_export_ranking_to_a_missing_folder_is_one_line_error(capsys, setup, tmp_path) -> None:
    code, out, err = cli(capsys, "export", "ranking", *base(setup), "-o", tmp_path / "no" / "r.csv")
    assert code == 1 and out == "" and "r.csv: the folder does not exist" in err


def test_meeting_choose_with_a_tie_resolution(capsys, setup: Setup) -> None:
    lib, m = setup.lib, setup.meeting
    for code_, n in (("K1", 6), ("K2", 4), ("K3", 4), ("K4", 4)):
        v.set_tally(lib, m, code_, n)
    code, out, err = cli(capsys, "meeting", "choose", *base(setup))
    assert code == 1 and "resolve the tie" in err and v.priorities(lib, m) == []
    code, out, err = cli(
        capsys, "meeting", "choose", *base(setup), "--tie", "K3,4", "--how", "agreed",
        "--note", "samen met de school",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert [line.split("\t")[1] for line in out.splitlines()] == ["K1", "K3", "K4"]
    assert {p.code: p.tie_note for p in v.priorities(lib, m)}["K3"] == "samen met de school"


def test_approval_hands_import_with_a_concern_count_header(capsys, setup, tmp_path) -> None:
    path = write(tmp_path, "hands.csv", "concern;count\nK2;7\nK5;3\n")
    code, out, _ = cli(capsys, "import", "ballots", path, *base(setup), "--method", "approval")
    assert code == 0 and "counted: 2 concern counts" in out
    r = v.meeting_ranking(setup.lib, setup.meeting)
    assert [(x.code, x.score) for x in r.rows[:2]] == [("K2", 7), ("K5", 3)]
    assert r.method == "approval" and r.totals_ok


@pytest.mark.parametrize(
    "command",
    [["import", "ballots", "BALLOTS"], ["meeting", "choose"]],
    ids=["import-ballots", "meeting-choose"],
)
def test_votes_and_priorities_need_a_started_meeting(
    capsys, db_path: Path, tmp_path: Path, command: list[str]
) -> None:
    su = build(db_path)  # its meeting is still planned
    su.lib.close()
    ballots = write(tmp_path, "b.csv", "ballot,choice1\n1,K2\n")
    argv = [ballots if a == "BALLOTS" else a for a in command]
    code, out, err = cli(capsys, *argv, *base(su))
    assert code == 1 and "has not started yet" in err and "meeting start" in err
    assert len(err.strip().splitlines()) == 1
    lib = Library(db_path)
    try:
        assert v.ballots(lib, su.meeting) == [] and v.priorities(lib, su.meeting) == []
        assert not v.meeting_started(lib, su.meeting)
    finally:
        lib.close()
    assert cli(capsys, "meeting", "start", *base(su))[:2] == (0, f"meeting {su.meeting} started\n")
    assert "has not started" not in cli(capsys, *argv, *base(su))[2]  # on to the votes
    again = cli(capsys, "meeting", "start", *base(su))
    assert again[:2] == (0, f"meeting {su.meeting} was already under way\n")


def test_a_closed_meeting_is_not_started_again(capsys, db_path: Path) -> None:
    su = build(db_path)
    su.lib.set_meeting_status(su.meeting, MeetingStatus.CLOSED)
    su.lib.close()
    code, _out, err = cli(capsys, "meeting", "start", *base(su))
    assert code == 1 and f"meeting {su.meeting} is closed" in err
