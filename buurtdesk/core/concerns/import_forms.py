"""Importing typed-up forms from a spreadsheet or survey export, in one transaction.

Columns are matched by Dutch or English header names (``guess_mapping``); the caller may
correct the mapping before ``import_rows``.  Every row ends up in the report: imported,
attached to a concern it clearly repeats, already present, or rejected with its line number
and the reason.  A row scoring at least ``ATTACH`` against a concern of the neighbourhood
(one already in the file, or one an earlier row of the same file brought) becomes a report
of that concern; rows that only look alike (``LIKELY`` and up) are offered as suggestions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from rapidfuzz import fuzz
from sqlalchemy import func, insert, select

from buurtdesk.core.concerns import postal
from buurtdesk.core.concerns.duplicate_review import LIKELY, different_problems
from buurtdesk.core.concerns.duplicates import DuplicateIndex, Suggestion
from buurtdesk.core.concerns.import_report import (
    REPORT_COLUMNS,
    ImportLine,
    ImportReport,
    LineLog,
    MergeSuggestion,
    write_report,
)
from buurtdesk.core.concerns.intake import (
    MAX_DESCRIPTION,
    PERSONAL,
    FieldIssue,
    FormInput,
    default_title,
    field_issues,
    public_street,
    usable_email,
)
from buurtdesk.core.concerns.mapping import (
    FIELD_NAMES,
    REQUIRED,
    guess_mapping,
    parse_date,
    parse_yes,
    personal_warning,
)
from buurtdesk.core.concerns.queries import index_entries
from buurtdesk.core.concerns.words import IndexEntry, normalise
from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.numbers import form_number, form_number_key
from buurtdesk.core.store.dialect import ids_written
from buurtdesk.core.store.models import Concern, Meeting, Report, Submitter, Theme, utcnow
from buurtdesk.core.store.tables import Table, TableRow, read_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

__all__ = [
    "FIELD_NAMES",
    "REPORT_COLUMNS",
    "ImportLine",
    "ImportReport",
    "MergeSuggestion",
    "guess_mapping",
    "import_file",
    "import_rows",
    "write_report",
]

SAME_WORDING = 90
# A row this like a concern (and naming no other kind of problem) is attached to it.  Pair
# precision of attaching (tests/duplicate_figures.py): 1.00 from 45 up on the typed-up forms
# of ../shared/data (recall 0.56 at 50) and of tests/data (0.84 at 40, 1.00 from 45; recall
# 0.87 at 50).  50 keeps a step from that edge: two problems under one concern is worse than
# a duplicate left for the review.
ATTACH = 50
BATCH = 2000
# The most rows one import takes: the index of look-alikes grows with every concern (some
# 1.5 kB each), so a larger file is refused before anything starts.  Split it instead.
MAX_ROWS = 250_000
SIMILAR_SHORTLIST = 6  # candidates scored in full per imported row


def _key(wording: str, street: str, day: dt.date | None) -> int:
    """Wording, street and date as one 64-bit digest: a file of 200,000 rows keeps 200,000
    numbers to find a row already present, not 200,000 copies of its text."""
    parts = (" ".join(wording.split()).casefold(), normalise(public_street(street)), str(day or ""))
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class _Importer:
    """The state of one import: what is already there, what this file adds, and the ids."""

    def __init__(
        self, session: Session, meeting: Meeting, index: DuplicateIndex, attach: bool
    ) -> None:
        self.session, self.meeting, self.index, self.attach = session, meeting, index, attach
        self.suggestions: list[MergeSuggestion] = []
        hood = meeting.neighbourhood_id
        street_of = dict(
            session.execute(
                select(Report.id, Concern.street)
                .join(Concern, Report.original_concern_id == Concern.id)
                .where(Concern.neighbourhood_id == hood)
            ).all()
        )
        self.by_form_no: dict[str, tuple[str, str]] = {}
        self.by_text: dict[int, str] = {}
        rows = session.execute(
            select(Report.id, Report.form_no, Report.wording, Report.received_on, Concern.number)
            .join(Concern, Report.concern_id == Concern.id)
            .where(Concern.neighbourhood_id == hood)
        ).all()
        for report_id, form_no, wording, received, number in rows:
            if form_no:
                key = form_number_key(form_no)
                self.by_form_no[key] = (f"K{number}", " ".join(wording.split()).casefold())
            self.by_text[_key(wording, street_of.get(report_id, ""), received)] = f"K{number}"
        self.themes = {normalise(n): i for i, n in session.execute(select(Theme.id, Theme.name))}

        def next_id(column: Any) -> int:
            return int(session.scalar(select(func.max(column))) or 0) + 1

        self.next_number = (
            int(
                session.scalar(
                    select(func.max(Concern.number)).where(Concern.neighbourhood_id == hood)
                )
                or 0
            )
            + 1
        )
        self.ids = {"concern": next_id(Concern.id), "report": next_id(Report.id)}
        self.ids["submitter"] = next_id(Submitter.id)
        self.pending: dict[str, list[dict[str, Any]]] = {k: [] for k in self.ids}
        self.now = utcnow()

    def run(self, table: Table, mapping: dict[str, int], row: TableRow) -> ImportLine:
        def get(fld: str) -> str:
            return table.value(row, mapping.get(fld)).strip()

        form_no = form_number(get("form_no"))
        why: tuple[tuple[str, str, str], ...]  # the reasons as codes, for a translated report
        if row.problem:
            why = (("row_shape", "", ""),)
            return ImportLine(row.line, form_no, "rejected", "", (), row.problem, why)
        raw_date = get("date")
        try:
            day = parse_date(raw_date) if raw_date else None
        except ValueError as exc:
            why = ((f"date_{getattr(exc, 'code', 'format')}", "date", raw_date),)
            return ImportLine(row.line, form_no, "rejected", "", (), f"bad date: {exc}", why)
        flags = {}
        for fld in ("wants_feedback", "consent"):
            flags[fld] = parse_yes(get(fld))
            if flags[fld] is None:
                reason = f"{fld}: {get(fld)!r} is neither yes nor no"
                why = (("yes_no", fld, get(fld)),)
                return ImportLine(row.line, form_no, "rejected", "", (), reason, why)
        form = FormInput(
            meeting_id=self.meeting.id,
            description=table.value(row, mapping.get("description")),
            form_no=form_no,
            received_on=day,
            street=get("street"),
            theme=get("theme"),
            name=get("name"),
            phone=get("phone"),
            email=get("email"),
            address=get("address"),
            postcode=get("postcode"),
            town=get("town"),
            language=get("language"),
            wants_feedback=bool(flags["wants_feedback"]),
            consent=bool(flags["consent"]),
        )
        wording = " ".join(form.description.split()).casefold()
        found = self._similar(form)
        similar = tuple((s.code, s.score) for s in found)
        if form_no and form_number_key(form_no) in self.by_form_no:
            code, earlier = self.by_form_no[form_number_key(form_no)]
            similar = tuple(pair for pair in similar if pair[0] != code)[:3]
            # The same form, perhaps saved by a program that turned "ş" into "?".
            if fuzz.ratio(earlier, wording) >= SAME_WORDING:
                return ImportLine(row.line, form_no, "present", code, similar, "")
            reason = f"form number {form_no} is already used for another form ({code})"
            why = (("form_no_taken", "form_no", form_no),)
            return ImportLine(row.line, form_no, "rejected", "", similar, reason, why)
        text_key = _key(form.description, form.street, day or self.meeting.date)
        if not form_no and text_key in self.by_text:
            code = self.by_text[text_key]
            similar = tuple(pair for pair in similar if pair[0] != code)[:3]
            return ImportLine(row.line, form_no, "present", code, similar, "")
        similar = similar[:3]
        theme_id = self.themes.get(normalise(form.theme))
        issues = field_issues(
            form, theme_known=not form.theme.strip() or theme_id is not None, form_no_used=False
        )
        if any(i.blocking for i in issues):
            why = _codes(form, issues, True)
            return ImportLine(
                row.line, form_no, "rejected", "", similar, _explain(issues, True), why
            )
        best = found[0] if found else None
        clear = best is not None and best.score >= ATTACH
        if clear and best is not None and different_problems(form.description, best.title):
            clear = False  # as alike as that, yet naming another kind of problem
        joined = best if self.attach and clear else None
        code = self._add(form, theme_id, joined)
        if form_no:
            self.by_form_no[form_number_key(form_no)] = (code, wording)
        self.by_text[text_key] = code
        why = _codes(form, issues, False)
        outcome = "attached" if joined else "imported"
        if joined is None and best is not None and best.score >= LIKELY:
            suggestion = MergeSuggestion(
                row.line, self.ids["concern"] - 1, code, best.concern_id, best.code, best.score
            )
            self.suggestions.append(suggestion)
        return ImportLine(row.line, form_no, outcome, code, similar, _explain(issues), why)

    def _add(self, form: FormInput, theme_id: int | None, joined: Suggestion | None) -> str:
        """Queue the submitter and report of a form, and its concern unless it joins one;
        returns the concern's code."""
        ids, number = self.ids, self.next_number
        street = public_street(form.street)
        text = form.description.strip()
        if joined is not None:
            concern_id, code, title = joined.concern_id, joined.code, ""
        else:
            concern_id, code = ids["concern"], f"K{number}"
            title = default_title(text, street)
            self.pending["concern"].append(
                {
                    "id": concern_id,
                    "neighbourhood_id": self.meeting.neighbourhood_id,
                    "number": number,
                    "title": title,
                    "theme_id": theme_id,
                    "street": street,
                    "first_meeting_id": self.meeting.id,
                    "status": ConcernStatus.OPEN,
                    "merged_into_id": None,
                    "created_at": self.now,
                }
            )
            ids["concern"] += 1
            self.next_number += 1
        submitter_id = None
        if any(str(getattr(form, f)).strip() for f in PERSONAL) or form.wants_feedback:
            submitter_id = ids["submitter"]
            ids["submitter"] += 1
            self.pending["submitter"].append(
                {
                    "id": submitter_id,
                    "name": " ".join(form.name.split()),
                    "phone": form.phone.strip(),
                    "email": usable_email(form.email),
                    "address": " ".join(form.address.split()),
                    "postcode": postal.postcode(form.postcode),
                    "town": " ".join(form.town.split()),
                    "language": postal.letter_language(form.language) or "",
                    "wants_feedback": form.wants_feedback,
                    "consent": form.consent,
                    "created_at": self.now,
                }
            )
        self.pending["report"].append(
            {
                "id": ids["report"],
                "concern_id": concern_id,
                "original_concern_id": concern_id,
                "wording": text,
                "source": form.source,
                "form_no": form.form_no.strip() or None,
                "received_on": form.received_on or self.meeting.date,
                "meeting_id": self.meeting.id,
                "submitter_id": submitter_id,
                "created_at": self.now,
            }
        )
        ids["report"] += 1
        self.index.add(IndexEntry(concern_id, code, title, text, street, form.theme))
        if len(self.pending["report"]) >= BATCH:
            self.flush()
        return code

    def flush(self) -> None:
        for kind, model in (("concern", Concern), ("submitter", Submitter), ("report", Report)):
            if self.pending[kind]:
                # Core executemany: one prepared statement for the whole batch.
                table = cast(Any, model.__table__)
                self.session.connection().execute(insert(table), self.pending[kind])
                self.pending[kind] = []
                ids_written(self.session.connection(), kind)

    def _similar(self, form: FormInput) -> list[Suggestion]:
        text = form.description.strip()
        if not text or len(text) > MAX_DESCRIPTION:
            return []
        return self.index.suggest(
            text, form.street, form.theme, limit=4, shortlist=SIMILAR_SHORTLIST
        )


