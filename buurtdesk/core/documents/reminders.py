"""Herinneringen: before a meeting, a letter to each partner organisation with open actions.

Per partner ``herinnering-<partner>.pdf`` (a letter to its first work contact, or to the
organisation when it has none) and one line in ``herinneringen.csv`` (partner, contact,
e-mail, subject, body as plain text, for a mail-merge).  Each lists the partner's open actions
with their due date and last update, stalled and overdue first and marked, and asks "wat is de
stand?" before the coming meeting.  The residents' partner's letter goes to the chair and names
no resident (nor does any other: an action's responsible person is never printed).  A meeting
already held gets no reminders: the refusal names the next planned meeting, as the invitation's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.actions import follow_through as ft
from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    Heading,
    build,
    columns,
    para,
    styles,
    table,
)
from buurtdesk.core.documents.feedback import write_csv
from buurtdesk.core.documents.invitation import Held, held
from buurtdesk.core.documents.keeping import KeepTexts, heading, marks, slug
from buurtdesk.core.store.models import Partner, PartnerContact

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

CSV_NAME = "herinneringen.csv"


@dataclass(frozen=True)
class Item:
    action: data.ActionInfo
    judged: ft.FollowThrough | None


@dataclass(frozen=True)
class Reminder:
    partner: str
    residents: bool
    contact: str  # the addressee's name, "" for the chair or the organisation
    role: str
    email: str
    items: tuple[Item, ...]

    @property
    def file_name(self) -> str:
        return f"herinnering-{slug(self.partner)}.pdf"


def _contact(s: Session, partner_id: int) -> tuple[str, str, str]:
    c = s.scalar(
        select(PartnerContact)
        .where(PartnerContact.partner_id == partner_id)
        .order_by(PartnerContact.position, PartnerContact.id)
    )
    return ("", "", "") if c is None else (c.name, c.role, c.email)


def refusal(lib: Library, meeting_id: int) -> Held | None:
    """The meeting already held (and the next one planned) when there are no reminders for it."""
    with lib.session() as s:
        return held(s, meeting_id)


def reminders(s: Session, meeting_id: int) -> tuple[data.MeetingInfo, list[Reminder]]:
    """The coming meeting and one reminder per partner with open actions, in partner order."""
    refused = held(s, meeting_id)
    if refused is not None:
        raise ValueError(refused.message("reminders are"))
    meeting = data.meeting_info(s, meeting_id)
    judged = ft.by_action(s, ft.Reference.at_meeting(s, meeting_id))
    open_actions = [a for a in data.earlier_actions(s, meeting) if a.status in ft.OPEN]
    found: list[Reminder] = []
    for p in s.scalars(select(Partner).order_by(Partner.position, Partner.name)):
        mine = [Item(a, judged.get(a.id)) for a in open_actions if a.partner == p.name.strip()]
        if not mine:
            continue
        mine.sort(key=lambda i: (_urgency(i), i.action.due or dt.date.max, i.action.id))
        name, role, email = ("", "", "") if p.is_residents else _contact(s, p.id)
        found.append(Reminder(p.name.strip(), p.is_residents, name, role, email, tuple(mine)))
    return meeting, found


def _urgency(item: Item) -> tuple[int, int]:
    return ft.urgency(item.judged) if item.judged is not None else (2, 0)


def _last(item: Item, texts: KeepTexts) -> str:
    last = item.judged.last_update if item.judged is not None else None
    if last is None:
        return texts("no_update")
    state = f"{texts.short_date(last)} ({texts.status(item.action.status.value)})"
    return f"{state}: {item.action.last_note}" if item.action.last_note else state


def _due(item: Item, texts: KeepTexts) -> str:
    due = item.action.due
    return texts.short_date(due) if due is not None else texts("none_due")


def _what(item: Item) -> str:
    a = item.action
    return f"{a.concern_code} {a.concern_title}: {a.description}".strip(" :")


def _addressee(r: Reminder, meeting: data.MeetingInfo, texts: KeepTexts) -> tuple[str, str]:
    """ "Aan: ..." and the greeting."""
    hood = meeting.neighbourhood
    if r.residents:
        return texts("reminder_chair", hood=hood), texts("reminder_dear_chair")
    if r.contact:
        who = ", ".join(p for p in (r.contact, r.role, r.partner) if p)
        return who, texts("reminder_dear", name=r.contact)
    return r.partner, texts("reminder_dear_org", partner=r.partner)


def _lead(r: Reminder, meeting: data.MeetingInfo, texts: KeepTexts) -> str:
    key = "reminder_lead_residents" if r.residents else "reminder_lead"
    return texts(key, hood=meeting.neighbourhood, date=texts.date(meeting.date), partner=r.partner)


def subject(meeting: data.MeetingInfo, texts: KeepTexts) -> str:
    return texts("reminder_subject", date=texts.date(meeting.date), hood=meeting.neighbourhood)


def body(r: Reminder, meeting: data.MeetingInfo, texts: KeepTexts) -> str:
    """The letter as plain text, for the mail-merge."""
    _who, dear = _addressee(r, meeting, texts)
    lines = [dear, "", _lead(r, meeting, texts), ""]
    for item in r.items:
        mark = marks(item.judged, texts)
        lines.append(f"- {f'[{mark}] ' if mark else ''}{_what(item)}")
        lines.append(f"  {texts('due')}: {_due(item, texts)}; {texts('last_update')}: "
                     f"{_last(item, texts)}")  # fmt: skip
    question = texts("reminder_question", date=texts.date(meeting.date))
    hood = meeting.neighbourhood
    return "\n".join(
        [*lines, "", question, "", texts("reminder_bye"), texts("reminder_from", hood=hood)]
    )


def letter(r: Reminder, meeting: data.MeetingInfo, texts: KeepTexts) -> list[Flowable]:
    st = styles()
    who, dear = _addressee(r, meeting, texts)
    rows: list[list[object]] = [
        [texts("action"), texts("agreed"), texts("due"), texts("last_update"), texts("mark")]
    ]
    for item in r.items:
        mark = marks(item.judged, texts)
        rows.append(
            [
                _what(item),
                texts.short_date(item.action.agreed),
                _due(item, texts),
                _last(item, texts),
                para(mark, st.cell_bold) if mark else "",
            ]
        )
    question = texts("reminder_question", date=texts.date(meeting.date))
    return [
        para(subject(meeting, texts), st.h1),
        para(texts("reminder_to", who=who)),
        Spacer(1, 10),
        para(dear),
        Spacer(1, 4),
        para(_lead(r, meeting, texts)),
        Spacer(1, 8),
        table(rows, columns(28, 14, 14, 24, 20)),
        Spacer(1, 10),
        para(question, st.h2),
        Spacer(1, 10),
        para(texts("reminder_bye")),
        para(texts("reminder_from", hood=meeting.neighbourhood)),
        Spacer(1, 16),
        para(texts("definitions", date=texts.date(meeting.date)), st.small),
    ]


def write_reminders(lib: Library, meeting_id: int, folder: Path, lang: str = "nl") -> list[Path]:
    """Write every reminder and the CSV into ``folder`` (made when missing); all or none.
    Returns the files written, the CSV last."""
    from buurtdesk.core.store.output_paths import check_folder, check_output, replace_together

    texts = KeepTexts(lang)
    with lib.session() as s:
        meeting, found = reminders(s, meeting_id)
    folder = check_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    head = heading(texts, meeting.neighbourhood, "title_reminder", "meeting", meeting.date)
    outputs: list[tuple[Path, Callable[[Path], None]]] = []
    for r in found:
        story = letter(r, meeting, texts)
        outputs.append((folder / r.file_name, _pdf(story, head, texts)))
    rows = [texts("csv_header").split(";" if lang == "nl" else ",")]
    rows += [
        [r.partner, r.contact or r.role, r.email, subject(meeting, texts), body(r, meeting, texts)]
        for r in found
    ]
    outputs.append((folder / CSV_NAME, lambda tmp: write_csv(tmp, rows, lang)))
    for target, _write in outputs:
        check_output(target, database=lib.path)
    replace_together(outputs)
    return [target for target, _write in outputs]


def _pdf(story: list[Flowable], heading: Heading, texts: KeepTexts) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        build(tmp, story, heading, texts)

    return write
