"""Meeting details as the chair fills them in, and what the verslag then prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.meeting_details import AgendaLine, load_details, save_details
from tests.doc_helpers import pdf_text, squash


@pytest.fixture
def meeting(store_target: str) -> tuple[Library, int]:
    lib = Library(store_target)
    hood = lib.add_neighbourhood("Tarwewijk")
    return lib, lib.add_meeting(hood, dt.date(2026, 12, 4), dt.time(19, 30), "Buurthuis", "")


def test_details_round_trip_and_give_back_what_was_there(meeting: tuple[Library, int]) -> None:
    lib, mid = meeting
    before = load_details(lib, mid)
    assert before.partners and all(p.present is None for p in before.partners)
    assert "Bewoners" not in [p.name for p in before.partners]  # residents are counted apart
    police = before.partners[0]
    changed = dataclasses.replace(
        before,
        location="Buurthuis De Ster",
        chair="Anna",
        residents_present=14,
        partners=(dataclasses.replace(police, present=True, hours_offered=40.0),)
        + before.partners[1:],
        agenda=(AgendaLine("Welkom", ""), AgendaLine("Nieuws van de wijkagent", "14 boetes")),
    )
    assert save_details(lib, mid, changed) == before
    assert load_details(lib, mid) == changed
    save_details(lib, mid, before)
    assert load_details(lib, mid) == before


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"residents_present": -3}, "residents present"),
        ({"agenda": (AgendaLine("  ", "x"),)}, "agenda item needs a title"),
    ],
)
def test_impossible_details_are_refused(
    meeting: tuple[Library, int], change: dict[str, object], words: str
) -> None:
    lib, mid = meeting
    before = load_details(lib, mid)
    with pytest.raises(ValueError, match=words):
        save_details(lib, mid, dataclasses.replace(before, **change))  # type: ignore[arg-type]
    assert load_details(lib, mid) == before


def test_the_verslag_says_when_attendance_was_not_recorded(
    meeting: tuple[Library, int], tmp_path: Path
) -> None:
    lib, mid = meeting
    text = squash(pdf_text(make_document(lib, "report", mid, tmp_path / "a.pdf")))
    assert squash("Welke partners er waren, is niet vastgelegd.") in text
    assert squash("Partners aanwezig: geen") not in text
    details = load_details(lib, mid)
    police = dataclasses.replace(details.partners[0], present=True, attendees="Agent Bakker")
    save_details(lib, mid, dataclasses.replace(details, partners=(police,)))
    text = squash(pdf_text(make_document(lib, "report", mid, tmp_path / "b.pdf")))
    assert squash(f"Partners aanwezig: {police.name}") in text
    assert "Bakker" not in text  # who came is for the chair, not for the public report
