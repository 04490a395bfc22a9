"""Terugkoppeling: what became of every concern, then one letter per resident who asked.

The overview is public (numbers, titles, streets).  Each personal sheet goes to that resident
only and carries their own words, and their postal address when they gave one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data, ties
from buurtdesk.core.documents.base import (
    FRAME_W,
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
    title_block,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.letters import (
    LetterHead,
    Pages,
    salutation,
    sender_lines,
)
from buurtdesk.core.documents.letters import paged_texts as paged_texts  # page numbers
from buurtdesk.core.documents.report import contact_text
from buurtdesk.core.documents.widows import KeepLastRows
from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.store.csv_safe import safe_writer
from buurtdesk.core.store.models import Concern, Meeting, Priority, Report, Submitter


@dataclass(frozen=True)
class Outcome:
    code: str
    title: str
    street: str
    lines: tuple[str, ...]  # what became of it: sentences in the document's language


@dataclass(frozen=True)
class Sheet:
    submitter_id: int
    name: str
    email: str
    address: str
    items: tuple[tuple[str, Outcome], ...]  # (their own words, the outcome of their concern)


def _chosen_rank(s: Session, meeting: data.MeetingInfo) -> dict[int, int]:
    """Concern id → rank of its latest priority at this meeting or an earlier one."""
    rows = s.execute(
        select(Priority.concern_id, Priority.rank)
        .join(Meeting, Priority.meeting_id == Meeting.id)
        .where(Meeting.neighbourhood_id == meeting.neighbourhood_id, Meeting.date <= meeting.date)
        .order_by(Meeting.date, Meeting.id)
    )
    return {concern_id: rank for concern_id, rank in rows}


def _action_line(a: data.ActionInfo, texts: Texts) -> str:
    due = f", {texts('deadline').lower()} {texts.short_date(a.due)}" if a.due else ""
    done = f" {a.result}" if a.result and a.status.value == "done" else ""
    what = a.description.strip().rstrip(".")
    return f"• {what} ({texts.stored(a.partner)}{due}): {texts.status(a.status.value)}.{done}"


def outcomes(s: Session, meeting: data.MeetingInfo, texts: Texts) -> dict[int, Outcome]:
    """Concern id → outcome, for every concern raised for the meeting (merged ones too)."""
    raised = data.concerns_raised(s, meeting.id, merged=True)
    targets = {
        c.id: c.merged_into_id
        for c in s.scalars(select(Concern).where(Concern.id.in_([c.id for c in raised])))
    }
    ranks = _chosen_rank(s, meeting)
    tie = ties.tie_info(s, meeting.id)
    actions = data.concern_actions(s, [c.id for c in raised] + [t for t in targets.values() if t])
    result: dict[int, Outcome] = {}
    for c in raised:
        lines: list[str] = []
        subject = (targets.get(c.id) or 0) if c.status == ConcernStatus.MERGED else c.id
        if c.status == ConcernStatus.MERGED:
            lines.append(texts("feedback_merged", target=c.merged_into or "?"))
        if subject in ranks:
            lines.append(texts("feedback_chosen", rank=ranks[subject]))
            lines += [_action_line(a, texts) for a in actions.get(subject, [])]
        elif c.status == ConcernStatus.RESOLVED:
            lines.append(texts("feedback_resolved"))
        elif c.status != ConcernStatus.MERGED:
            lines.append(texts("feedback_backlog"))
        if tie is not None and subject in tie.ids:
            lines.append(ties.sentence(tie, texts.lang))
        result[c.id] = Outcome(c.code, c.title, c.street, tuple(lines))
    return result


def sheets(s: Session, meeting: data.MeetingInfo, found: dict[int, Outcome]) -> list[Sheet]:
    """One sheet per resident who asked for feedback on a report of this meeting."""
    rows = s.execute(
        select(Submitter, Report.wording, Report.concern_id, Report.original_concern_id)
        .join(Report, Report.submitter_id == Submitter.id)
        .where(Report.meeting_id == meeting.id, Submitter.wants_feedback)
        .order_by(Submitter.id, Report.id)
    ).all()
    items: dict[int, list[tuple[str, Outcome]]] = defaultdict(list)
    people: dict[int, Submitter] = {}
    for person, wording, concern_id, original in rows:
        people[person.id] = person
        outcome = found.get(original) or found.get(concern_id)
        if outcome is not None:
            items[person.id].append((wording, outcome))
    return [
        Sheet(pid, p.name.strip(), p.email.strip(), p.address.strip(), tuple(items[pid]))
        for pid, p in people.items()
        if items[pid]
    ]


def _outcome_block(outcome: Outcome) -> list[Flowable]:
    st = styles()
    label = public_label(outcome.title, outcome.street)
    return [para(f"{outcome.code} {label}", st.cell_bold)] + [
        para(line, st.cell) for line in outcome.lines
    ]


def overview(found: dict[int, Outcome], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("feedback_overview"), st.h2), para(texts("feedback_intro"))]
    if not found:
        return story + [Spacer(1, 6), para(texts("nothing_yet"), st.big)]
    rows: list[list[object]] = [[texts("concern"), texts("feedback_outcome")]]
    for o in found.values():
        label = f"{o.code} {public_label(o.title, o.street)}"
        rows.append([label, [para(line, st.cell) for line in o.lines]])
    return story + [table(rows, (62 * mm, FRAME_W - 62 * mm), kind=KeepLastRows)]


def letter(
    sheet: Sheet, meeting: data.MeetingInfo, texts: Texts, pages: Pages, today: dt.date
) -> list[Flowable]:
    """One resident's letter: every concern they raised, with what became of it."""
    st = styles()
    address = [sheet.name, *sheet.address.splitlines()]
    sender = sender_lines(meeting.neighbourhood, meeting.location, meeting.chair, texts, today)
    day = texts.date(meeting.date)
    story: list[Flowable] = [
        LetterHead(address, sender, pages),
        para(texts("letter_subject", date=day), st.cell_bold),
        Spacer(1, 10),
        para(salutation(sheet.name, texts)),
        Spacer(1, 4),
        para(texts("letter_intro", date=day)),
        Spacer(1, 8),
    ]
    for wording, outcome in sheet.items:
        story.append(
            KeepTogether(
                [
                    para(texts("feedback_your_words"), st.small),
                    para(wording, st.body),
                    Spacer(1, 4),
                    para(texts("feedback_outcome"), st.small),
                    *_outcome_block(outcome),
                    Spacer(1, 10),
                ]
            )
        )
    signature = [texts("letter_committee", hood=meeting.neighbourhood)]
    if meeting.chair:
        signature.append(texts("letter_chair", chair=meeting.chair))
    contact = contact_text(texts, meeting.neighbourhood, meeting.chair, meeting.location)
    return story + [
        KeepTogether(
            [
                para(texts("letter_closing")),
                Spacer(1, 14),
                para("\n".join(signature)),
                Spacer(1, 10),
                para(contact),
            ]
        )
    ]


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    heading = heading_for(meeting, texts, "title_feedback")
    found = outcomes(s, meeting, texts)
    story = title_block(heading) + overview(found, texts)
    pages, today = Pages(), dt.date.today()
    for sheet in sheets(s, meeting, found):
        story += [PageBreak(), *letter(sheet, meeting, texts, pages, today)]
    return story, heading


