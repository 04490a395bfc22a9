"""A merged concern keeps a theme: a target without one takes its source's, and gives it back
when that source is split off again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.store.library import Library


@pytest.fixture
def lib(db_path: Path) -> Library:
    return Library(db_path)


def _theme(lib: Library, concern_id: int) -> str:
    hood = lib.neighbourhoods()[0].id
    rows = c.list_concerns(lib, hood, include_merged=True)
    return next(r.theme for r in rows if r.id == concern_id)


def test_a_target_without_theme_takes_the_sources_and_gives_it_back(lib: Library) -> None:
    hood = lib.add_neighbourhood("Boekweitbuurt")
    meeting = lib.add_meeting(hood, dt.date(2026, 12, 4))
    theme = c.theme_names(lib)[0]
    plain = c.save_form(lib, c.FormInput(meeting, "te hard rijden"))
    themed = c.save_form(lib, c.FormInput(meeting, "hardrijders", theme=theme))
    c.merge_concerns(lib, plain.concern_id, [themed.concern_id])
    assert _theme(lib, plain.concern_id) == theme
    c.unmerge_concern(lib, themed.concern_id)
    assert _theme(lib, plain.concern_id) == ""
    assert _theme(lib, themed.concern_id) == theme


def test_a_target_with_a_theme_keeps_its_own(lib: Library) -> None:
    hood = lib.add_neighbourhood("Boekweitbuurt")
    meeting = lib.add_meeting(hood, dt.date(2026, 12, 4))
    first, second = c.theme_names(lib)[:2]
    a = c.save_form(lib, c.FormInput(meeting, "te hard rijden", theme=first))
    b = c.save_form(lib, c.FormInput(meeting, "hardrijders", theme=second))
    c.merge_concerns(lib, a.concern_id, [b.concern_id])
    assert _theme(lib, a.concern_id) == first
    c.unmerge_concern(lib, b.concern_id)
    assert _theme(lib, a.concern_id) == first
