"""Verslag: the public report of a meeting, for the notice board.  No personal data at all.

Concerns appear by number, public title, theme and street; never a resident's wording, and
an action by its partner only (the responsible person's name stays in the file).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data, ties
from buurtdesk.core.documents.actionlist import (
    WIDTHS,
    action_rows,
    earlier_block,
    late_style,
    score_text,
)
from buurtdesk.core.documents.base import (
    Heading,
    columns,
    heading_for,
    para,
    public_label,
    styles,
    table,
)
from buurtdesk.core.documents.base import title_block as _title_block
from buurtdesk.core.documents.chart import bar_chart, ranking
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.models import VotingMethod

if TYPE_CHECKING:
    from buurtdesk.core.library import Library


def attendance_block(att: data.Attendance, texts: Texts) -> list[Flowable]:
    st = styles()
    residents = (
        texts("residents_present", count=att.residents)
        if att.residents is not None
        else texts("residents_unknown")
    )
    none = texts("none")
    if not att.present and not att.absent:  # nobody recorded who came: say so, not "geen"
        return [para(texts("attendance"), st.h2), para(residents), para(texts("partners_unknown"))]
    return [
        para(texts("attendance"), st.h2),
        para(residents),
        para(texts("partners_present", names=", ".join(att.present) or none)),
        para(texts("partners_absent", names=", ".join(att.absent) or none)),
    ]


def agenda_block(items: list[tuple[str, str]], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("agenda"), st.h2)]
    for pos, (title, notes) in enumerate(items, start=1):
        block: list[Flowable] = [para(f"{pos}. {title}", st.cell_bold)]
        if notes.strip():
            block.append(para(notes.strip(), st.body))
        block.append(Spacer(1, 4))
        story.append(KeepTogether(block))
    return story


def concerns_block(concerns: list[data.ConcernInfo], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("concerns_raised"), st.h2)]
    if not concerns:
        return story + [para(texts("no_concerns"), st.small)]
    rows = [
        [texts("number"), texts("concern"), texts("theme"), texts("street"), texts("residents")]
    ]
    rows += [[c.code, c.title, c.theme, c.street, str(c.residents)] for c in concerns]
    return story + [table(rows, columns(14, 74, 28, 32, 26))]


def priorities_block(
    chosen: list[data.PriorityInfo], texts: Texts, method: VotingMethod, meeting_date: dt.date
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("priorities"), st.h2)]
    if not chosen:
        return story + [para(texts("no_priorities"), st.small)]
    for p in chosen:
        head = [
            para(f"{p.rank}. {p.code} {public_label(p.title, p.street)}", st.cell_bold),
            para(score_text(p.score, method, texts), st.small),
        ]
        if not p.actions:
            story.append(KeepTogether([*head, para(texts("no_actions"), st.small)]))
            continue
        rows, late = action_rows(p.actions, texts, meeting_date)
        story += [KeepTogether([*head, table(rows, WIDTHS, extra=late_style(late))]), Spacer(1, 6)]
    return story


def compose(
    s: Session, meeting_id: int, lang: str, *, lib: Library | None = None
) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    st = styles()
    meeting = data.meeting_info(s, meeting_id)
    heading = heading_for(meeting, texts, "title_report")
    story: list[Flowable] = _title_block(heading)
    concerns = data.concerns_raised(s, meeting_id)
    chosen = data.priorities(s, meeting_id)
    earlier = data.earlier_actions(s, meeting)
    tie = ties.tie_info(s, meeting_id)
    scores = ties.chosen_first(ranking(lib, s, meeting_id), tie)
    notes = [(t, n) for t, n in data.agenda(s, meeting_id) if n.strip()]
    if not (concerns or chosen or earlier or scores or notes or meeting.residents_present):
        story += [Spacer(1, 10), para(texts("nothing_yet"), st.big)]
    story += attendance_block(data.attendance(s, meeting), texts)
    story += agenda_block(data.agenda(s, meeting_id), texts)
    story += concerns_block(concerns, texts)
    story.append(para(texts("ranking"), st.h2))
    if any(score for *_x, score in scores):
        story.append(bar_chart(scores))
        if tie is not None:
            story.append(para(ties.sentence(tie, lang), st.body))
    else:
        story.append(para(texts("no_ranking"), st.small))
    story += priorities_block(chosen, texts, meeting.voting_method, meeting.date)
    story += earlier_block(earlier, texts, meeting.date)
    return story, heading
