"""Actielijst: the priorities with their actions, then the review of earlier actions.

An action shows its partner, never the responsible person's name; nothing from a submitter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.action_table import (
    WIDTHS,
    action_rows,
    late_style,
    priority_style,
)
from buurtdesk.core.documents.base import (
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
    title_block,
)
from buurtdesk.core.documents.earlier import earlier_block as _earlier_block
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.enums import VotingMethod


def score_text(score: float, method: VotingMethod, texts: Texts) -> str:
    """ "7 stippen" after a dot vote, "7 punten" after any other."""
    key = "score_dots" if method == VotingMethod.DOTS else "score_points"
    return texts(key, n=f"{score:g}")


def priority_block(
    p: data.PriorityInfo, texts: Texts, method: VotingMethod, meeting_date: dt.date
) -> list[Flowable]:
    st = styles()
    title = f"{p.rank}. {p.code} {public_label(p.title, p.street)}"
    score = score_text(p.score, method, texts)
    head: list[Flowable] = [para(title, priority_style()), para(score, st.small), Spacer(1, 2)]
    if not p.actions:
        return [KeepTogether([*head, para(texts("no_actions"), st.small), Spacer(1, 6)])]
    for flowable in head:  # a title never ends a page without its table
        flowable.keepWithNext = True
    rows, late = action_rows(p.actions, texts, meeting_date)
    return [*head, table(rows, WIDTHS, extra=late_style(late)), Spacer(1, 8)]


def earlier_block(
    actions: Sequence[data.ActionInfo], texts: Texts, meeting_date: dt.date
) -> list[Flowable]:
    return _earlier_block(actions, texts, meeting_date)


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    heading = heading_for(meeting, texts, "title_actions")
    # The actielijst names who does it (see data._person); the public verslag does not.
    chosen = data.priorities(s, meeting_id, as_of=meeting, people=True)
    earlier = data.earlier_actions(s, meeting, people=True)
    st = styles()
    story: list[Flowable] = title_block(heading)
    if not chosen and not earlier:
        return story + [Spacer(1, 10), para(texts("nothing_yet"), st.big)], heading
    story.append(para(texts("priorities"), st.h2))
    if not chosen:
        story.append(para(texts("no_priorities"), st.small))
    for p in chosen:
        story += priority_block(p, texts, meeting.voting_method, meeting.date)
    story += earlier_block(earlier, texts, meeting.date)
    return story, heading
