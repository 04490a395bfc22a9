"""``export ballots --layout``, ``import scans`` and ``scans list``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.omr import layout as geo
from tests import scan_helpers as sh
from tests.voting_helpers import build


def cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_layout_file_names_every_box_of_the_print_run(capsys, tmp_path: Path) -> None:
    setup = build(tmp_path / "f.buurtdesk", n=6)
    db, m = setup.lib.path, str(setup.meeting)
    setup.lib.close()
    code, _o, err = cli(capsys, "meeting", "set", "--db", db, "--meeting", m, "--method", "ranked")
    assert code == 0, err
    out = tmp_path / "layout.json"
    code, text, err = cli(
        capsys, "export", "ballots", "--db", db, "--meeting", m, "--count", "2",
        "-o", tmp_path / "b.pdf", "--layout", out,
    )  # fmt: skip
    assert code == 0, err
    assert f"layout written to {out}" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["unit"]) == ("buurtdesk-layout", 1, "mm")
    first, second = data["sheets"]
    assert (first["page"], first["number"], second["number"]) == (1, 1, 2)
    assert first["kind"] == "ballot-ranked" and first["sheet_page"] == 1
    assert [mk["id"] for mk in first["markers"]] == [0, 1, 2, 3]
    assert all(mk["x"] >= 10 and mk["y"] >= 10 for mk in first["markers"])
    assert all(
        mk["x"] + mk["size"] <= 200 and mk["y"] + mk["size"] <= 287 for mk in first["markers"]
    )
    payload = geo.parse_payload(first["qr"]["payload"])
    assert payload is not None and payload.meeting == first["meeting"]
    assert (payload.batch, payload.number, payload.page) == (first["batch"], 1, 1)
    places = {b["place"] for b in first["boxes"]}
    assert places == {1, 2, 3}
    assert set(first["boxes"][0]) == {"x", "y", "w", "h", "concern", "place"}
    # dots are counted per concern: no layout, and nothing written
    cli(capsys, "meeting", "set", "--db", db, "--meeting", m, "--method", "dots")
    code, _o, err = cli(
        capsys, "export", "ballots", "--db", db, "--meeting", m, "-o", tmp_path / "d.pdf",
        "--layout", tmp_path / "d.json",
    )  # fmt: skip
    assert code == 1 and "--layout" in err
    assert not (tmp_path / "d.pdf").exists() and not (tmp_path / "d.json").exists()


def test_import_scans_exit_codes_report_and_list(capsys, tmp_path: Path) -> None:
    setup = build(tmp_path / "f.buurtdesk", n=6)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "approval", 2, tmp_path)
    db, m = setup.lib.path, str(setup.meeting)
    setup.lib.close()
    code0 = layout["sheets"][0]["boxes"][0]["concern"]
    scans = tmp_path / "scans"
    scans.mkdir()
    sh.save(sh.filled(pages[0], layout["sheets"][0], {(code0, None): "cross"}), scans / "1.png")
    report = tmp_path / "report.csv"
    code, out, err = cli(capsys, "import", "scans", scans, "--db", db, "--meeting", m,
                         "--report", report)  # fmt: skip
    assert code == 0, err
    assert "pages read: 1" in out and "counted: 1 (valid)" in out
    sh.save(pages[0], scans / "2.png")  # ballot 1 again
    code, out, err = cli(capsys, "import", "scans", scans / "2.png", "--db", db, "--meeting", m)
    assert code == 2
    assert "duplicate" in out and "pages read: 2" in out
    code, out, err = cli(capsys, "scans", "list", "--db", db, "--meeting", m)
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(Path(f).name, p, s, st) for f, p, s, st, _r in lines] == [
        ("1.png", "1", "1/1", "counted"),
        ("2.png", "1", "1/1", "duplicate"),
    ]
    rows = list(csv.reader(report.open(encoding="utf-8")))
    assert rows[0] == ["file", "page", "sheet", "status", "reason", "scale"]
    assert rows[1][3] == "counted"
    code, _o, err = cli(capsys, "import", "scans", tmp_path / "nothing.pdf", "--db", db,
                        "--meeting", m)  # fmt: skip
    assert code == 1 and "no such file" in err
    for command in (("import", "scans", scans), ("scans", "list")):
        code, _o, err = cli(capsys, *command, "--db", db, "--meeting", "99")
        assert (code, err) == (1, "error: no meeting with id 99\n")
