"""Session-level helpers behind :mod:`buurtdesk.core.voting.counting`: ballots and the ranking."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import VotingMethod
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.numbers import canonical_number
from buurtdesk.core.store.audit import record as audit
from buurtdesk.core.store.models import Ballot, Meeting
from buurtdesk.core.store.print_record import ballot_batches, batch_of
from buurtdesk.core.voting._db import candidates, known_numbers, tally_map, valid_choices
from buurtdesk.core.voting.ranking import (
    BallotCheck,
    Ranking,
    check_ballot,
    rank,
    ranked_points,
    score_approval,
    score_dots,
    score_ranked,
)
from buurtdesk.core.voting.rows import BallotResult, BallotRow
from buurtdesk.core.voting.tie_record import resolution_for

# -- ballots ------------------------------------------------------------------------------------


def _row(b: Ballot) -> BallotRow:
    code, _, reason = (b.invalid_reason or "").partition(": ")
    if not b.valid and not reason:
        code, reason = "invalid", code
    return BallotRow(
        b.id,
        b.ballot_no,
        VotingMethod(b.method),
        tuple(b.choices or ()),
        bool(b.valid),
        "" if b.valid else code,
        "" if b.valid else reason,
    )


def _natural(no: str) -> tuple[int, int, str]:
    digits = "".join(ch for ch in no if ch.isdigit())
    return (0, int(digits), no) if digits and len(digits) < 12 else (1, 0, no)


def ballot_rows(s: Session, meeting_id: int) -> list[BallotRow]:
    rows = [_row(b) for b in s.scalars(select(Ballot).where(Ballot.meeting_id == meeting_id))]
    return sorted(rows, key=lambda r: _natural(r.ballot_no))


def _ballot_method(s: Session, m: Meeting) -> VotingMethod:
    method = VotingMethod(m.voting_method)
    if method == VotingMethod.DOTS:
        raise VoteRefused("wrong_method", "a dots vote is counted per concern, not by ballots")
    if method == VotingMethod.APPROVAL and tally_map(s, m.id):
        raise VoteRefused("mixed_counting", "this meeting counts approval by hands (tallies)")
    return method


def _clean_no(ballot_no: str) -> str:
    no = canonical_number(ballot_no)
    if not no or len(no) > 30 or not no.isprintable():
        raise VoteRefused(
            "no_ballot_number",
            "a ballot needs a number of at most 30 characters, without control characters",
        )
    return no


def _check(
    s: Session, m: Meeting, known: dict[int, int], no: str, choices: Sequence[str | int]
) -> BallotCheck:
    """The ballot's choices checked, and, when the meeting has a record of printed ballots,
    its number and choices against the batch that printed it."""
    method = VotingMethod(m.voting_method)
    limit = m.ranked_choices if method == VotingMethod.RANKED else max(1, len(known))
    check = check_ballot(choices, known, limit)
    batches = ballot_batches(s, m.id)
    if not check.valid or not batches:
        return check
    batch = batch_of(batches, no)
    if batch is None:
        return replace(
            check,
            concern_ids=(),
            reason_code="not_printed",
            reason=f"ballot {no} was never printed",
        )
    on_batch = set(batch.order)
    for n in check.numbers:
        if f"K{n}" not in on_batch:
            reason = f"K{n} is not on the ballots of batch {batch.code}"
            return replace(check, concern_ids=(), reason_code="not_on_batch", reason=reason)
    return check


def printed_record(s: Session, meeting_id: int) -> bool:
    """Whether ballots of this meeting are checked against a record of printed ballots."""
    return bool(ballot_batches(s, meeting_id))


def insert_ballot(
    s: Session,
    m: Meeting,
    known: dict[int, int],
    ballot_no: str,
    choices: Sequence[str | int],
    *,
    invalid: tuple[str, str] | None = None,
) -> BallotResult:
    """Store one ballot.  ``invalid`` (code, reason) makes an otherwise valid ballot invalid
    for what a list of choices cannot say (a read ranked grid with a place marked twice)."""
    method = _ballot_method(s, m)
    no = _clean_no(ballot_no)
    if s.scalar(select(Ballot.id).where(Ballot.meeting_id == m.id, Ballot.ballot_no == no)):
        raise VoteRefused("ballot_present", f"ballot {no} is already counted")
    check = _check(s, m, known, no, choices)
    if invalid is not None and check.valid:
        check = BallotCheck((), check.numbers, *invalid)
    ballot = Ballot(
        meeting_id=m.id,
        ballot_no=no,
        method=method,
        choices=list(check.numbers),
        valid=check.valid,
        invalid_reason="" if check.valid else f"{check.reason_code}: {check.reason}"[:200],
    )
    s.add(ballot)
    s.flush()
    return BallotResult(_row(ballot), check)


def _find_ballot(s: Session, meeting_id: int, ballot_no: str) -> Ballot:
    no = str(ballot_no).strip()
    b = s.scalar(select(Ballot).where(Ballot.meeting_id == meeting_id, Ballot.ballot_no == no))
    if b is None and (plain := canonical_number(no)) != no:
        b = s.scalar(
            select(Ballot).where(Ballot.meeting_id == meeting_id, Ballot.ballot_no == plain)
        )
    if b is None:
        raise VoteRefused("unknown_ballot", f"no ballot numbered {no!r} in this meeting")
    return b


def _snapshot(b: Ballot) -> dict[str, Any]:
    return {
        "meeting_id": b.meeting_id,
        "ballot_no": b.ballot_no,
        "choices": list(b.choices or []),
        "valid": bool(b.valid),
        "invalid_reason": b.invalid_reason,
    }


def update_ballot(
    s: Session,
    m: Meeting,
    ballot_no: str,
    choices: Sequence[str | int],
    new_ballot_no: str | None,
) -> BallotResult:
    b = _find_ballot(s, m.id, ballot_no)
    _ballot_method(s, m)
    before = _snapshot(b)
    if new_ballot_no is not None:
        no = _clean_no(new_ballot_no)
        if no != b.ballot_no and s.scalar(
            select(Ballot.id).where(Ballot.meeting_id == m.id, Ballot.ballot_no == no)
        ):
            raise VoteRefused("ballot_present", f"ballot {no} is already counted")
        b.ballot_no = no
    check = _check(s, m, known_numbers(s, m), b.ballot_no, choices)
    b.choices = list(check.numbers)
    b.valid = check.valid
    b.invalid_reason = "" if check.valid else f"{check.reason_code}: {check.reason}"[:200]
    after = _snapshot(b)
    if after != before:
        audit(s, "ballot", b.id, "correct", before, after)
    s.flush()
    return BallotResult(_row(b), check)


def remove_ballot(s: Session, meeting_id: int, ballot_no: str) -> BallotRow:
    b = _find_ballot(s, meeting_id, ballot_no)
    row = _row(b)
    audit(s, "ballot", b.id, "delete", _snapshot(b), None)
    s.delete(b)
    return row


# -- the ranking --------------------------------------------------------------------------------


def compute_ranking(s: Session, m: Meeting) -> Ranking:
    method = VotingMethod(m.voting_method)
    valid = invalid = 0
    counts = tally_map(s, m.id) if method != VotingMethod.RANKED else {}
    if method == VotingMethod.DOTS or (method == VotingMethod.APPROVAL and counts):
        on_ballot = candidates(s, m)
        scores = score_dots(counts)
        expected = float(sum(counts.values()))
    else:
        # Score by concern number, then map the few numbers to ids: a number that is no
        # longer on the ballot drops out and shows as a totals mismatch.
        cast, invalid = valid_choices(s, m.id, method)
        on_ballot = candidates(s, m, set(chain.from_iterable(cast)))
        valid = len(cast)
        lengths = Counter(map(len, cast))
        if method == VotingMethod.RANKED:
            k = m.ranked_choices
            by_number = score_ranked(cast, k)
            expected = float(sum(ranked_points(k, n) * times for n, times in lengths.items()))
        else:
            by_number = score_approval(cast)
            expected = float(sum(n * times for n, times in lengths.items()))
        ids = {c.number: c.concern_id for c in on_ballot}
        scores = {ids[n]: score for n, score in by_number.items() if n in ids}
    args = dict(
        expected_total=expected, valid_ballots=valid, invalid_ballots=invalid, method=method.value
    )
    ranking = rank(on_ballot, scores, m.priorities_count, **args)  # type: ignore[arg-type]
    resolved = resolution_for(s, m.id, ranking)
    if resolved:
        ranking = rank(on_ballot, scores, m.priorities_count, resolved, **args)  # type: ignore[arg-type]
    return ranking
