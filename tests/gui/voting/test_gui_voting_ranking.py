"""The area's own ranking after a tally equals the core's, ties and decisions included."""

from __future__ import annotations

import random
from pathlib import Path

from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.voting.live_ranking import TallyRanking
from tests.gui.planted_meeting import build


def fast(lib: Library, meeting: int) -> TallyRanking:
    settings = voting.voting_settings(lib, meeting)
    return TallyRanking(
        voting.voting_concerns(lib, meeting),
        settings.priorities,
        str(settings.method),
        voting.tie_resolution(lib, meeting),
    )


def test_fast_ranking_matches_the_core(tmp_path: Path) -> None:
    made = build(tmp_path / "gelijk.buurtdesk", n=9)
    lib = Library(made.path)
    try:
        rng = random.Random(7)
        for _ in range(25):
            number = rng.randint(1, 9)
            voting.set_tally(lib, made.meeting, f"K{number}", rng.randint(0, 4))
            counts = voting.tallies(lib, made.meeting)
            assert fast(lib, made.meeting).compute(counts) == voting.meeting_ranking(
                lib, made.meeting
            )
        for number, count in ((1, 9), (2, 7), (3, 7), (4, 7)):
            voting.set_tally(lib, made.meeting, f"K{number}", count)
        ranking = voting.meeting_ranking(lib, made.meeting)
        assert ranking.tie_at_cut  # three concerns at 7 for two places
        voting.resolve_tie(lib, made.meeting, list(ranking.tie_at_cut[:2]), "revote")
        counts = voting.tallies(lib, made.meeting)
        resolved = fast(lib, made.meeting).compute(counts)
        assert not resolved.tie_at_cut
        assert resolved == voting.meeting_ranking(lib, made.meeting)
    finally:
        lib.close()