CSV_HEADER = {
    "nl": ("naam", "e-mail", "adres", "knelpunten", "uw woorden", "uitkomst", "aanhef"),
    "en": ("name", "email", "address", "concerns", "your_words", "outcome", "salutation"),
}
CSV_DELIMITER = {"nl": ";", "en": ","}  # Dutch spreadsheets read ";" as the separator


def _one_line(value: str) -> str:
    return " ".join(value.split())


def feedback_csv_rows(s: Session, meeting_id: int, lang: str = "nl") -> list[list[str]]:
    """Header plus one row per resident who wants feedback and gave an e-mail address."""
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    rows: list[list[str]] = [list(CSV_HEADER[lang])]
    for sheet in sheets(s, meeting, outcomes(s, meeting, texts)):
        if not sheet.email:
            continue
        codes = "; ".join(f"{o.code} {o.title}" for _w, o in sheet.items)
        words = " | ".join(w for w, _o in sheet.items)
        result = " | ".join(" ".join(o.lines) for _w, o in sheet.items)
        values = (sheet.name, sheet.email, sheet.address, codes, words, result)
        rows.append([_one_line(x) for x in values] + [salutation(sheet.name, texts)])
    return rows


def write_csv(path: Path, rows: list[list[str]], lang: str = "nl") -> None:
    # utf-8 with a byte-order mark, so spreadsheet programs read the accents right.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        safe_writer(f, True, delimiter=CSV_DELIMITER[lang]).writerows(rows)
