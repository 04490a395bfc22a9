"""A tie at the cut is printed: in the verslag under the ranking, with the chosen concern
above the one it beat, and on the feedback sheets for the concerns that tied."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.ties import TieInfo, chosen_first
from buurtdesk.core.enums import TieResolution
from buurtdesk.core.voting import counting as v
from tests.doc_helpers import pdf_text, squash
from tests.voting_helpers import Setup, build


@pytest.fixture
def tied(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Setup:
    su = build(db_path)
    v.start_meeting(su.lib, su.meeting)
    for code, n in (("K1", 6), ("K2", 4), ("K3", 4), ("K4", 4)):
        v.set_tally(su.lib, su.meeting, code, n)
    argv = ["meeting", "choose", "--db", str(su.lib.path), "--meeting", str(su.meeting)]
    assert run([*argv, "--tie", "K3,4", "--how", "agreed", "--note", "samen met de school"]) == 0
    capsys.readouterr()
    return su


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "K2, K3 en K4 eindigden gelijk op de grens van de top; in overleg is gekozen "
         "voor K3 en K4. Toelichting: samen met de school"),
        ("en", "K2, K3 and K4 tied at the edge of the top; by agreement the room chose K3 and "
         "K4. Note: samen met de school"),
    ],
)  # fmt: skip
def test_the_verslag_says_how_the_tie_was_settled(
    tied: Setup, tmp_path: Path, lang: str, words: str
) -> None:
    path = make_document(tied.lib, "report", tied.meeting, tmp_path / "verslag.pdf", lang=lang)
    assert squash(words) in squash(pdf_text(path))


def test_the_feedback_overview_says_it_for_the_tied_concerns(tied: Setup, tmp_path: Path) -> None:
    path = make_document(tied.lib, "feedback", tied.meeting, tmp_path / "terug.pdf")
    text = squash(pdf_text(path))
    # K2 and K4 were raised at this meeting (K3 at the one before): both sheets say it
    assert text.count(squash("eindigden gelijk op de grens van de top")) == 2


def test_chosen_concerns_come_above_the_ones_they_beat() -> None:
    scores = [("K1", "a", 6.0), ("K2", "b", 4.0), ("K3", "c", 4.0), ("K4", "d", 4.0)]
    tie = TieInfo(("K2", "K3", "K4"), ("K3", "K4"), TieResolution.AGREED, "", frozenset())
    assert [c for c, *_ in chosen_first(scores, tie)] == ["K1", "K3", "K4", "K2"]
    assert chosen_first(scores, None) == scores
