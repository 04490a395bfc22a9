"""The ranking after a tally commit, computed here from the counts the area already holds.

``voting.meeting_ranking`` re-reads the whole ballot from the file; after a single tally the
area knows everything it needs (the concerns, the counts, the settings and the stored tie
decision), so the projector can follow within a frame.  The result equals the core's: a test
compares the two.  Ballots are always ranked by the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from buurtdesk.core.voting.ranking import Candidate, Ranking, rank, score_dots, tie_choice

if TYPE_CHECKING:
    from buurtdesk.core.voting.rows import TieRecord, VotingConcern


class TallyRanking:
    def __init__(
        self,
        concerns: Sequence[VotingConcern],
        n_priorities: int,
        method: str,
        tie: TieRecord | None,
    ) -> None:
        self.candidates = [Candidate(c.id, c.number, c.title) for c in concerns]
        self.n_priorities = n_priorities
        self.method = method
        self.tie = tie

    def compute(self, counts: dict[int, int]) -> Ranking:
        scores = score_dots(counts)
        args: dict[str, Any] = {
            "expected_total": float(sum(counts.values())),
            "method": self.method,
        }
        ranking = rank(self.candidates, scores, self.n_priorities, **args)
        tie = self.tie
        resolved = {} if tie is None else tie_choice(ranking, tie.group, tie.chosen)
        if resolved:
            ranking = rank(self.candidates, scores, self.n_priorities, resolved, **args)
        return ranking
