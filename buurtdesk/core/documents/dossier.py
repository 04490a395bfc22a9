"""Overdrachtsdossier: the handover dossier of a neighbourhood, for a new chair or a colleague
who covers.  A4, tagged like the other PDFs; at most a dozen pages for five years.

1. Wat eerst: the next planned meeting and three things to settle before it, derived from the
   open and stalled actions (and, failing those, from the backlog);
2. what is open now and since when, stalled and overdue first and marked;
3. the meetings held: date, residents present, partners present, concerns raised, chosen;
4. every priority ever chosen with its actions and how each ended;
5. the backlog: concerns never chosen, those that came back most first;
6. the partners, their contacts' roles (a name only where ticked public) and follow-through.
The definitions of :mod:`buurtdesk.core.actions.follow_through` close it as a footnote.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from buurtdesk.core.actions import follow_through as ft
from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    build,
    columns,
    para,
    public_label,
    styles,
    table,
)
from buurtdesk.core.documents.dossier_data import Dossier, OpenAction, read
from buurtdesk.core.documents.keeping import KeepTexts, heading, marks
from buurtdesk.core.enums import ActionStatus

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

TODO = 3


def _small(size: float = 8) -> ParagraphStyle:
    return ParagraphStyle("dossier-cell", parent=styles().cell, fontSize=size, leading=size * 1.2)


TIGHT = (("TOPPADDING", (0, 1), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2))


def _month(day: dt.date | None) -> str:
    return "–" if day is None else f"{day.month:02d}-{day.year}"


def _head(*cells: str) -> list[object]:
    """A table's header row in the small bold type, so short columns keep their words whole."""
    bold = ParagraphStyle("dossier-head", parent=_small(), fontName=styles().cell_bold.fontName)
    return [para(cell, bold) for cell in cells]


def _heading(text: str) -> list[Flowable]:
    """A section heading that starts a new page only when little room is left: the base h2
    keeps with the whole table after it, which would push a long table to the next page."""
    style = ParagraphStyle("dossier-h2", parent=styles().h2, keepWithNext=0)
    return [CondPageBreak(90), para(text, style)]


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def todo(d: Dossier, texts: KeepTexts) -> list[str]:
    """The three things to settle before the next meeting, most pressing first."""
    found: list[str] = []
    stalled: dict[str, list[OpenAction]] = defaultdict(list)
    for o in d.open:
        if o.judged.stalled:
            stalled[o.action.partner or "?"].append(o)
    for partner, items in sorted(stalled.items(), key=lambda kv: -len(kv[1]))[:2]:
        first = items[0]
        found.append(
            texts(
                "todo_stalled",
                partner=partner,
                n=len(items),
                what=_cut(first.action.description, 60),
                m=first.judged.meetings_open,
            )
        )
    overdue = sorted(
        (o for o in d.open if o.judged.overdue and not o.judged.stalled),
        key=lambda o: o.action.due or dt.date.max,
    )
    if overdue:
        oldest = overdue[0].action
        found.append(
            texts(
                "todo_overdue",
                n=len(overdue),
                what=_cut(oldest.description, 60),
                partner=oldest.partner,
                due=texts.short_date(oldest.due),
            )
        )
    open_by_partner: dict[str, int] = defaultdict(int)
    for o in d.open:
        open_by_partner[o.action.partner] += 1
    for p in d.partners:
        if open_by_partner.get(p.name) and not p.roles and p.name != _residents(d):
            found.append(texts("todo_contact", partner=p.name, n=open_by_partner[p.name]))
    if d.next_meeting is None:
        found.insert(0, texts("todo_plan"))
    if d.open:
        found.append(texts("todo_remind", n=len(d.open)))
        found.append(texts("todo_review", n=len(d.open)))
    waiting = len(d.backlog) + d.backlog_more
    if waiting:
        found.append(texts("todo_top", n=waiting))
    return found[:TODO]


def _residents(d: Dossier) -> str:
    return next((p.name for p in d.partners if p.name.casefold() in ("bewoners",)), "")


def first_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    st = styles()
    nxt = d.next_meeting
    when = (
        texts("next_meeting", date=texts.date(nxt.date, weekday=True))
        if nxt is not None
        else texts("no_next_meeting")
    )
    story: list[Flowable] = [para(texts("first"), st.h2), para(when, st.cell_bold)]
    story += [para(f"{i}. {line}") for i, line in enumerate(todo(d, texts), start=1)]
    return story


def open_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    st, small = styles(), _small()
    story: list[Flowable] = _heading(texts("open_now"))
    if not d.open:
        return story + [para(texts("none_open"))]
    rows: list[list[object]] = [
        _head(
            texts("action"),
            texts("partner"),
            texts("since"),
            texts("meetings_open_short"),
            texts("due"),
            texts("mark"),
        )
    ]
    bold = ParagraphStyle("dossier-mark", parent=small, fontName=st.cell_bold.fontName)
    for o in d.open:
        a = o.action
        rows.append(
            [
                para(_cut(f"{a.concern_code} {a.description}", 56), small),
                para(a.partner, small),
                para(_month(a.agreed), small),
                para(str(o.judged.meetings_open), small),
                para(texts.short_date(a.due) if a.due else texts("none_due"), small),
                para(marks(o.judged, texts, since=False), bold),
            ]
        )
    return story + [table(rows, columns(27, 18, 9, 11, 13, 22), extra=TIGHT)]


