"""Verslag: the public report of a meeting, for the notice board.  No personal data at all.

Concerns appear by number, public title, theme and street; never a resident's wording, and
an action by its partner only (the responsible person's name stays in the file).  A heading
starts a new page only when too little room is left for it and the first lines under it;
tables then run on, so no page is left half empty.  Street names never break.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import concept, data, ties
from buurtdesk.core.documents.accessible import Figure
from buurtdesk.core.documents.action_table import (
    WIDTHS,
    action_rows,
    late_style,
    priority_style,
    section,
)
from buurtdesk.core.documents.actionlist import score_text
from buurtdesk.core.documents.base import (
    FRAME_H,
    FRAME_W,
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
)
from buurtdesk.core.documents.base import title_block as _title_block
from buurtdesk.core.documents.chart import bar_chart, ranking, shown_rows
from buurtdesk.core.documents.earlier import earlier_block
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.streets import Streets, column_width, nowrap
from buurtdesk.core.documents.widows import KeepLastRows
from buurtdesk.core.documents.words import word_para
from buurtdesk.core.enums import VotingMethod

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

MAX_CODES = 8  # concerns left out of the chart named by number; more are only counted


def attendance_block(att: data.Attendance, texts: Texts) -> list[Flowable]:
    residents = (
        texts("residents_present", count=att.residents)
        if att.residents is not None
        else texts("residents_unknown")
    )
    none = texts("none")
    if not att.present and not att.absent:  # nobody recorded who came: say so, not "geen"
        return [*section(texts("attendance")), para(residents), para(texts("partners_unknown"))]
    return [
        *section(texts("attendance")),
        para(residents),
        para(texts("partners_present", names=", ".join(map(texts.stored, att.present)) or none)),
        para(texts("partners_absent", names=", ".join(map(texts.stored, att.absent)) or none)),
    ]


def agenda_block(items: list[tuple[str, str]], texts: Texts, keep: Streets) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = section(texts("agenda"))
    for pos, (title, notes) in enumerate(items, start=1):
        block: list[Flowable] = [para(f"{pos}. {keep(texts.stored(title))}", st.cell_bold)]
        if notes.strip():
            block.append(para(keep(notes.strip()), st.body))
        block.append(Spacer(1, 4))
        story.append(KeepTogether(block))
    return story


def concerns_block(concerns: list[data.ConcernInfo], texts: Texts, keep: Streets) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = section(texts("concerns_raised"))
    if not concerns:
        return story + [para(texts("no_concerns"), st.small)]
    rows = [
        [texts("number"), texts("concern"), texts("theme"), texts("street"), texts("residents")]
    ]
    rows += [
        [c.code, c.title, texts.stored(c.theme), nowrap(c.street), str(c.residents)]
        for c in concerns
    ]
    street_w = column_width([r[3] for r in rows], 10, least=60, most=FRAME_W * 0.3)
    fixed = (36.0, 80.0, street_w, 70.0)
    widths = (fixed[0], FRAME_W - sum(fixed), *fixed[1:])
    return story + [table(keep.rows(rows), widths, kind=KeepLastRows)]


def priorities_block(
    chosen: list[data.PriorityInfo],
    texts: Texts,
    method: VotingMethod,
    meeting_date: dt.date,
    keep: Streets,
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = section(texts("priorities"))
    if not chosen:
        return story + [para(texts("no_priorities"), st.small)]
    for p in chosen:
        head = [
            CondPageBreak(30 * mm),  # a priority's title never ends a page without its table
            para(keep(f"{p.rank}. {p.code} {public_label(p.title, p.street)}"), priority_style()),
            para(score_text(p.score, method, texts), st.small),
        ]
        if not p.actions:
            story += [*head, para(texts("no_actions"), st.small), Spacer(1, 6)]
            continue
        rows, late = action_rows(p.actions, texts, meeting_date)
        story += [*head, table(keep.rows(rows), WIDTHS, extra=late_style(late)), Spacer(1, 6)]
    return story


def ranking_block(
    scores: list[tuple[str, str, float]], tie: ties.TieInfo | None, texts: Texts, keep: Streets
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = section(texts("ranking"))
    shown, left_out = shown_rows(scores)
    if not shown:
        return story + [para(texts("no_ranking"), st.small)]
    alt = "; ".join(f"{code} {title}: {score:g}" for code, title, score in shown)
    figure = Figure(bar_chart(shown, keep), f"{texts('ranking')}: {alt}")
    story = [*section(texts("ranking"), height([figure]) + 12 * mm), figure]  # stay together
    if len(left_out) > MAX_CODES:  # no line of bare numbers: the table above lists them all
        story.append(para(texts("chart_left_out_many", n=len(left_out))))
    elif left_out:
        story.append(para(texts("chart_left_out", n=len(left_out), codes=", ".join(left_out))))
    if tie is not None:
        story.append(para(ties.sentence(tie, texts.lang), st.body))
    return story


def height(flowables: list[Flowable]) -> float:
    """The height ``flowables`` take at the frame's width."""
    return sum(f.wrap(FRAME_W, FRAME_H)[1] + f.getSpaceBefore() for f in flowables)


