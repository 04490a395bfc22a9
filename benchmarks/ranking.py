"""Recomputing a ranking: 300 concerns, 2,000 ranked ballots (synthetic, from a seed).

* ``ranking_ms``: the median time of :func:`buurtdesk.core.voting.counting.meeting_ranking`, what
  the window calls after every committed ballot: read the ballots from the file, score, rank.
* ``ranking_min_ms`` and ``ranking_cpu_ms``: the fastest run and the median CPU time, which
  tell a slow computation from a busy machine (``ranking_load_avg``);
* ``ranking_engine_ms``: the pure engine alone (score and rank ballots already in memory).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

SEED = 20261204
CONCERNS, BALLOTS, K = 300, 2000, 3


def build(path: Path, concerns: int, ballots: int, seed: int = SEED) -> tuple[Library, int]:
    """A file with one meeting, ``concerns`` open concerns and ``ballots`` ranked ballots."""
    from buurtdesk.core.enums import VotingMethod
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import Ballot, Concern, Meeting

    rnd = random.Random(seed)
    lib = Library(path)
    hood = lib.add_neighbourhood("Benchbuurt")
    meeting = lib.add_meeting(hood, dt.date(2026, 12, 4))
    with lib.session() as s, s.begin():
        s.add_all(
            Concern(
                neighbourhood_id=hood,
                number=n,
                title=f"Knelpunt {n}",
                first_meeting_id=meeting,
            )
            for n in range(1, concerns + 1)
        )
        # Popularity is skewed, as in a real room: a few concerns draw most votes.
        weights = [1.0 / (i + 1) ** 0.7 for i in range(concerns)]
        numbers = list(range(1, concerns + 1))
        for no in range(1, ballots + 1):
            picked: list[int] = []
            for n in rnd.choices(numbers, weights, k=rnd.randint(1, K + 1)):
                if n not in picked and len(picked) < K:
                    picked.append(n)
            s.add(
                Ballot(
                    meeting_id=meeting,
                    ballot_no=str(no),
                    method=VotingMethod.RANKED,
                    choices=picked,
                )
            )
        m = s.get(Meeting, meeting)
        assert m is not None
        m.voting_method = VotingMethod.RANKED
        m.ranked_choices = K
    return lib, meeting


def _timings(func: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median wall time, fastest wall time and median CPU time of ``func``, in ms.

    The CPU time shows the cost when other processes compete for the processor, which
    inflates the wall time on a busy machine.
    """
    func()  # warm caches
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return (
        round(statistics.median(wall) * 1000, 2),
        round(min(wall) * 1000, 2),
        round(statistics.median(cpu) * 1000, 2),
    )


def measure(tiny: bool = False) -> dict[str, float | None]:
    from buurtdesk.core.voting.counting import ballots as all_ballots
    from buurtdesk.core.voting.counting import meeting_ranking, voting_concerns
    from buurtdesk.core.voting.ranking import Candidate, rank, score_ranked

    concerns, ballots = (30, 200) if tiny else (CONCERNS, BALLOTS)
    repeat = 5 if tiny else 200
    with tempfile.TemporaryDirectory() as tmp:
        lib, meeting = build(Path(tmp) / "ranking.buurtdesk", concerns, ballots)
        try:
            db_ms, db_min, db_cpu = _timings(lambda: meeting_ranking(lib, meeting), repeat)
            on_ballot = voting_concerns(lib, meeting)
            candidates = [Candidate(c.id, c.number, c.title) for c in on_ballot]
            by_number = {c.number: c.id for c in on_ballot}
            cast = [
                [by_number[n] for n in b.choices if isinstance(n, int)]
                for b in all_ballots(lib, meeting)
            ]
            engine_ms = _timings(lambda: rank(candidates, score_ranked(cast, K), 3), repeat)[0]
            check = meeting_ranking(lib, meeting)
            if not check.totals_ok or check.valid_ballots != ballots:
                raise RuntimeError("benchmark ranking does not add up")
        finally:
            lib.close()
    return {
        "ranking_ms": db_ms,
        "ranking_min_ms": db_min,
        "ranking_cpu_ms": db_cpu,
        "ranking_engine_ms": engine_ms,
        "ranking_load_avg": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


if __name__ == "__main__":
    print(measure())
