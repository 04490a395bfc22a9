"""Taking an import back, and putting it back, exactly and in one transaction each."""

from __future__ import annotations

import datetime as dt

import pytest

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.concerns.delete import remove_import, restore_import
from buurtdesk.core.concerns.import_forms import import_file
from buurtdesk.core.store.library import Library
from tests.conftest import SHARED_DATA


@pytest.fixture
def lib(store_target: str) -> Library:
    library = Library(store_target)
    yield library
    library.close()


def counts(lib: Library) -> dict[str, int]:
    return {k: v for k, v in lib.counts().items() if k != "audit_entries"}  # the undo is logged


def listing(lib: Library, hood: int) -> list[tuple[int, str, str, int]]:
    return [(r.id, r.code, r.title, r.reports) for r in c.list_concerns(lib, hood)]


@pytest.mark.shared_data
def test_an_import_goes_back_and_comes_back_the_same(lib: Library) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    c.save_form(lib, c.FormInput(meeting, "Al eerder gemeld: losse tegels", name="Ans"))
    before_counts, before_list = counts(lib), listing(lib, hood)
    report = import_file(lib, meeting, SHARED_DATA / "paper-forms.csv")
    assert len(report.report_ids) == report.count("imported") == 64
    after_counts, after_list = counts(lib), listing(lib, hood)

    snapshot = remove_import(lib, report.report_ids)
    assert counts(lib) == before_counts
    assert listing(lib, hood) == before_list

    restore_import(lib, snapshot)
    assert counts(lib) == after_counts
    assert listing(lib, hood) == after_list  # same ids, numbers, titles and reports

    remove_import(lib, report.report_ids)  # and back once more, as undo-redo-undo does
    assert counts(lib) == before_counts


@pytest.mark.shared_data
def test_an_import_worked_on_since_is_not_taken_back(lib: Library) -> None:
    hood = lib.add_neighbourhood("Bloemhof")
    meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
    report = import_file(lib, meeting, SHARED_DATA / "paper-forms.csv")
    rows = c.list_concerns(lib, hood)
    c.merge_concerns(lib, rows[0].id, [rows[1].id])
    before = counts(lib)
    with pytest.raises(ValueError, match="merged|worked on"):
        remove_import(lib, report.report_ids)
    assert counts(lib) == before  # nothing changed
