"""The ranking engine: pure and deterministic, no database and no Qt.

Scores come from one of three voting methods:

* **dots**: the count of stickers per concern (:func:`score_dots`);
* **ranked**: each ballot ranks up to K concerns; first place scores K, second K-1, and so on,
  also on a ballot that fills fewer than K places (:func:`score_ranked`);
* **approval**: one point per concern a resident supports (:func:`score_approval`).

:func:`rank` turns scores into a :class:`Ranking`.  Equal scores share a rank (1, 2, 2, 4);
a tie is never broken by id or input order.  When the cut at N priorities falls inside a tie,
the tied concerns are marked ``chosen="tie"`` until the facilitator resolves it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice, zip_longest

from buurtdesk.core.numbers import plain_text_number

CHOSEN_YES, CHOSEN_NO, CHOSEN_TIE = "yes", "no", "tie"

_CODE = re.compile(r"\s*[Kk]?\s*0*(\d{1,9})(?:[.,]0+)?\s*", re.ASCII)


@dataclass(frozen=True)
class Candidate:
    """A concern on the ballot: its id, its number (``K12`` has number 12) and public title."""

    concern_id: int
    number: int
    title: str = ""

    @property
    def code(self) -> str:
        return f"K{self.number}"


@dataclass(frozen=True)
class RankedRow:
    concern_id: int
    code: str
    title: str
    score: float
    rank: int  # 1-based; equal scores share a rank
    tied: bool  # another concern has the same score
    chosen: str  # "yes" | "no" | "tie" (caught in an unresolved tie at the cut)
    number: int = 0


@dataclass(frozen=True)
class Ranking:
    """Every concern of a meeting in ranked order (by rank, then number)."""

    rows: tuple[RankedRow, ...]
    n_priorities: int
    tie_at_cut: tuple[int, ...]  # concern ids caught in an unresolved tie at the cut
    total: float  # the sum of all scores
    expected_total: float  # what the valid ballots or tallies hand out
    valid_ballots: int = 0
    invalid_ballots: int = 0
    method: str = ""
    # Every concern id whose group straddles the cut, resolved or not (empty when none).
    cut_group: tuple[int, ...] = field(default=())
    # How many places of the cut group are still to fill (0 when there is no tie at the cut).
    cut_seats: int = 0

    @property
    def totals_ok(self) -> bool:
        return abs(self.total - self.expected_total) < 1e-9

    @property
    def has_unresolved_tie(self) -> bool:
        return bool(self.tie_at_cut)

    @property
    def chosen_ids(self) -> tuple[int, ...]:
        """The concern ids marked ``yes``, in ranked order."""
        return tuple(r.concern_id for r in self.rows if r.chosen == CHOSEN_YES)

    def row(self, concern_id: int) -> RankedRow | None:
        for r in self.rows:
            if r.concern_id == concern_id:
                return r
        return None


def parse_number(text: str | int) -> int | None:
    """``"K12"``, ``"k 12"``, ``"K012"``, ``"Ｋ１２"``, ``"12.0"`` or ``12`` -> 12; anything else
    -> None (digits of any script count, see :mod:`buurtdesk.core.numbers`)."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if text > 0 else None
    match = _CODE.fullmatch(plain_text_number(text))
    if match is None:
        return None
    number = int(match.group(1))
    return number if number > 0 else None


# -- scoring --------------------------------------------------------------------------------


def ranked_points(k: int, n_choices: int) -> int:
    """What one ranked ballot with ``n_choices`` places hands out: K + (K-1) + ..."""
    n = min(n_choices, k)
    return sum(k - i for i in range(n))


