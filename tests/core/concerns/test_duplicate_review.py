"""Possible duplicates: groups proposed from the duplicate index, measured on the shared forms
and on our own (tests/data/resident-forms.csv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.concerns.duplicate_review import possible_duplicates
from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.store.library import Library
from tests.conftest import SHARED_DATA
from tests.duplicate_figures import OWN_FORMS, group_figures, proposed

SETS = [SHARED_DATA / "paper-forms.csv", OWN_FORMS]
# (the cluster of speeding, dog mess, youth hanging about, parking, a playground, streetlights
# and loose tiles) in each set's answer key
NAMES = {
    "paper-forms.csv": (
        "speeding-dordtselaan",
        "dogpoo-park",
        "youth-nuisance-square",
        "parking-pavement",
        "playground-broken",
        "broken-streetlight",
        "single-wheelchair",
    ),
    "resident-forms.csv": (
        "speeding-randweg",
        "dogpoo-grass",
        "youth-square",
        "parking-pavement",
        "playground-broken",
        "streetlight-alley",
        "tiles-loose",
    ),
}


@pytest.mark.shared_data
@pytest.mark.parametrize("path", SETS, ids=["shared", "own"])
def test_the_groups_are_right_and_whole(path: Path) -> None:
    figures = group_figures(path)
    assert figures.precision >= 0.90, figures
    assert figures.recall >= 0.85, figures


@pytest.mark.shared_data
@pytest.mark.parametrize("path", SETS, ids=["shared", "own"])
def test_one_problem_in_two_wordings_is_one_group_and_different_problems_stay_apart(
    path: Path,
) -> None:
    speeding, dogs, youth, parking, playground, lights, tiles = NAMES[path.name]
    key, groups = proposed(path)
    where = {report: n for n, group in enumerate(groups) for report, _text in group}
    placed = [report for group in groups for report, _text in group]
    assert len(placed) == len(set(placed))  # each concern in one group at most
    for cluster in (speeding, dogs, youth):  # whole: every form of it in one group
        assert len({where.get(r) for r, c in key.items() if c == cluster}) == 1, cluster
    texts = {text.casefold(): n for n, group in enumerate(groups) for _r, text in group}
    for phrase, cluster in (("hondenuitwerpselen op het grasveld", dogs),
                            ("groep jongeren hangt rond", youth)):  # fmt: skip
        (n,) = {n for text, n in texts.items() if phrase in text}
        assert {key[r] for r, _text in groups[n]} == {cluster}
    for group in groups:
        found = {key[r] for r, _text in group}
        for apart in ({parking, speeding}, {playground, lights}, {tiles, parking}):
            assert not apart <= found, group


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
