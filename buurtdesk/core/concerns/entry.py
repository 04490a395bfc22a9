"""A form entered at the table: checked, saved, and read back for the list, in one transaction.

The entry form saves one paper form after another; after each it needs the concern's list row,
the meeting's two counts and the next form number.  :func:`enter_form` gives all of that from
the one transaction that saves the form, so a save costs one session, not a page reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.concerns.intake import (
    FieldIssue,
    FormInput,
    FormRefused,
    SavedReport,
    add_report,
    form_issues,
    meeting_of,
)
from buurtdesk.core.concerns.queries import ConcernListRow, form_no_after, list_rows
from buurtdesk.core.store.library import meeting_counts
from buurtdesk.core.store.models import Concern

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


@dataclass(frozen=True)
class EnteredForm:
    saved: SavedReport
    warnings: list[FieldIssue]  # the issues that did not stop the save
    row: ConcernListRow  # the concern's row in the concern list, as it now is
    concerns: int  # the meeting's concerns (merged ones left out), as its summary counts them
    reports: int  # the meeting's reports
    next_form_no: str  # for the next blank form


def enter_form(lib: Library, form: FormInput, attach_to: int | None = None) -> EnteredForm:
    """Save ``form`` like ``save_form``; a refusal raises ``FormRefused`` with every issue
    (the warnings too), so the form can show them all at once."""
    with lib.session() as s, s.begin():
        meeting = meeting_of(s, form.meeting_id)
        hood = meeting.neighbourhood_id
        issues = form_issues(s, form, hood)
        if any(i.blocking for i in issues):
            raise FormRefused(issues)
        saved = add_report(s, form, meeting, attach_to)
        (row,) = list_rows(s, Concern.id == saved.concern_id, include_merged=True)
        concerns, reports = meeting_counts(s, meeting.id)
        return EnteredForm(saved, issues, row, concerns, reports, form_no_after(s, hood))
