"""What the file knows of the printed sheets of a meeting: its UUID, batches and layouts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.documents import print_runs
from buurtdesk.core.omr import layout as geo
from buurtdesk.core.store import print_record
from buurtdesk.core.store.models import Meeting


@dataclass
class Printed:
    """One meeting's printed ballots, looked up once per import."""

    meeting_id: int
    uuid: str
    kind: str | None
    places: int
    batches: dict[str, print_record.BallotBatch]
    others: dict[str, int]  # the UUIDs of the file's other meetings -> their ids
    _plans: dict[str, list[geo.PageLayout]] = field(default_factory=dict)

    def pages(self, batch: print_record.BallotBatch) -> list[geo.PageLayout]:
        """The page layouts every ballot of ``batch`` was printed with."""
        if batch.code not in self._plans:
            kind = self.kind or "ballot-approval"
            self._plans[batch.code] = geo.plan(kind, list(batch.order), self.places)
        return self._plans[batch.code]


def printed(s: Session, meeting_id: int) -> Printed:
    m = s.get(Meeting, meeting_id)
    if m is None:
        from buurtdesk.core.errors import UnknownMeetingError

        raise UnknownMeetingError(f"no meeting with id {meeting_id}")
    uuid = print_runs.meeting_uuid(s, meeting_id)
    others = {
        str(u): int(i)
        for i, u in s.execute(select(Meeting.id, Meeting.uuid).where(Meeting.id != meeting_id))
        if u
    }
    return Printed(
        meeting_id,
        uuid,
        geo.kind_for(str(m.voting_method.value)),
        int(m.ranked_choices),
        {b.code: b for b in print_record.ballot_batches(s, meeting_id)},
        others,
    )


def layout_for_batch(
    s: Session, meeting_id: int, batch_code: str | None = None
) -> dict[str, object]:
    """The published layout file (``export ballots --layout``) of one print batch, the last
    one printed when ``batch_code`` is None."""
    info = printed(s, meeting_id)
    batches = list(info.batches.values())
    chosen = [b for b in batches if batch_code is None or b.code == batch_code]
    if not chosen or info.kind is None:
        raise ValueError("no readable ballots were printed for this meeting")
    batch = chosen[-1]
    sheets = []
    pdf_page = 1
    plan = info.pages(batch)
    for number in range(batch.first, batch.last + 1):
        for page in plan:
            sheets.append(geo.sheet_entry(page, pdf_page, info.uuid, batch.code, number))
            pdf_page += 1
    return geo.layout_file(sheets)
