"""Session-level helpers behind :mod:`buurtdesk.core.voting.counting`: ties at the cut and
priorities.

A tie resolution is kept in the ``setting`` table under ``tie.meeting.<id>`` as JSON: the tied
group at the time, the concerns chosen from it, how (re-vote or agreed choice) and the note.
It applies only while the tie at the cut is still exactly that group; after a correction
changes the tie, the tie is flagged again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ConcernStatus, TieResolution
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.store.audit import record as audit
from buurtdesk.core.store.models import Concern, Priority, Setting
from buurtdesk.core.voting._ballots import compute_ranking
from buurtdesk.core.voting._db import meeting
from buurtdesk.core.voting.rows import PriorityRow, TieRecord
from buurtdesk.core.voting.tie_record import _key, load_tie


def _as_dict(t: TieRecord | None) -> dict[str, object] | None:
    if t is None:
        return None
    return {"group": list(t.group), "chosen": list(t.chosen), "how": t.how.value, "note": t.note}


def store_tie(
    s: Session,
    meeting_id: int,
    chosen_concern_ids: Sequence[int],
    how: TieResolution | str,
    note: str,
) -> None:
    m = meeting(s, meeting_id)
    try:
        how = TieResolution(how)
    except ValueError:
        raise VoteRefused("bad_resolution", f"unknown way to resolve a tie: {how!r}") from None
    if how == TieResolution.NONE:
        raise VoteRefused("bad_resolution", "say how the tie was resolved: revote or agreed")
    note = note.strip()
    if how == TieResolution.AGREED and not note:
        raise VoteRefused("note_required", "an agreed choice needs a reason")
    ranking = compute_ranking(s, m)
    if not ranking.cut_group:
        raise VoteRefused("no_tie", "there is no tie at the cut to resolve")
    chosen = tuple(dict.fromkeys(int(c) for c in chosen_concern_ids))
    outside = [c for c in chosen if c not in ranking.cut_group]
    if outside:
        raise VoteRefused("bad_resolution", "only concerns caught in the tie can be chosen")
    if len(chosen) != ranking.cut_seats:
        raise VoteRefused(
            "bad_resolution",
            f"the tie leaves {ranking.cut_seats} place(s); {len(chosen)} concern(s) were chosen",
        )
    before = load_tie(s, meeting_id)
    record = TieRecord(ranking.cut_group, chosen, how, note)
    row = s.get(Setting, _key(meeting_id))
    if row is None:
        row = Setting(key=_key(meeting_id))
        s.add(row)
    row.value = json.dumps(_as_dict(record))
    audit(s, "tie", meeting_id, "resolve", _as_dict(before), _as_dict(record))


def drop_tie(s: Session, meeting_id: int) -> TieRecord | None:
    meeting(s, meeting_id)
    before = load_tie(s, meeting_id)
    row = s.get(Setting, _key(meeting_id))
    if row is not None:
        s.delete(row)
    if before is not None:
        audit(s, "tie", meeting_id, "clear", _as_dict(before), None)
    return before


def priority_rows(s: Session, meeting_id: int) -> list[PriorityRow]:
    stmt = (
        select(Priority, Concern)
        .join(Concern, Priority.concern_id == Concern.id)
        .where(Priority.meeting_id == meeting_id)
        .order_by(Priority.rank, Concern.number)
    )
    return [
        PriorityRow(
            c.id,
            c.code,
            c.title,
            p.rank,
            float(p.score),
            TieResolution(p.tie_resolution),
            p.tie_note,
        )
        for p, c in s.execute(stmt)
    ]


def write_priorities(s: Session, meeting_id: int) -> list[int]:
    m = meeting(s, meeting_id)
    ranking = compute_ranking(s, m)
    if ranking.tie_at_cut:
        codes = ", ".join(r.code for r in ranking.rows if r.concern_id in ranking.tie_at_cut)
        raise VoteRefused("unresolved_tie", f"resolve the tie at the cut first ({codes})")
    chosen = [r for r in ranking.rows if r.chosen == "yes"]
    if not chosen:
        raise VoteRefused("no_votes", "no concern has any votes yet")
    tie = load_tie(s, meeting_id) if ranking.cut_group else None
    existing = {
        p.concern_id: p for p in s.scalars(select(Priority).where(Priority.meeting_id == m.id))
    }
    keep = {r.concern_id for r in chosen}
    before = sorted(existing)
    for cid, p in existing.items():
        if cid not in keep:
            if p.actions:
                raise VoteRefused("has_actions", "a priority that would drop out has actions")
            _reopen(s, cid)
            s.delete(p)
    for r in chosen:
        prio = existing.get(r.concern_id)
        if prio is None:
            prio = Priority(meeting_id=m.id, concern_id=r.concern_id)
            s.add(prio)
        prio.rank = r.rank
        prio.score = r.score
        in_tie = tie is not None and r.concern_id in tie.group
        prio.tie_resolution = tie.how if in_tie and tie is not None else TieResolution.NONE
        prio.tie_note = tie.note if in_tie and tie is not None else ""
        concern = s.get(Concern, r.concern_id)
        if concern is not None and concern.status == ConcernStatus.OPEN:
            concern.status = ConcernStatus.CHOSEN
    after = [r.concern_id for r in chosen]
    audit(s, "priority", m.id, "choose", {"concern_ids": before}, {"concern_ids": after})
    return after


def _reopen(s: Session, concern_id: int) -> None:
    concern = s.get(Concern, concern_id)
    if concern is not None and concern.status == ConcernStatus.CHOSEN:
        concern.status = ConcernStatus.OPEN


def remove_priorities(s: Session, meeting_id: int) -> list[int]:
    meeting(s, meeting_id)
    rows = list(s.scalars(select(Priority).where(Priority.meeting_id == meeting_id)))
    if any(p.actions for p in rows):
        raise VoteRefused("has_actions", "a priority of this meeting already has actions")
    removed = [p.concern_id for p in rows]
    for p in rows:
        _reopen(s, p.concern_id)
        s.delete(p)
    if removed:
        audit(s, "priority", meeting_id, "clear", {"concern_ids": removed}, None)
    return removed
