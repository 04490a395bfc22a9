"""The actielijst names who does it: a partner organisation's person, and a resident only
where the chair ticked "naam mag op de actielijst"; the verslag names partners only."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_helpers import build_planted, pdf_text

from buurtdesk.cli.main import run
from buurtdesk.core.actions.follow_up import action, priorities
from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library


def words(pdf: Path) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.fixture
def with_residents(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, int]:
    """build_planted's meeting, plus two residents' actions: one ticked, one not."""
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        prio = priorities(lib, info.meeting_id)[0].id
    finally:
        lib.close()
    base = ["action", "add", "--db", str(db_path), "--priority", str(prio)]
    base += ["--partner", "Bewoners"]
    for what, person, tick in (
        ("Buren aanspreken", "Ans Verborgen", []),
        ("Lijst met fietswrakken", "Ahmed Genoemd", ["--name-on-list"]),
    ):
        assert run([*base, "--description", what, "--person", person, *tick]) == 0
    capsys.readouterr()
    return db_path, info.meeting_id


def test_the_actielijst_names_the_work_identity_and_ticked_residents_only(
    with_residents: tuple[Path, int], tmp_path: Path
) -> None:
    path, meeting = with_residents
    lib = Library(path, create=False)
    try:
        for lang, police, residents in (
            ("nl", "Politie", "Bewoners"),
            ("en", "Police", "Residents"),
        ):
            out = make_document(lib, "actions", meeting, tmp_path / "a.pdf", lang=lang)
            text = words(out)
            assert f"{police} Wijkagent Piet" in text  # the police's person, under the partner
            assert f"{residents} Ahmed Genoemd" in text  # ticked by the chair
            assert "Buren aanspreken" in text and "Ans Verborgen" not in text, lang
        report = words(make_document(lib, "report", meeting, tmp_path / "r.pdf"))
        for person in ("Wijkagent Piet", "Ahmed Genoemd", "Ans Verborgen"):
            assert person not in report  # the public verslag: partners only
    finally:
        lib.close()


def test_the_tick_is_changed_from_the_command_line(
    with_residents: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, meeting = with_residents
    lib = Library(path, create=False)
    try:
        ans = next(
            a.id
            for p in priorities(lib, meeting)
            for a in p.actions
            if a.description == "Buren aanspreken"
        )
    finally:
        lib.close()
    db = ["--db", str(path), "--action", str(ans)]
    assert run(["action", "update", *db, "--name-on-list"]) == 0
    assert "may go on the actielijst" in capsys.readouterr().out
    lib = Library(path, create=False)
    try:
        assert action(lib, ans).name_on_list
        text = words(make_document(lib, "actions", meeting, tmp_path / "a.pdf"))
        assert "Bewoners Ans Verborgen" in text
    finally:
        lib.close()
    assert run(["action", "update", *db, "--no-name-on-list", "--status", "in_progress"]) == 0
    lib = Library(path, create=False)
    try:
        assert not action(lib, ans).name_on_list
    finally:
        lib.close()
    assert run(["action", "update", *db]) == 1  # neither a status nor the tick
    assert "--status" in capsys.readouterr().err


def test_an_edit_without_the_tick_keeps_it_and_undoing_a_delete_brings_it_back(
    with_residents: tuple[Path, int],
) -> None:
    from dataclasses import replace

    from buurtdesk.core.actions.edit import delete_action, edit_action, restore_action
    from buurtdesk.core.actions.follow_up import fields_of

    path, meeting = with_residents
    lib = Library(path, create=False)
    try:
        ticked = next(a for p in priorities(lib, meeting) for a in p.actions if a.name_on_list)
        plain = fields_of(ticked)
        edit_action(lib, ticked.id, replace(plain, name_on_list=None, description="Wrakken"))
        assert action(lib, ticked.id).name_on_list  # a form without the tick leaves it
        restore_action(lib, delete_action(lib, ticked.id))
        assert action(lib, ticked.id).name_on_list
        edit_action(lib, ticked.id, replace(plain, name_on_list=False))
        assert not action(lib, ticked.id).name_on_list
    finally:
        lib.close()
