"""The record of what was printed, kept as JSON lists in the file's settings.

Ballots: each print batch of a meeting, with its running number range and the concern order
of its batch code (made by ``documents.print_runs``, checked by the counting).  No personal
data: numbers, concern codes and dates.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from buurtdesk.core.store.models import Setting


def read_list(s: Session, key: str) -> list[Any]:
    """The JSON list kept under ``key``; empty when missing or unreadable."""
    row = s.get(Setting, key)
    try:
        found = json.loads(row.value) if row is not None and row.value else []
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def write_list(s: Session, key: str, value: list[Any]) -> None:
    s.merge(Setting(key=key, value=json.dumps(value, separators=(",", ":"))))


def _ballot_key(meeting_id: int) -> str:
    return f"ballot_batches:{meeting_id}"


@dataclass(frozen=True)
class BallotBatch:
    code: str  # printed on every ballot of the batch, e.g. "2-07F3"
    seed: int
    first: int  # ballot numbers first..last
    last: int
    order: list[str]  # the concern codes top to bottom
    made: str  # ISO date


def ballot_batches(s: Session, meeting_id: int) -> list[BallotBatch]:
    out = []
    for item in read_list(s, _ballot_key(meeting_id)):
        try:
            out.append(BallotBatch(**item))
        except TypeError:
            continue
    return out


def record_ballot_batch(s: Session, meeting_id: int, batch: BallotBatch) -> None:
    earlier = [asdict(b) for b in ballot_batches(s, meeting_id)]
    write_list(s, _ballot_key(meeting_id), earlier + [asdict(batch)])


def batch_of(batches: list[BallotBatch], ballot_no: str) -> BallotBatch | None:
    """The batch that printed this ballot number, if any."""
    no = ballot_no.strip()
    if not no.isdigit():
        return None
    number = int(no)
    return next((b for b in batches if b.first <= number <= b.last), None)