def score_ranked(ballots: Iterable[Sequence[int]], k: int) -> dict[int, float]:
    """Borda-style points: place 1 scores ``k``, place 2 ``k-1``, ...; only the first k count.

    ``ballots`` hold concern ids in the order the resident ranked them; they should already be
    valid (no repeats).  Concerns nobody named are absent from the result.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    scores: dict[int, float] = {}
    # Transpose the ballots into places (C loops, no per-ballot Python): place p holds the
    # concern every ballot put there, or None for a ballot with fewer places.
    for place, column in enumerate(islice(zip_longest(*ballots), k)):
        points = k - place
        for concern_id, times in Counter(column).items():
            if concern_id is not None:
                scores[concern_id] = scores.get(concern_id, 0.0) + points * times
    return scores


def score_approval(ballots: Iterable[Iterable[int]]) -> dict[int, float]:
    """One point per concern a ballot supports."""
    counts = Counter(chain.from_iterable(set(ballot) for ballot in ballots))
    return {concern_id: float(times) for concern_id, times in counts.items()}


def score_dots(tallies: Mapping[int, int]) -> dict[int, float]:
    """The counted dots (or raised hands) per concern, as scores."""
    return {cid: float(count) for cid, count in tallies.items() if count}


# -- ranking --------------------------------------------------------------------------------


def rank(
    candidates: Sequence[Candidate],
    scores: Mapping[int, float],
    n_priorities: int,
    resolved: Mapping[int, bool] | None = None,
    *,
    expected_total: float | None = None,
    valid_ballots: int = 0,
    invalid_ballots: int = 0,
    method: str = "",
) -> Ranking:
    """Rank every candidate by score.

    * Equal scores share a rank: 1, 2, 2, 4.  Rows are ordered by rank, then number; in a
      settled tie at the cut the chosen come first.
    * A concern is chosen when its score is above zero and its whole tie group fits in the
      first ``n_priorities`` places.  When a group straddles the cut, its concerns are ``tie``
      unless ``resolved`` (concern id -> chosen) settles every one of them.
    * Scores of concerns that are not candidates are left out, also of ``total``; so votes
      for a concern no longer on the ballot show up as a totals mismatch.
    """
    n_priorities = max(0, n_priorities)
    resolved = resolved or {}
    ordered = sorted(candidates, key=lambda c: (-scores.get(c.concern_id, 0.0), c.number))
    size: dict[float, int] = {}
    for c in ordered:
        s = scores.get(c.concern_id, 0.0)
        size[s] = size.get(s, 0) + 1

    rows: list[RankedRow] = []
    cut_group: list[int] = []
    cut_seats = 0
    previous: float | None = None
    current_rank = 0
    for place, c in enumerate(ordered, start=1):
        score = scores.get(c.concern_id, 0.0)
        if score != previous:
            current_rank = place
            previous = score
        group = size[score]
        last_place = current_rank + group - 1
        if score <= 0 or current_rank > n_priorities:
            chosen = CHOSEN_NO
        elif last_place <= n_priorities:
            chosen = CHOSEN_YES
        else:
            cut_group.append(c.concern_id)
            cut_seats = n_priorities - current_rank + 1
            chosen = CHOSEN_TIE
        rows.append(
            RankedRow(
                c.concern_id, c.code, c.title, score, current_rank, group > 1, chosen, c.number
            )
        )

    if cut_group and all(cid in resolved for cid in cut_group):
        rows = [_settle(r, resolved[r.concern_id]) if r.chosen == CHOSEN_TIE else r for r in rows]
        # a settled tie lists the chosen first: above those it beat, at the same rank
        rows.sort(key=lambda r: (-r.score, r.chosen != CHOSEN_YES, r.number))
    tie_at_cut = tuple(r.concern_id for r in rows if r.chosen == CHOSEN_TIE)
    total = float(sum(r.score for r in rows))
    return Ranking(
        rows=tuple(rows),
        n_priorities=n_priorities,
        tie_at_cut=tie_at_cut,
        total=total,
        expected_total=total if expected_total is None else float(expected_total),
        valid_ballots=valid_ballots,
        invalid_ballots=invalid_ballots,
        method=method,
        cut_group=tuple(cut_group),
        cut_seats=cut_seats,
    )


def _settle(row: RankedRow, chosen: bool) -> RankedRow:
    return RankedRow(
        row.concern_id,
        row.code,
        row.title,
        row.score,
        row.rank,
        row.tied,
        CHOSEN_YES if chosen else CHOSEN_NO,
        row.number,
    )


# -- checking one ballot --------------------------------------------------------------------


@dataclass(frozen=True)
class BallotCheck:
    """The outcome of checking one ballot's choices against the concerns on the ballot."""

    concern_ids: tuple[int, ...]  # in the order cast (only when valid)
    numbers: tuple[int | str, ...]  # the choices as cast: numbers where readable, else text
    reason_code: str = ""  # "" when valid
    reason: str = ""

    @property
    def valid(self) -> bool:
        return not self.reason_code


def check_ballot(
    choices: Sequence[str | int], known: Mapping[int, int], max_choices: int
) -> BallotCheck:
    """Check one ballot: ``known`` maps concern number -> concern id.

    Invalid when a choice is no concern on the ballot (``unknown_concern``), a concern is named
    twice (``duplicate_choice``), there are more than ``max_choices`` (``too_many_choices``) or
    none at all (``empty``).  Blank cells are ignored.
    """
    cast: list[int | str] = []
    for raw in choices:
        if isinstance(raw, str) and not raw.strip():
            continue
        number = parse_number(raw)
        cast.append(number if number is not None else str(raw).strip())
    numbers = tuple(cast)
    if not numbers:
        return BallotCheck((), numbers, "empty", "the ballot names no concern")
    for n in numbers:
        if not isinstance(n, int) or n not in known:
            shown = f"K{n}" if isinstance(n, int) else repr(n)
            return BallotCheck(
                (), numbers, "unknown_concern", f"{shown} is no concern on the ballot"
            )
    seen: set[int | str] = set()
    for n in numbers:
        if n in seen:
            return BallotCheck((), numbers, "duplicate_choice", f"K{n} is named more than once")
        seen.add(n)
    if len(numbers) > max_choices:
        return BallotCheck(
            (),
            numbers,
            "too_many_choices",
            f"{len(numbers)} choices where at most {max_choices} are allowed",
        )
    return BallotCheck(tuple(known[n] for n in numbers if isinstance(n, int)), numbers)


def tie_choice(
    ranking: Ranking, group: Collection[int], chosen: Collection[int]
) -> dict[int, bool]:
    """A decided tie applied to ``ranking``: concern id -> chosen, for :func:`rank`.

    Empty when the decision no longer fits: the ranking has no tie at the cut, or its tied
    group or the places it leaves differ from when the room decided (after a correction).
    """
    if not ranking.cut_group or set(group) != set(ranking.cut_group):
        return {}
    if len(chosen) != ranking.cut_seats:
        return {}
    return {cid: cid in set(chosen) for cid in ranking.cut_group}
