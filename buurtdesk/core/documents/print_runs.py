"""What was printed, kept in the file's settings so numbers are never handed out twice.

Ballots: each print batch of a meeting gets a running ballot number range, a seed and the
concern order that seed gave; the batch code printed on each ballot names that order (kept by
``store.print_record``, which the counting checks ballots against).  Forms:
every range of form numbers printed.  No personal data: numbers, concern codes and dates.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.documents.base import Heading
from buurtdesk.core.store.models import Meeting, Report, new_uuid
from buurtdesk.core.store.print_record import BallotBatch, ballot_batches, read_list, write_list

FORM_RANGES_KEY = "printed_form_ranges"
SEED_RANGE = 16**4  # a seed prints as four hex digits


@dataclass(frozen=True)
class RecordingHeading(Heading):
    """A document's heading with what to record once its PDF is written (and only then)."""

    after_write: Callable[[Session], None] | None = None


def shuffled(codes: list[str], meeting_id: int, seed: int) -> list[str]:
    """The concern order of one batch: the same codes and seed always give the same order."""
    order = sorted(codes, key=lambda c: (len(c), c))
    random.Random(f"{meeting_id}:{seed}").shuffle(order)
    return order


def plan_ballot_batch(
    s: Session, meeting_id: int, codes: list[str], count: int, seed: int | None = None
) -> BallotBatch:
    """The next batch of ``count`` ballots: numbers after the last batch, a shuffled order."""
    earlier = ballot_batches(s, meeting_id)
    if seed is None:
        seed = random.SystemRandom().randrange(SEED_RANGE)
    first = max((b.last for b in earlier), default=0) + 1
    return BallotBatch(
        code=f"{len(earlier) + 1}-{seed % SEED_RANGE:04X}",
        seed=seed,
        first=first,
        last=first + count - 1,
        order=shuffled(codes, meeting_id, seed),
        made=dt.date.today().isoformat(),
    )


def meeting_uuid(s: Session, meeting_id: int) -> str:
    """The meeting's stable UUID, printed in the QR code of its readable ballots."""
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise ValueError(f"no meeting with id {meeting_id}")
    if not m.uuid:  # a row written without the model's default
        m.uuid = new_uuid()
        s.flush()
    return m.uuid


def form_ranges(s: Session) -> list[tuple[int, int]]:
    """The ranges of form numbers printed so far, (first, last) each."""
    out = []
    for item in read_list(s, FORM_RANGES_KEY):
        if isinstance(item, list) and len(item) >= 2 and all(isinstance(n, int) for n in item[:2]):
            out.append((int(item[0]), int(item[1])))
    return out


def next_form_number(s: Session) -> int:
    """One past the highest form number printed or used in the file (1 for a new file)."""
    used = [int(n) for n in s.scalars(select(Report.form_no)) if n and n.strip().isdigit()]
    printed = [last for _first, last in form_ranges(s)]
    return max(used + printed, default=0) + 1


def overlapping(s: Session, first: int, count: int) -> list[tuple[int, int]]:
    """The printed ranges that share a number with ``first``..``first + count - 1``."""
    last = first + count - 1
    return [(a, b) for a, b in form_ranges(s) if a <= last and first <= b]


def record_forms(s: Session, first: int, count: int) -> None:
    ranges = [[a, b] for a, b in form_ranges(s)]
    write_list(
        s, FORM_RANGES_KEY, ranges + [[first, first + count - 1, dt.date.today().isoformat()]]
    )
