"""Concern intake: check and save a typed-up form as a report.

Deleting and restoring reports (``concern_delete``), merging and titles (``concern_edit``)
and the read-only views (``concern_queries``) are re-exported here: callers need one import.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core import text as public_text
from buurtdesk.core.concerns.delete import ReportSnapshot, delete_report, restore_report
from buurtdesk.core.concerns.edit import (
    merge_concerns,
    set_title,
    title_warnings,
    unmerge_concern,
)
from buurtdesk.core.concerns.queries import (
    ConcernListRow,
    ReportRow,
    concern_reports,
    find_theme_id,
    list_concerns,
    next_form_no,
    streets,
    theme_names,
)
from buurtdesk.core.enums import ReportSource
from buurtdesk.core.errors import DateError
from buurtdesk.core.numbers import form_number, form_number_key
from buurtdesk.core.store.models import Concern, Meeting, Report, Submitter
from buurtdesk.core.text import capitalise_first, public_street

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

__all__ = [
    "ConcernListRow",
    "DateError",
    "FieldIssue",
    "FormInput",
    "FormRefused",
    "ReportRow",
    "ReportSnapshot",
    "SavedReport",
    "check_form",
    "concern_reports",
    "date_issue",
    "default_title",
    "public_street",
    "delete_report",
    "list_concerns",
    "merge_concerns",
    "next_form_no",
    "parse_date",
    "restore_report",
    "save_form",
    "set_title",
    "streets",
    "theme_names",
    "title_warnings",
    "unmerge_concern",
]

MAX_DESCRIPTION = 2000
MAX_LENGTHS = {
    "form_no": 30,
    "street": 120,
    "name": 200,
    "phone": 60,
    "email": 200,
    "address": 300,
}
PERSONAL = ("name", "phone", "email", "address")
# Control characters no keyboard types (NUL, escape, delete...); tab, line breaks and the
# separators Python counts as white space are left to the usual white-space handling.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x9f]")


@dataclass(frozen=True)
class FormInput:
    meeting_id: int
    description: str
    form_no: str = ""
    received_on: dt.date | None = None  # None: the meeting's date
    street: str = ""
    theme: str = ""  # theme name as in the Theme table, "" for none
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    wants_feedback: bool = False
    consent: bool = False
    source: ReportSource = ReportSource.FORM


@dataclass(frozen=True)
class FieldIssue:
    field: str  # a FormInput field name
    code: str  # empty, too_long, bad_date, odd_email, email_refused, odd_phone, form_no_used,
    # unknown_theme
    blocking: bool  # True refuses the save; False is only a warning
    message: str  # English, for the command line and the import report


class FormRefused(Exception):  # noqa: N818 (the public name)
    """The form has blocking issues; nothing was saved."""

    def __init__(self, issues: list[FieldIssue]) -> None:
        super().__init__("; ".join(i.message for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class SavedReport:
    report_id: int
    concern_id: int
    code: str
    new_concern: bool


_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def parse_date(text: str) -> dt.date:
    """dd-mm-jjjj, d-m-jjjj (also with / or .) or YYYY-MM-DD; raises DateError saying why."""
    text = text.strip()
    iso = _ISO_DATE.fullmatch(text)
    dutch = _DUTCH_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif dutch:
        if len(dutch.group(3)) != 4:  # before int(), which refuses thousands of digits
            raise DateError("year", f"{text!r}: the year must have four digits")
        day, month, year = (int(g) for g in dutch.groups())
    else:
        raise DateError("format", f"{text!r} is not a date: use dd-mm-jjjj or YYYY-MM-DD")
    if not 1900 <= year <= 2100:
        raise DateError("year", f"{text!r}: year {year} is out of range")
    if not 1 <= month <= 12:
        raise DateError("month", f"{text!r}: there is no month {month}")
    try:
        return dt.date(year, month, day)
    except ValueError:
        name = MONTHS[month - 1]
        raise DateError("day", f"{text!r}: {name} {year} has no day {day}") from None


def date_issue(text: str, field: str = "received_on") -> FieldIssue | None:
    """A typed date as a field issue: None when it is empty (the meeting's date) or valid."""
    if not text.strip():
        return None
    try:
        parse_date(text)
    except DateError as exc:
        return FieldIssue(field, "bad_date", True, str(exc))
    return None


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}")
_PHONE_CHARS = re.compile(r"[0-9 ()+\-./]+")


_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def odd_email(email: str) -> bool:
    return bool(email.strip()) and not _EMAIL.fullmatch(email.strip())


def usable_email(email: str) -> str:
    """The e-mail address to store: empty when it holds a line break or control character
    (``a@b.nl\nBcc: c@d.nl`` would add a recipient to a mail merge)."""
    return "" if _BREAK.search(email.strip()) else email.strip()


def odd_phone(phone: str) -> bool:
    phone = phone.strip()
    if not phone:
        return False
    digits = sum(ch.isdigit() for ch in phone)
    return not _PHONE_CHARS.fullmatch(phone) or not 10 <= digits <= 13


def form_issues(session: Session, form: FormInput, hood_id: int) -> list[FieldIssue]:
    form_no = form_number(form.form_no)
    return field_issues(
        form,
        theme_known=not form.theme.strip() or find_theme_id(session, form.theme) is not None,
        form_no_used=bool(form_no) and _form_no_used(session, hood_id, form_no),
    )


