"""Possible duplicates: groups proposed from the duplicate index, measured on the shared forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.concerns.duplicate_review import possible_duplicates
from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.concerns.queries import concern_reports, list_concerns
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.tables import read_table
from tests.conftest import SHARED_DATA


@pytest.fixture
def imported(db_path: Path) -> tuple[Library, int, dict[int, str]]:
    """The 64 shared forms imported, each its own concern, with the answer key per concern."""
    lib = Library(db_path)
    hood = lib.add_neighbourhood("Tarwewijk")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    table = read_table(SHARED_DATA / "paper-forms.csv")
    import_rows(lib, meeting, table, guess_mapping(table.headers))
    cluster = [h.lower() for h in table.headers].index("cluster")
    by_form = {row.values[0]: row.values[cluster] for row in table.rows}
    label = {
        r.id: by_form[concern_reports(lib, r.id, include_personal=True)[0].form_no]
        for r in list_concerns(lib, hood)
    }
    return lib, hood, label


@pytest.mark.shared_data
def test_groups_on_the_shared_forms_are_mostly_right(
    imported: tuple[Library, int, dict[int, str]],
) -> None:
    lib, hood, label = imported
    groups = possible_duplicates(lib, hood)
    pairs = {
        (a.concern_id, b.concern_id)
        for g in groups
        for a in g.members
        for b in g.members
        if a.concern_id < b.concern_id
    }
    right = sum(1 for a, b in pairs if label[a] == label[b])
    truth = sum(1 for a in label for b in label if a < b and label[a] == label[b])
    assert len(groups) >= 12
    assert right / len(pairs) >= 0.8, f"precision {right}/{len(pairs)}"
    assert right / truth >= 0.7, f"recall {right}/{truth}"
    placed = [m.concern_id for g in groups for m in g.members]
    assert len(placed) == len(set(placed))  # each concern in one group at most


def test_the_concern_most_residents_raised_leads_its_group(db_path: Path) -> None:
    lib = Library(db_path)
    hood = lib.add_neighbourhood("Tarwewijk")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    first = save_form(lib, FormInput(meeting, "Ratten bij de containers", street="Putselaan"))
    second = save_form(lib, FormInput(meeting, "Ratten bij de containers putselaan"))
    for _ in range(2):
        save_form(lib, FormInput(meeting, "ratten containers"), attach_to=second.concern_id)
    (group,) = possible_duplicates(lib, hood)
    assert group.target.concern_id == second.concern_id and group.target.reports == 3
    assert [m.concern_id for m in group.others] == [first.concern_id]
