"""The import attaches a row that clearly repeats a concern, and undo takes it back in one step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.concerns.delete import remove_import, restore_import
from buurtdesk.core.concerns.import_forms import ATTACH, guess_mapping, import_rows
from buurtdesk.core.concerns.queries import concern_reports
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.tables import read_table
from tests.conftest import SHARED_DATA
from tests.duplicate_figures import OWN_FORMS, attach_figures


@pytest.fixture
def lib(db_path: Path) -> Library:
    library = Library(db_path)
    yield library
    library.close()


def write_forms(path: Path, *descriptions: tuple[str, str]) -> Path:
    lines = ["omschrijving,straat", *(f"{text},{street}" for text, street in descriptions)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_row_repeating_a_concern_joins_it_and_undo_leaves_that_concern(
    lib: Library, tmp_path: Path
) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    earlier = c.save_form(lib, c.FormInput(meeting, "Te hard rijden op de Dordtselaan"))
    src = write_forms(
        tmp_path / "forms.csv",
        ("Er wordt veel te hard gereden op de Dordtselaan", "Dordtselaan"),
        ("Losse stoeptegels bij de bakker", "Beijerlandselaan"),
        ("Losliggende stoeptegels bij de bakker", "Beijerlandselaan"),
    )
    table = read_table(src)
    report = import_rows(lib, meeting, table, guess_mapping(table.headers), attach=True)
    outcomes = [(line.outcome, line.concern) for line in report.lines]
    assert outcomes == [("attached", earlier.code), ("imported", "K2"), ("attached", "K2")]
    assert len(report.report_ids) == 3
    assert len(concern_reports(lib, earlier.concern_id)) == 2
    before = {r.code: r.reports for r in c.list_concerns(lib, hood)}
    assert before == {"K1": 2, "K2": 2}

    snapshot = remove_import(lib, report.report_ids)  # one step: every row of the file
    assert {r.code: r.reports for r in c.list_concerns(lib, hood)} == {"K1": 1}
    restore_import(lib, snapshot)
    assert {r.code: r.reports for r in c.list_concerns(lib, hood)} == before


def test_without_attach_every_row_is_a_new_concern_and_look_alikes_are_suggested(
    lib: Library, tmp_path: Path
) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    src = write_forms(
        tmp_path / "forms.csv",
        ("Te hard rijden op de Dordtselaan", "Dordtselaan"),
        ("Er wordt veel te hard gereden op de Dordtselaan", "Dordtselaan"),
    )
    table = read_table(src)
    report = import_rows(lib, meeting, table, guess_mapping(table.headers))
    assert [line.outcome for line in report.lines] == ["imported", "imported"]
    (suggestion,) = report.suggestions
    assert (suggestion.code, suggestion.target_code, suggestion.line) == ("K2", "K1", 3)
    assert suggestion.score >= ATTACH  # attaching would have taken it: it is offered instead
    assert len(c.list_concerns(lib, hood)) == 2


def test_undo_is_refused_when_a_concern_the_import_brought_got_another_report(
    lib: Library, tmp_path: Path
) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    src = write_forms(tmp_path / "forms.csv", ("Ratten bij de containers", "Putselaan"))
    table = read_table(src)
    report = import_rows(lib, meeting, table, guess_mapping(table.headers), attach=True)
    (concern,) = c.list_concerns(lib, hood)
    c.save_form(lib, c.FormInput(meeting, "ratten!"), attach_to=concern.id)
    with pytest.raises(ValueError, match="worked on"):
        remove_import(lib, report.report_ids)
    assert c.list_concerns(lib, hood)[0].reports == 2


@pytest.mark.shared_data
@pytest.mark.parametrize(
    "path", [SHARED_DATA / "paper-forms.csv", OWN_FORMS], ids=["shared", "own"]
)
def test_attaching_puts_two_problems_under_one_concern_rarely(path: Path) -> None:
    figures = attach_figures(path)
    assert figures.precision >= 0.97, figures
    assert figures.recall >= 0.4, figures  # and it does save the review real work


@pytest.mark.parametrize(
    ("earlier", "row"),
    [
        ("Auto's rijden te hard op de Randweg bij de school",
         "Auto's parkeren op de stoep op de Randweg bij de school"),
        ("Losse tegels op de stoep Randweg", "Auto's parkeren op de stoep Randweg"),
    ],
    ids=["speeding-parking", "tiles-parking"],
)  # fmt: skip
def test_a_row_naming_another_kind_of_problem_is_never_attached(
    lib: Library, tmp_path: Path, earlier: str, row: str
) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    c.save_form(lib, c.FormInput(meeting, earlier, street="Randweg"))
    table = read_table(write_forms(tmp_path / "forms.csv", (row, "Randweg")))
    report = import_rows(lib, meeting, table, guess_mapping(table.headers), attach=True)
    (line,) = report.lines
    assert line.outcome == "imported" and line.similar[0][1] >= ATTACH  # alike, yet apart
    assert [s.target_code for s in report.suggestions] == ["K1"]  # offered to judge


def test_accepting_suggestions_merges_each_into_where_its_target_goes(
    lib: Library, tmp_path: Path
) -> None:
    from buurtdesk.core.concerns.edit import merge_concerns
    from buurtdesk.core.concerns.import_report import MergeSuggestion, merges_for

    chain = [
        MergeSuggestion(3, 12, "K12", 11, "K11", 40),
        MergeSuggestion(4, 13, "K13", 12, "K12", 35),
    ]
    other = MergeSuggestion(5, 14, "K14", 2, "K2", 31)
    assert merges_for([*chain, other]) == [(11, [12, 13]), (2, [14])]
    assert merges_for(chain[1:]) == [(12, [13])]  # K12 unticked: K13 goes into K12 itself

    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    src = write_forms(
        tmp_path / "forms.csv",
        ("Te hard rijden op de Randweg", "Randweg"),
        ("Er wordt veel te hard gereden op de Randweg", "Randweg"),
    )
    table = read_table(src)
    report = import_rows(lib, meeting, table, guess_mapping(table.headers))
    for target, sources in merges_for(report.suggestions):
        merge_concerns(lib, target, sources)
    (left,) = c.list_concerns(lib, hood)
    assert (left.code, left.reports) == ("K1", 2)