def _codes(
    form: FormInput, issues: list[FieldIssue], blocking: bool
) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (i.code, i.field, str(getattr(form, i.field, ""))) for i in issues if i.blocking == blocking
    )


def _explain(issues: list[FieldIssue], blocking: bool = False) -> str:
    chosen = [i.message for i in issues if i.blocking == blocking]
    if not chosen:
        return ""
    return "; ".join(chosen) if blocking else "warning: " + "; ".join(chosen)


def import_rows(
    lib: Library,
    meeting_id: int,
    table: Table,
    mapping: dict[str, int],
    progress: Callable[[int, int], None] | None = None,
    on_line: Callable[[ImportLine], None] | None = None,
    attach: bool = False,
) -> ImportReport:
    """Import every row as a report, in one transaction: under a new concern, or with
    ``attach`` under the concern it clearly repeats (``ATTACH``).

    Each line's outcome goes to ``on_line`` as it comes; the report keeps a bounded number.
    The rows that only look like a concern come back as ``report.suggestions``.
    """
    if len(table.rows) > MAX_ROWS:
        raise ValueError(
            f"the file has {len(table.rows):,} rows; one import takes at most {MAX_ROWS:,} "
            "rows, so split the file"
        )
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise ValueError(f"no column chosen for: {', '.join(missing)}")
    for fld, column in mapping.items():
        if fld not in FIELD_NAMES:
            raise ValueError(f"unknown field {fld!r}")
        if not 0 <= column < len(table.headers):
            raise ValueError(f"{fld}: there is no column {column + 1}")
    with lib.session() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise ValueError(f"no meeting with id {meeting_id}")
        hood = meeting.neighbourhood_id
    index = DuplicateIndex(index_entries(lib, hood))
    log = LineLog(on_line)
    with lib.session() as s, s.begin():
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        importer = _Importer(s, meeting, index, attach)
        first_id = importer.ids["report"]
        for done, row in enumerate(table.rows, start=1):
            log.add(importer.run(table, mapping, row))
            if progress is not None:
                progress(done, len(table.rows))
        importer.flush()
    warning = personal_warning(table.headers, mapping)
    notes = (*table.notes, warning) if warning else table.notes
    report_ids = range(first_id, importer.ids["report"])
    return log.report(notes, report_ids, tuple(importer.suggestions))


def import_file(
    lib: Library, meeting_id: int, path: Path | str, attach: bool = False
) -> ImportReport:
    """Read a file and import it with the guessed column mapping."""
    table = read_table(path)
    return import_rows(lib, meeting_id, table, guess_mapping(table.headers), attach=attach)
