"""A stored tie resolution: read from the ``setting`` table, and applied to a ranking.

Kept apart from :mod:`~buurtdesk.core.voting._ties` (which stores and clears it) because
the ranking itself applies it: :func:`resolution_for` is the one place that decides whether a
stored choice still fits the tie at the cut.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from buurtdesk.core.enums import TieResolution
from buurtdesk.core.store.models import Setting
from buurtdesk.core.voting.ranking import Ranking, tie_choice
from buurtdesk.core.voting.rows import TieRecord


def _key(meeting_id: int) -> str:
    return f"tie.meeting.{meeting_id}"


def load_tie(s: Session, meeting_id: int) -> TieRecord | None:
    row = s.get(Setting, _key(meeting_id))
    if row is None or not row.value:
        return None
    try:
        data = json.loads(row.value)
        return TieRecord(
            tuple(int(i) for i in data["group"]),
            tuple(int(i) for i in data["chosen"]),
            TieResolution(data["how"]),
            str(data.get("note", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


def resolution_for(s: Session, meeting_id: int, ranking: Ranking) -> dict[int, bool]:
    """The stored resolution as concern id -> chosen, when it fits the current cut group."""
    if not ranking.cut_group:
        return {}
    tie = load_tie(s, meeting_id)
    return {} if tie is None else tie_choice(ranking, tie.group, tie.chosen)
