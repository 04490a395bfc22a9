"""Actielijst: the priorities with their actions, then the review of earlier actions.

An action shows its partner, never the responsible person's name; nothing from a submitter.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    Heading,
    columns,
    heading_for,
    hours,
    para,
    public_label,
    styles,
    table,
    title_block,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.models import VotingMethod

WIDTHS = columns(68, 42, 24, 17, 23)
EARLIER_WIDTHS = columns(62, 38, 24, 17, 33)


def _spent_planned(a: data.ActionInfo) -> str:
    if a.hours_spent is None and a.hours_planned is None:
        return ""
    return f"{hours(a.hours_spent) or '0'} / {hours(a.hours_planned) or '–'}"


def action_rows(actions: Sequence[data.ActionInfo], texts: Texts) -> list[list[str]]:
    header = [texts("what"), texts("who"), texts("deadline"), texts("hours"), texts("status")]
    return [header] + [
        [
            a.description,
            a.partner,
            texts.short_date(a.due),
            hours(a.hours_planned),
            texts.status(a.status.value),
        ]
        for a in actions
    ]


def score_text(score: float, method: VotingMethod, texts: Texts) -> str:
    """ "7 stippen" after a dot vote, "7 punten" after any other."""
    key = "score_dots" if method == VotingMethod.DOTS else "score_points"
    return texts(key, n=f"{score:g}")


def priority_block(p: data.PriorityInfo, texts: Texts, method: VotingMethod) -> list[Flowable]:
    st = styles()
    title = f"{p.rank}. {p.code} {public_label(p.title, p.street)}"
    score = score_text(p.score, method, texts)
    head: list[Flowable] = [para(title, st.cell_bold), para(score, st.small), Spacer(1, 2)]
    if not p.actions:
        return [KeepTogether([*head, para(texts("no_actions"), st.small), Spacer(1, 6)])]
    for flowable in head:  # a title never ends a page without its table
        flowable.keepWithNext = True  # type: ignore[attr-defined]
    return [*head, table(action_rows(p.actions, texts), WIDTHS), Spacer(1, 8)]


def earlier_block(actions: Sequence[data.ActionInfo], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("earlier_actions"), st.h2)]
    if not actions:
        return story + [para(texts("no_earlier"), st.small)]
    story.append(para(texts("hours_spent"), st.small))
    header = [texts("what"), texts("who"), texts("deadline"), texts("hours"), texts("status")]
    rows: list[list[str]] = [header]
    for a in actions:
        what = f"{a.concern_code} · {a.description}" if a.concern_code else a.description
        note = a.last_note or a.result
        status = texts.status(a.status.value)
        rows.append(
            [
                f"{what}\n{texts('agreed_on')} {texts.short_date(a.agreed)}",
                a.partner,
                texts.short_date(a.due),
                _spent_planned(a),
                f"{status}\n{note}" if note else status,
            ]
        )
    return story + [table(rows, EARLIER_WIDTHS)]


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    heading = heading_for(meeting, texts, "title_actions")
    chosen = data.priorities(s, meeting_id)
    earlier = data.earlier_actions(s, meeting)
    st = styles()
    story: list[Flowable] = title_block(heading)
    if not chosen and not earlier:
        return story + [Spacer(1, 10), para(texts("nothing_yet"), st.big)], heading
    story.append(para(texts("priorities"), st.h2))
    if not chosen:
        story.append(para(texts("no_priorities"), st.small))
    for p in chosen:
        story += priority_block(p, texts, meeting.voting_method)
    story += earlier_block(earlier, texts)
    return story, heading