def scan_block(s: Session, meeting_id: int, texts: Texts) -> list[Flowable]:
    """How far a tally of scanned ballots can be trusted: pages read, counted, waiting,
    confirmed by hand, refused by reason.  Nothing when no ballot was scanned."""
    from buurtdesk.core.store.scan_figures import REFUSAL_CODES, scan_figures

    f = scan_figures(s, meeting_id)
    if not f.pages:
        return []
    why = ", ".join(
        f"{texts('scan_refused_' + code)} {n}"
        for code, n in sorted(f.refused.items())
        if code in REFUSAL_CODES
    )
    text = texts(
        "scan_figures",
        pages=f.pages,
        counted=f.counted + f.invalid,
        invalid=f.invalid,
        waiting=f.waiting,
        confirmed=f.confirmed,
        duplicate=f.duplicate,
        refused=f.refused_total,
        why=f" ({why})" if why else "",
    )
    return [para(text, styles().small)]


def contact_text(texts: Texts, hood: str, chair: str, place: str) -> str:
    """ "Vragen? Neem contact op met het buurtcomité van X, voorzitter Y, of kom langs in Z."."""
    contact = texts("contact_line", hood=hood)
    if chair:
        contact += texts("contact_chair", chair=chair)
    if place:
        contact += texts("contact_place", place=place)
    return contact + "."


def venue(location: str) -> str:
    """A place whose parts ("Buurthuis De Zaaier", "Zaaiersplein") each stay on one line."""
    return ", ".join(nowrap(part) for part in location.split(",") if part.strip())


def closing_block(s: Session, meeting: data.MeetingInfo, texts: Texts) -> list[Flowable]:
    """The next meeting under its heading (date and time, place), then whom to contact."""
    following = data.next_meeting(s, meeting)
    where = ""
    if following is None:
        when = texts("to_be_announced")
        place = meeting.location
    else:
        when = texts.date(following.date, weekday=True)
        if following.start_time is not None:
            when += " " + texts("time_at", time=following.start_time.strftime("%H:%M"))
        where = following.location
        place = following.location or meeting.location
    # A public page: the committee and the place, never the chair's own name.
    contact = contact_text(texts, meeting.neighbourhood, "", venue(place))
    st = styles()
    body: list[Flowable] = [word_para(when[:1].upper() + when[1:], st.big)]
    if where:
        body.append(word_para(venue(where), st.big))
    body += [Spacer(1, 4), word_para(contact)]
    return [*section(texts("next_meeting"), height(body) + 12 * mm), *body]  # one page


def compose(
    s: Session, meeting_id: int, lang: str, *, lib: Library | None = None
) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    st = styles()
    meeting = data.meeting_info(s, meeting_id)
    heading = concept.stamped(heading_for(meeting, texts, "title_report"), meeting, texts)
    story: list[Flowable] = _title_block(heading) + concept.note(meeting, texts)
    concerns = data.concerns_raised(s, meeting_id)
    chosen = data.priorities(s, meeting_id, as_of=meeting)
    earlier = data.earlier_actions(s, meeting)
    tie = ties.tie_info(s, meeting_id)
    scores = ties.chosen_first(ranking(lib, s, meeting_id), tie)
    notes = [(t, n) for t, n in data.agenda(s, meeting_id) if n.strip()]
    keep = Streets([c.street for c in concerns] + [p.street for p in chosen])
    if not (concerns or chosen or earlier or scores or notes or meeting.residents_present):
        story += [Spacer(1, 10), para(texts("nothing_yet"), st.big)]
    story += attendance_block(data.attendance(s, meeting), texts)
    story += agenda_block(data.agenda(s, meeting_id), texts, keep)
    story += concerns_block(concerns, texts, keep)
    story += ranking_block(scores, tie, texts, keep)
    story += scan_block(s, meeting_id, texts)
    story += priorities_block(chosen, texts, meeting.voting_method, meeting.date, keep)
    story += earlier_block(earlier, texts, meeting.date, keep)
    story += closing_block(s, meeting, texts)
    return story, heading
