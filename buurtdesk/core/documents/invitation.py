"""Uitnodiging: a one-page flyer for a meeting, for letterboxes and the community centre.

Date, time and place in large type, the agenda, the current top 3 (one sentence each: who
tackles it and how far that is), how to hand in a concern, and whom to contact.  A short flyer
still fills the page (the contact sits at its foot); a long one is shrunk to fit.  A meeting
already held gets no flyer: the refusal names the next planned meeting (:func:`held`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    ACCENT,
    FONT_BOLD,
    FRAME_H,
    FRAME_W,
    HEAD_BG,
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
)
from buurtdesk.core.documents.base import build as base_build
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.stored_words import in_sentence
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.store.committee import committee_of

TOP = 3
LENGTH = dt.timedelta(minutes=90)  # an evening meeting: about 90 minutes (the method's rule)
MAX_GAP = 28.0  # the most room put between two parts of the flyer


def _style(name: str, size: float, *, bold: bool = True, centre: bool = True) -> ParagraphStyle:
    return ParagraphStyle(
        f"flyer-{name}",
        parent=styles().body,
        fontName=FONT_BOLD if bold else styles().body.fontName,
        fontSize=size,
        leading=size * 1.22,
        alignment=TA_CENTER if centre else 0,
    )


H1 = ParagraphStyle("h1-flyer", parent=_style("h", 24))  # the flyer's heading, tagged H1


def facts_panel(meeting: data.MeetingInfo, texts: Texts) -> Flowable:
    """Date, time and place, large and centred on a tinted panel."""
    rows: list[list[Flowable]] = [[para(texts.date(meeting.date, weekday=True), _style("d", 24))]]
    if meeting.start_time is not None:
        start = dt.datetime.combine(meeting.date, meeting.start_time)
        end = (start + LENGTH).strftime("%H:%M")
        time = texts("invite_span", start=start.strftime("%H:%M"), end=end)
        rows.append([para(time, _style("t", 22))])
    place = meeting.location or texts("to_be_announced")
    rows.append([para(place, _style("p", 20, bold=False))])
    return table(
        rows,
        [FRAME_W],
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, -2), 0, HEAD_BG),
            ("LINEABOVE", (0, 0), (-1, 0), 3, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 3, ACCENT),
            ("TOPPADDING", (0, 0), (-1, 0), 12),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
        ],
    )


def overall(actions: tuple[data.ActionInfo, ...]) -> ActionStatus | None:
    """How far a concern's actions are, taken together: ``None`` when there are none."""
    live = [a.status for a in actions if a.status != ActionStatus.DROPPED]
    if not actions:
        return None
    if not live:
        return ActionStatus.DROPPED
    for same in (ActionStatus.DONE, ActionStatus.OPEN):
        if all(status == same for status in live):
            return same
    return ActionStatus.IN_PROGRESS


def joined(names: list[str], texts: Texts) -> str:
    """ "de politie, de gemeente en de bewoners"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {texts('and')} {names[-1]}"


def top_line(p: data.PriorityInfo, texts: Texts) -> str:
    """ "1. Ratten bij de speeltuin — de aanpak door de gemeente loopt."."""
    state = overall(p.actions)
    if state is None:
        sentence = texts("invite_no_actions")
    else:
        live = [a for a in p.actions if a.status != ActionStatus.DROPPED] or list(p.actions)
        names = [in_sentence(a.partner, texts.lang) for a in live if a.partner.strip()]
        who = joined(list(dict.fromkeys(names)), texts)
        by = texts("invite_by", who=who) if who else ""
        sentence = f"{texts('invite_work')}{by} {texts(f'invite_state_{state.value}')}"
    return f"{p.rank}. {public_label(p.title, p.street)} — {sentence}."


def top_block(top: list[data.PriorityInfo], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("invite_top3"), st.h2)]
    if not top:
        return story + [para(texts("invite_no_top3"))]
    for p in top[:TOP]:
        story += [para(top_line(p, texts)), Spacer(1, 4)]
    return story


@dataclass(frozen=True)
class Held:
    """A meeting already held, and the next one still to come (if one is planned)."""

    meeting: data.MeetingInfo
    following: data.MeetingInfo | None

    def message(self, what: str = "an invitation is") -> str:
        """One English sentence for the command line; ``what`` names the document."""
        day = Texts("en").date
        held = f"meeting {self.meeting.id} ({day(self.meeting.date)}) has already been held"
        if self.following is None:
            return f"{held} and no later meeting is planned: plan the next meeting first"
        nxt = f"meeting {self.following.id} ({day(self.following.date)})"
        return f"{held}; {what} for a meeting to come: the next planned one is {nxt}"


def held(s: Session, meeting_id: int) -> Held | None:
    """``None`` when an invitation to ``meeting_id`` makes sense: it has not been held yet."""
    meeting = data.meeting_info(s, meeting_id)
    if not meeting.closed:
        return None
    following = data.next_meeting(s, meeting)
    while following is not None and following.closed:
        following = data.next_meeting(s, following)
    return Held(meeting, following)


def _height(flowables: list[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(FRAME_W, FRAME_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def fill_page(parts: list[list[Flowable]]) -> list[Flowable]:
    """The ``parts`` on one page, the room left shared out between them (a little each, so a
    short flyer has no hole in the middle); shrunk if they cannot fit."""
    flat = [f for part in parts for f in part]
    room = FRAME_H - 16 - _height(flat)
    gap = min(MAX_GAP, max(4.0, room / max(1, len(parts) - 1)))
    content: list[Flowable] = []
    for part in parts:
        content += [Spacer(1, gap)] * bool(content) + part
    return [KeepInFrame(FRAME_W, FRAME_H, content, mode="shrink")]


def build(path: Path, story: list[Flowable], heading: Heading, texts: Texts) -> None:
    """A flyer has its own top (the large heading) and foot (the contact): no report header,
    footer or page number."""
    base_build(path, story, heading, texts, plain=True)


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    st = styles()
    refused = held(s, meeting_id)
    if refused is not None:
        raise ValueError(refused.message())
    meeting = data.meeting_info(s, meeting_id)
    heading = heading_for(meeting, texts, "title_invitation")
    agenda = [texts.stored(title) for title, _notes in data.agenda(s, meeting.id)]
    head: list[Flowable] = [
        para(texts("invite_heading", hood=meeting.neighbourhood), H1),
        Spacer(1, 6),
        para(texts("invite_lead"), _style("l", 14, bold=False)),
        Spacer(1, 12),
        facts_panel(meeting, texts),
    ]
    items = [para(f"{i}. {t}") for i, t in enumerate(agenda, start=1)]
    agenda_part = [para(texts("agenda"), st.h2), *(items or [para(texts("to_be_announced"))])]
    how: list[Flowable] = [
        para(texts("invite_how"), st.h2),
        para(texts("invite_how_text"), st.big),
    ]
    committee = committee_of(s, meeting.neighbourhood_id)
    # A flyer goes up on doors and notice boards: the committee's contact, no one's own name.
    if committee.contact:
        name = committee.name or texts("letter_committee", hood=meeting.neighbourhood)
        ask = texts("invite_questions_contact", name=name, contact=committee.contact)
    else:
        ask = texts("invite_questions", hood=meeting.neighbourhood)
    foot: list[Flowable] = [para(texts("invite_access"), st.big), Spacer(1, 6), para(ask, st.big)]
    parts = [head, agenda_part, top_block(data.latest_priorities(s, meeting), texts), how, foot]
    return fill_page(parts), heading