def field_issues(form: FormInput, *, theme_known: bool, form_no_used: bool) -> list[FieldIssue]:
    """The issues of a form, given what the file knows about its theme and form number."""
    issues: list[FieldIssue] = []
    text = form.description.strip()
    if not text:
        issues.append(FieldIssue("description", "empty", True, "the description is empty"))
    elif len(text) > MAX_DESCRIPTION:
        issues.append(
            FieldIssue(
                "description",
                "too_long",
                True,
                f"the description has {len(text)} characters; at most {MAX_DESCRIPTION} fit",
            )
        )
    for name, limit in MAX_LENGTHS.items():
        value = str(getattr(form, name)).strip()
        if len(value) > limit:
            issues.append(
                FieldIssue(name, "too_long", True, f"{name} is longer than {limit} characters")
            )
    for name in ("description", *MAX_LENGTHS, "theme"):
        found = _CONTROL.search(str(getattr(form, name)))
        if found:
            issues.append(
                FieldIssue(
                    name,
                    "control_chars",
                    True,
                    f"{name} contains a control character (U+{ord(found.group()):04X}); remove it",
                )
            )
    if form.email.strip() and not usable_email(form.email):
        message = f"e-mail address {form.email!r} holds a line break; not stored"
        issues.append(FieldIssue("email", "email_refused", False, message))
    elif odd_email(form.email):
        issues.append(
            FieldIssue("email", "odd_email", False, f"e-mail address {form.email!r} looks odd")
        )
    if odd_phone(form.phone):
        issues.append(
            FieldIssue("phone", "odd_phone", False, f"phone number {form.phone!r} looks odd")
        )
    if not theme_known:
        issues.append(
            FieldIssue("theme", "unknown_theme", False, f"unknown theme {form.theme!r}; left empty")
        )
    form_no = form_number(form.form_no)
    if form_no_used:
        issues.append(
            FieldIssue(
                "form_no", "form_no_used", False, f"form number {form_no} is already used here"
            )
        )
    return issues


def _form_no_used(session: Session, hood_id: int, form_no: str) -> bool:
    key = form_number_key(form_no)
    # Digits only: "012" and "12" are one form (stored numbers are ASCII, see form_number).
    same = func.ltrim(Report.form_no, "0") == key.lstrip("0") if key.isdigit() else None
    stmt = (
        select(func.count(Report.id))
        .join(Concern, Report.concern_id == Concern.id)
        .where(Concern.neighbourhood_id == hood_id, Report.form_no == key if same is None else same)
    )
    return bool(session.scalar(stmt))


def meeting_of(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValueError(f"no meeting with id {meeting_id}")
    return meeting


def check_form(lib: Library, form: FormInput) -> list[FieldIssue]:
    """Every issue with the form, blocking ones and warnings, in field order."""
    with lib.session() as s:
        meeting = meeting_of(s, form.meeting_id)
        return form_issues(s, form, meeting.neighbourhood_id)


def strip_house_numbers(text: str, street: str = "") -> str:
    """The text without house numbers (after a street name, the own street, "nr 14b")."""
    return public_text.strip_house_numbers(text, street)


def strip_contact_details(text: str) -> str:
    """The text without phone numbers, e-mail addresses, bank accounts and postcodes."""
    return public_text.strip_contact_details(text)


def default_title(description: str, street: str = "", limit: int = 300) -> str:
    """A public title from the first wording: trimmed, capitalised and cleaned of personal
    data (names, house numbers, postcodes, phone numbers, e-mail addresses, bank accounts)."""
    title = " ".join(public_text.clean(description, street).split())
    if len(title) > limit:
        title = title[: limit - 1].rsplit(" ", 1)[0] + "…"
    return capitalise_first(title)


def _clean(value: str) -> str:
    return " ".join(value.split())


def add_report(
    session: Session, form: FormInput, meeting: Meeting, attach_to: int | None
) -> SavedReport:
    """Insert the report (and its submitter, and a new concern unless attached)."""
    hood_id = meeting.neighbourhood_id
    theme_id = find_theme_id(session, form.theme) if form.theme.strip() else None
    street = public_street(form.street)
    text = form.description.strip()
    new_concern = attach_to is None
    if attach_to is not None:
        concern = session.get(Concern, attach_to)
        if concern is None or concern.neighbourhood_id != hood_id:
            raise ValueError(f"no concern with id {attach_to} in this neighbourhood")
        while concern.merged_into_id is not None:
            concern = session.get(Concern, concern.merged_into_id)
            assert concern is not None
    else:
        number = session.scalar(
            select(func.max(Concern.number)).where(Concern.neighbourhood_id == hood_id)
        )
        concern = Concern(
            neighbourhood_id=hood_id,
            number=(number or 0) + 1,
            title=default_title(text, street),
            theme_id=theme_id,
            street=street,
            first_meeting_id=meeting.id,
        )
        session.add(concern)
        session.flush()
    submitter = None
    if any(str(getattr(form, f)).strip() for f in PERSONAL) or form.wants_feedback:
        submitter = Submitter(
            name=_clean(form.name),
            phone=form.phone.strip(),
            email=usable_email(form.email),
            address=_clean(form.address),
            wants_feedback=form.wants_feedback,
            consent=form.consent,
        )
        session.add(submitter)
        session.flush()
    report = Report(
        concern_id=concern.id,
        original_concern_id=concern.id,
        wording=text,
        source=form.source,
        form_no=form_number(form.form_no) or None,
        received_on=form.received_on or meeting.date,
        meeting_id=meeting.id,
        submitter_id=submitter.id if submitter else None,
    )
    session.add(report)
    session.flush()
    return SavedReport(report.id, concern.id, concern.code, new_concern)


def save_form(lib: Library, form: FormInput, attach_to: int | None = None) -> SavedReport:
    """Save a form as one report, under a new concern or attached to ``attach_to``."""
    with lib.session() as s, s.begin():
        meeting = meeting_of(s, form.meeting_id)
        blocking = [i for i in form_issues(s, form, meeting.neighbourhood_id) if i.blocking]
        if blocking:
            raise FormRefused(blocking)
        return add_report(s, form, meeting, attach_to)