def meetings_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    small = _small()
    rows: list[list[object]] = [
        _head(
            texts("date"),
            texts("residents"),
            texts("partners_present"),
            texts("raised"),
            texts("chosen"),
        )
    ]
    widths = columns(13, 13, 48, 13, 13)
    for m in d.meetings:
        rows.append(
            [
                para(texts.short_date(m.date), small),
                para("–" if m.residents is None else str(m.residents), small),
                para(", ".join(m.partners) or "–", small),
                para(str(m.concerns), small),
                para(str(m.priorities), small),
            ]
        )
    return [*_heading(texts("meetings_held", n=len(d.meetings))), table(rows, widths, extra=TIGHT)]


def _end(a: data.ActionInfo, judged: ft.FollowThrough | None, texts: KeepTexts) -> str:
    if a.status == ActionStatus.DONE:
        end = texts.status("done")
        if judged is not None and judged.without_due:
            return f"{end} {texts('end_no_due')}"
        if judged is not None and judged.on_time is not None:
            return f"{end} {texts('end_on_time' if judged.on_time else 'end_late')}"
        return end
    mark = marks(judged, texts, since=False)
    return f"{texts.status(a.status.value)}{f' ({mark})' if mark else ''}"


def priorities_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    small = _small(7.5)
    rows: list[list[object]] = [_head(texts("date"), texts("priority"), texts("actions_end"))]
    for c in d.priorities:
        p = c.priority
        ends = "; ".join(f"{a.partner} {_end(a, d.judged.get(a.id), texts)}" for a in p.actions)
        rows.append(
            [
                para(texts.short_date(c.meeting), small),
                para(_cut(f"{p.rank}. {p.code} {public_label(p.title, p.street)}", 60), small),
                para(ends or texts("no_actions_agreed"), small),
            ]
        )
    return [*_heading(texts("priorities_all")), table(rows, columns(11, 31, 58), extra=TIGHT)]


def backlog_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    st, small = styles(), _small()
    rows: list[list[object]] = [
        _head(
            texts("concern"),
            texts("backlog_meetings"),
            texts("backlog_reports"),
            texts("backlog_first_last"),
        )
    ]
    for b in d.backlog:
        theme = f" ({b.theme})" if b.theme else ""
        span = f"{_month(b.first)} / {_month(b.last)}"
        rows.append(
            [
                para(_cut(f"{b.code} {b.title}{theme}", 80), small),
                para(str(b.meetings), small),
                para(str(b.reports), small),
                para(span, small),
            ]
        )
    story = [*_heading(texts("backlog")), table(rows, columns(56, 13, 12, 19), extra=TIGHT)]
    if d.backlog_more:
        story.append(para(texts("backlog_more", n=d.backlog_more), st.small))
    return story


def partners_block(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    small = _small()
    rows: list[list[object]] = [
        _head(texts("partner"), texts("contacts_roles"), texts("follow_through"))
    ]
    for p in d.partners:
        figures = f"{p.agreed} / {p.done} ({p.on_time}, {p.without_due}) / {p.open} ({p.stalled})"
        rows.append(
            [
                para(p.name, small),
                para("; ".join(p.roles) or texts("no_contacts"), small),
                para(figures, small),
            ]
        )
    return [*_heading(texts("partners_section")), table(rows, columns(22, 43, 35), extra=TIGHT)]


def compose(d: Dossier, texts: KeepTexts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        para(f"{texts('title_dossier')} — {d.neighbourhood}", st.h1),
        para(texts("dossier_lead", hood=d.neighbourhood)),
        Spacer(1, 4),
    ]
    for block in (
        first_block,
        open_block,
        meetings_block,
        priorities_block,
        backlog_block,
        partners_block,
    ):
        story += block(d, texts)
    story += [Spacer(1, 10), para(texts("definitions", date=texts.date(d.today)), st.small)]
    return story


def write_dossier(
    lib: Library, neighbourhood: str, path: Path, lang: str = "nl", today: dt.date | None = None
) -> Path:
    """Write the dossier of ``neighbourhood`` to ``path``; returns ``path``."""
    from buurtdesk.core.documents import write_atomically

    texts = KeepTexts(lang)
    with lib.session() as s:
        d = read(s, neighbourhood, today)
    head = heading(texts, d.neighbourhood, "title_dossier", "dossier_as_of", d.today)
    story = compose(d, texts)
    write_atomically(Path(path), lambda tmp: build(tmp, story, head, texts))
    return Path(path)
