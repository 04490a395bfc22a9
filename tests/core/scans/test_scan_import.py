"""Printed ballots read back: counted as the same ballots typed, refusals and duplicates named."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.core.documents import make_document
from buurtdesk.core.scans.importing import import_scans
from buurtdesk.core.scans.listing import figures, scan_pages
from buurtdesk.core.voting.counting import add_ballot, ballots, meeting_ranking, set_method
from tests import scan_helpers as sh
from tests.doc_helpers import pdf_text
from tests.voting_helpers import build


@pytest.fixture
def approval(tmp_path: Path):
    setup = build(tmp_path / "scan.buurtdesk", n=6)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "approval", 4, tmp_path)
    yield setup, pages, layout
    setup.lib.close()


def _codes(layout: dict) -> list[str]:
    return [b["concern"] for b in layout["sheets"][0]["boxes"]]


def test_scans_count_as_the_same_ballots_typed_in(approval, tmp_path: Path) -> None:
    setup, pages, layout = approval
    codes = _codes(layout)
    wanted = {0: codes[:1], 1: codes[1:3], 2: [codes[0], codes[2]], 3: []}
    files = []
    for i, chosen in wanted.items():
        marks = {(c, None): ("cross", "tick", "scribble")[k % 3] for k, c in enumerate(chosen)}
        if i == 2:
            marks[(codes[1], None)] = "cancelled"  # coloured black: a mistake, no vote
        img = sh.filled(pages[i], layout["sheets"][i], marks)
        if i == 1:
            img = sh.scanned(img, angle=181.5)  # upside down and a little askew
        if i == 2:
            img = sh.scanned(img, angle=-2, scale=0.94)  # printed at 94 %
        files.append(sh.save(img, tmp_path / f"p{i}.png"))
    report = import_scans(setup.lib, setup.meeting, files)
    statuses = [p.status for p in report.pages]
    assert statuses == ["counted", "counted", "counted", "invalid"], report.pages
    assert report.pages[3].reason.startswith("empty")
    assert [p.page for p in report.small_prints()] == [1] and report.small_prints()[
        0
    ].file.endswith("p2.png")
    scanned = meeting_ranking(setup.lib, setup.meeting)

    typed = build(tmp_path / "typed.buurtdesk", n=6)
    set_method(typed.lib, typed.meeting, "approval")
    for i, chosen in wanted.items():
        add_ballot(typed.lib, typed.meeting, str(i + 1), chosen)
    same = meeting_ranking(typed.lib, typed.meeting)
    typed.lib.close()
    assert [(r.code, r.score) for r in scanned.rows] == [(r.code, r.score) for r in same.rows]
    stored = {b.ballot_no: (b.choices, b.valid) for b in ballots(setup.lib, setup.meeting)}
    assert stored["3"] == ((int(codes[0][1:]), int(codes[2][1:])), True)


def test_another_meeting_a_second_scan_and_no_markers_are_named(approval, tmp_path: Path) -> None:
    setup, pages, layout = approval
    codes = _codes(layout)
    page = sh.filled(pages[0], layout["sheets"][0], {(codes[0], None): "cross"})
    sh.save(page, tmp_path / "a.png")
    sh.save(page, tmp_path / "b.png")  # the same sheet scanned twice
    cropped = page.copy()
    cropped[: cropped.shape[0] // 6, : cropped.shape[1] // 4] = 255  # a marker cut off
    sh.save(cropped, tmp_path / "c.png")
    other_pages, other_layout = sh.print_ballots(setup.lib, setup.later, "approval", 1, tmp_path)
    sh.save(other_pages[0], tmp_path / "d.png")
    (tmp_path / "e.heic").write_bytes(b"\0")
    (tmp_path / "f.pdf").write_bytes(b"%PDF-1.4 cut off")
    report = import_scans(setup.lib, setup.meeting, sorted(tmp_path.glob("[a-f].*")))
    got = [(Path(p.file).name, p.status, p.reason.partition(":")[0]) for p in report.pages]
    assert got == [
        ("a.png", "counted", ""),
        ("b.png", "duplicate", "duplicate"),
        ("c.png", "refused", "no_markers"),
        ("d.png", "refused", "other_meeting"),
        ("e.heic", "refused", "unreadable"),
        ("f.pdf", "refused", "unreadable"),
    ]
    assert "JPEG" in report.pages[4].reason
    assert not report.all_done
    assert len(ballots(setup.lib, setup.meeting)) == 1  # never counted twice
    f = figures(setup.lib, setup.meeting)
    assert (f.pages, f.counted, f.duplicate) == (6, 1, 1)
    assert f.refused == {"no_markers": 1, "other_meeting": 1, "unreadable": 2}
    assert [p.status for p in scan_pages(setup.lib, setup.meeting)] == [
        p.status for p in report.pages
    ]
    verslag = make_document(setup.lib, "report", setup.meeting, tmp_path / "v.pdf", lang="en")
    assert (
        "Scanned ballots: 6 pages read, 1 counted (0 as invalid), 0 waiting, 0 confirmed by "
        "hand, 1 duplicate (not counted twice), 4 refused (corner markers not found 1, another "
        "meeting 1, unreadable file 2)."
    ) in " ".join(pdf_text(verslag).split())


def test_an_unsure_box_waits_uncounted(approval, tmp_path: Path) -> None:
    setup, pages, layout = approval
    codes = _codes(layout)
    page = sh.filled(pages[0], layout["sheets"][0], {(codes[0], None): "cross"})
    px = sh.DPI / 25.4
    box = layout["sheets"][0]["boxes"][1]  # half coloured in: neither a mark nor cancelled
    x, y, w = (round(box[k] * px) for k in ("x", "y", "w"))
    page[y : y + w, x : x + w * 4 // 5] = 30
    report = import_scans(setup.lib, setup.meeting, [sh.save(page, tmp_path / "u.png")])
    assert [p.status for p in report.pages] == ["waiting"]
    assert report.pages[0].reason == f"unsure: {codes[1]}"
    assert ballots(setup.lib, setup.meeting) == []


def test_a_ranked_grid_goes_through_the_ballot_rules(tmp_path: Path) -> None:
    setup = build(tmp_path / "ranked.buurtdesk", n=6)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "ranked", 3, tmp_path)
    codes = list(dict.fromkeys(_codes(layout)))
    grids = [
        {(codes[1], 1): "cross", (codes[0], 2): "tick"},  # K second-first: valid
        {(codes[0], 1): "cross", (codes[1], 1): "cross"},  # place 1 twice
        {(codes[2], 1): "cross", (codes[2], 3): "cross"},  # one concern at two places
    ]
    files = [
        sh.save(sh.filled(pages[i], layout["sheets"][i], g), tmp_path / f"r{i}.png")
        for i, g in enumerate(grids)
    ]
    report = import_scans(setup.lib, setup.meeting, files)
    assert [(p.status, p.reason.partition(":")[0]) for p in report.pages] == [
        ("counted", ""),
        ("invalid", "place_twice"),
        ("invalid", "duplicate_choice"),
    ]
    first = ballots(setup.lib, setup.meeting)[0]
    assert first.choices == (int(codes[1][1:]), int(codes[0][1:]))
    setup.lib.close()


def test_a_ballot_of_two_pages_counts_when_both_are_read(tmp_path: Path) -> None:
    setup = build(tmp_path / "long.buurtdesk", n=60)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "approval", 1, tmp_path)
    assert [s["sheet_page"] for s in layout["sheets"]] == [1, 2]
    last = layout["sheets"][1]["boxes"][-1]["concern"]
    second = sh.filled(pages[1], layout["sheets"][1], {(last, None): "cross"})
    report = import_scans(setup.lib, setup.meeting, [sh.save(second, tmp_path / "2.png")])
    assert [(p.status, p.reason) for p in report.pages] == [
        ("waiting", "incomplete: page 1 of 2 not read yet")
    ]
    assert ballots(setup.lib, setup.meeting) == []
    report = import_scans(setup.lib, setup.meeting, [sh.save(pages[0], tmp_path / "1.png")])
    assert [p.status for p in report.pages] == ["counted"]
    assert [p.status for p in scan_pages(setup.lib, setup.meeting)] == ["counted", "counted"]
    assert ballots(setup.lib, setup.meeting)[0].choices == (int(last[1:]),)
    setup.lib.close()
