"""The table of actions from earlier meetings, in the verslag and the actielijst alike.

The actions sit under a row naming their concern ("K6 · Zwerfvuil bij de containers").  When
the table runs on to a next page, that page starts with the header and the current concern's
row again, marked "(vervolg)".  Words break only at spaces or with a visible hyphen
(:mod:`buurtdesk.core.documents.words`), also in the narrow "Wat" and "Laatste stand" columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from buurtdesk.core.documents import data
from buurtdesk.core.documents.action_table import (
    EARLIER_ROOM,
    EARLIER_WIDTHS,
    earlier_rows,
    earlier_style,
    section,
)
from buurtdesk.core.documents.base import para, styles, table
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.widows import KeepLastRows
from buurtdesk.core.documents.words import word_para


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]
    group: bool = False  # a concern's row, spanning the table
    late: bool = False
    carried: bool = False  # a concern's row repeated on a next page


class EarlierTable(KeepLastRows):
    """A table that, split over pages, repeats its current concern's row under the header, and
    leaves no page with a lone row at its end."""

    rows: tuple[_Row, ...] = ()
    continued = ""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2 or not self.rows:
            return parts
        done, rest = self.rows[: len(parts[0]._cellvalues)], self.rows[len(parts[0]._cellvalues) :]
        group = next((r for r in reversed(done[1:]) if r.group), None)
        carried = (
            [_Row(group.cells, group=True, carried=True)]
            if group is not None and rest and not rest[0].group
            else []
        )
        return [parts[0], _build([self.rows[0], *carried, *rest], self.continued)]


def _build(rows: Sequence[_Row], continued: str) -> EarlierTable:
    st = styles()
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        if row.group:
            label = f"{row.cells[0]} ({continued})" if row.carried else row.cells[0]
            cells.append([word_para(label, st.cell_bold), *row.cells[1:]])
        else:
            style = st.cell_bold if r == 0 else st.cell
            cells.append([word_para(cell, style) for cell in row.cells])
    late = [r for r, row in enumerate(rows) if row.late]
    groups = [r for r, row in enumerate(rows) if row.group]
    made = table(cells, EARLIER_WIDTHS, extra=earlier_style(late, groups), kind=EarlierTable)
    assert isinstance(made, EarlierTable)
    made.rows = tuple(rows)
    made.continued = continued
    return made


def earlier_table(
    actions: Sequence[data.ActionInfo],
    texts: Texts,
    meeting_date: dt.date,
    keep: Callable[[str], str] = str,
) -> EarlierTable:
    """The table; ``keep`` keeps a document's street names whole where they fit."""
    rows, late, groups = earlier_rows(actions, texts, meeting_date)
    return _build(
        [
            _Row(tuple(keep(c) for c in row), group=r in groups, late=r in late)
            for r, row in enumerate(rows)
        ],
        texts("continued"),
    )


def earlier_block(
    actions: Sequence[data.ActionInfo],
    texts: Texts,
    meeting_date: dt.date,
    keep: Callable[[str], str] = str,
) -> list[Flowable]:
    """The heading and the table, or a line saying there were none."""
    story: list[Flowable] = section(texts("earlier_actions"), EARLIER_ROOM)
    if not actions:
        return story + [para(texts("no_earlier"), styles().small)]
    return story + [earlier_table(actions, texts, meeting_date, keep)]
