"""Dutch wording: dates, plurals, the meeting header and every reason a file is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store.db import DatabaseFileError, Problem
from buurtdesk.core.store.library import MeetingRow, MeetingSummary
from buurtdesk.gui.common import texts

MEETING = MeetingRow(
    1, 1, "Bloemhof", dt.date(2026, 12, 4), dt.time(19, 30), "", "", MeetingStatus.IN_PROGRESS
)


def test_dates_are_dutch() -> None:
    assert texts.format_date(dt.date(2026, 1, 2)) == "02-01-2026"
    assert texts.format_date(None) == "geen datum"
    assert texts.weekday(dt.date(2026, 12, 4)) == "vrijdag"


def test_plurals_and_placeholders() -> None:
    assert texts.plural(1, "1 stem", "%1 stemmen") == "1 stem"
    assert texts.plural(0, "1 stem", "%1 stemmen") == "0 stemmen"
    assert texts.arg("%1 en %10", "a", *"bcdefghi", "j") == "a en j"


def test_meeting_texts() -> None:
    assert texts.meeting_label(MEETING) == "04-12-2026 · bezig"
    assert texts.meeting_header(MEETING) == "Vrijdag 04-12-2026 · 19:30 uur"
    assert texts.meeting_details(MEETING) == (
        "Locatie nog niet ingevuld · voorzitter nog niet ingevuld"
    )
    summary = MeetingSummary(concerns=1, reports=3, votes=0, priorities=0, open_actions=1)
    assert texts.summary_line(summary) == (
        "1 knelpunt · 3 meldingen · 0 punten · 0 prioriteiten · 0 acties afgesproken"
        " · 1 open actie van eerder"
    )
    counted = MeetingSummary(1, 3, votes=2, priorities=0, open_actions=0, points=7.5)
    assert "7,5 punten" in texts.summary_line(counted) or "7.5 punten" in texts.summary_line(
        counted
    )


@pytest.mark.parametrize("problem", list(Problem))
def test_every_refusal_has_its_own_dutch_text(problem: Problem) -> None:
    error = DatabaseFileError(problem, Path("x.buurtdesk"), "English detail", version=7)
    text = texts.file_problem_text(error)
    assert text != "Dit bestand kan niet worden geopend."
    assert "English" not in text
    if problem is Problem.NEWER:
        assert "(schema 7)" in text
