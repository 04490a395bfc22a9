"""What the voting functions hand back: settings, ballot rows, tallies, ties, priorities.

Plain frozen dataclasses, shared by :mod:`~buurtdesk.core.voting.counting` and the
session-level helpers behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.core.enums import TieResolution, VotingMethod
from buurtdesk.core.voting.ranking import BallotCheck


@dataclass(frozen=True)
class VotingSettings:
    meeting_id: int
    method: VotingMethod
    choices: int  # K: places on a ranked ballot
    dots: int  # N: dots per resident
    max_per_concern: int  # M: effective limit per concern (defaults to N)
    priorities: int  # how many priorities the meeting picks
    residents_present: int | None
    ballots: int  # ballots stored (valid or not)
    tallies: int  # tally rows stored

    @property
    def locked(self) -> bool:
        """True once votes are stored: the method can no longer change."""
        return bool(self.ballots or self.tallies)

    @property
    def max_total(self) -> int | None:
        """The most votes the tallies may add up to, when the attendance is known."""
        if self.residents_present is None:
            return None
        if self.method == VotingMethod.DOTS:
            return self.residents_present * self.dots
        return None


@dataclass(frozen=True)
class VotingConcern:
    id: int
    number: int
    code: str
    title: str
    street: str
    theme: str
    reports: int


@dataclass(frozen=True)
class TallyChange:
    concern_id: int
    code: str
    before: int | None  # None when there was no count yet
    after: int


@dataclass(frozen=True)
class BallotRow:
    id: int
    ballot_no: str
    method: VotingMethod
    choices: tuple[int | str, ...]  # concern numbers as cast (text where unreadable)
    valid: bool
    reason_code: str  # "" when valid
    reason: str


@dataclass(frozen=True)
class BallotResult:
    """A stored ballot: ``valid`` False means it was counted as invalid, with the reason."""

    ballot: BallotRow
    check: BallotCheck

    @property
    def valid(self) -> bool:
        return self.ballot.valid

    @property
    def reason_code(self) -> str:
        return self.ballot.reason_code

    @property
    def reason(self) -> str:
        return self.ballot.reason


@dataclass(frozen=True)
class TieRecord:
    group: tuple[int, ...]  # the concern ids tied at the cut when it was resolved
    chosen: tuple[int, ...]
    how: TieResolution
    note: str


@dataclass(frozen=True)
class PriorityRow:
    concern_id: int
    code: str
    title: str
    rank: int
    score: float
    tie_resolution: TieResolution
    tie_note: str


# -- settings and the ballot ----------------------------------------------------------------
