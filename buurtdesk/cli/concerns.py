"""``buurtdesk import concerns`` and ``buurtdesk export concerns``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.documents import warn_personal
from buurtdesk.cli.main import (
    EXIT_OK,
    EXIT_PARTIAL,
    CliError,
    db_option,
    db_path,
    group,
    ident,
    open_library,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from buurtdesk.core.concerns.import_report import ImportLine, ImportReport, ReportFile
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.tables import Table

PUBLIC_COLUMNS = [
    "concern",
    "title",
    "theme",
    "street",
    "reports",
    "meetings",
    "first_raised",
    "status",
    "merged_into",
]
PERSONAL_COLUMNS = [
    "report",
    "form_no",
    "received_on",
    "source",
    "wording",
    "name",
    "phone",
    "email",
    "address",
    "wants_feedback",
    "consent",
]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    isub = group(sub, "import", "import rows from a spreadsheet or survey export")
    imp = isub.add_parser("concerns", help="import typed-up concern forms from a CSV or .xlsx file")
    db_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    imp.add_argument("--meeting", type=ident, required=True, metavar="ID")
    imp.add_argument("--report", type=Path, metavar="FILE", help="write the report as CSV")
    imp.add_argument(
        "--no-attach",
        dest="attach",
        action="store_false",
        help="a new concern for every row, even one that clearly repeats a concern",
    )
    imp.set_defaults(func=cmd_import_concerns)

    esub = group(sub, "export", "export data as CSV")
    exp = esub.add_parser("concerns", help="the concerns raised for a meeting, as CSV")
    db_option(exp)
    exp.add_argument("--meeting", type=ident, required=True, metavar="ID")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    exp.add_argument(
        "--with-personal-data",
        action="store_true",
        help="one row per report, with the submitters' personal data (not for publication)",
    )
    exp.set_defaults(func=cmd_export_concerns)


def cmd_import_concerns(args: argparse.Namespace) -> int:
    from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
    from buurtdesk.core.concerns.import_report import ReportFile
    from buurtdesk.core.errors import TableFileError
    from buurtdesk.core.store.output_paths import check_output
    from buurtdesk.core.store.tables import read_table

    if args.report is not None:  # before any row is stored: exit 1 changes nothing
        check_output(args.report, database=db_path(args), inputs=[args.file])
    try:
        table = read_table(args.file)
    except TableFileError as exc:
        raise CliError(str(exc)) from None
    mapping = guess_mapping(table.headers)
    if "description" not in mapping:
        shown = ", ".join(repr(h) for h in table.headers)
        raise CliError(f"{args.file.name}: no description column among {shown}")
    # Each line goes to a temporary file as it comes, so a file of any length needs little
    # memory; stdout gets the lines only once the rows are committed (no "imported" line for
    # a row a failing write then takes back).
    spool = ReportFile(lineterminator="\n" if args.report is None else "\r\n")

    def on_line(line: ImportLine) -> None:
        spool(line)
        if args.report is not None and line.outcome == "rejected":
            print(f"line {line.line}: rejected: {line.reason}")

    lib = open_library(args)
    try:
        if args.report is None:
            report = import_rows(
                lib, args.meeting, table, mapping, on_line=on_line, attach=args.attach
            )
            spool.copy_to(sys.stdout)
        else:
            report = _import_with_report(lib, args, table, mapping, on_line, spool)
    except TableFileError as exc:  # the file changed between reading and importing
        raise CliError(str(exc)) from None
    finally:
        lib.close()
        spool.close()
    out = sys.stdout if args.report is not None else sys.stderr
    for note in report.notes:
        print(note, file=out)
    print(report.summary(), file=out)
    return EXIT_PARTIAL if report.refused else EXIT_OK


class _Held:
    """A library whose sessions share one outer transaction, committed by the caller."""

    def __init__(self, lib: Library, connection: Connection) -> None:
        self._lib, self._connection = lib, connection

    def session(self) -> Session:
        from sqlalchemy.orm import Session

        return Session(
            self._connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lib, name)


def _import_with_report(
    lib: Library,
    args: argparse.Namespace,
    table: Table,
    mapping: dict[str, int],
    on_line: Callable[[ImportLine], None],
    spool: ReportFile,
) -> ImportReport:
    """Import the rows and write the report, both or neither: the rows are committed only once
    the report is written in full (a full disk then leaves the database as it was)."""
    from buurtdesk.core.concerns.import_forms import import_rows
    from buurtdesk.core.store.output_paths import replace_together

    with lib.engine.connect() as connection:
        transaction = connection.begin()
        held: Any = _Held(lib, connection)
        report = import_rows(
            held, args.meeting, table, mapping, on_line=on_line, attach=args.attach
        )
        replace_together([(args.report, spool.write_to)], before=transaction.commit)
    return report


def cmd_export_concerns(args: argparse.Namespace) -> int:
    from buurtdesk.core.concerns.queries import concern_reports, list_concerns
    from buurtdesk.core.store.output_paths import check_output
    from buurtdesk.core.text import clean, public_street

    check_output(args.output, database=db_path(args))
    lib = open_library(args)
    try:
        meeting = next((m for m in lib.meetings() if m.id == args.meeting), None)
        if meeting is None:
            raise CliError(f"no meeting with id {args.meeting}")
        raised = {c.id for c in lib.concerns_of_meeting(meeting.id)}
        rows = [r for r in list_concerns(lib, meeting.neighbourhood_id) if r.id in raised]
        table: list[list[str]] = []
        for r in rows:
            public = [
                r.code,
                clean(r.title, r.street),
                r.theme,
                public_street(r.street),
                str(r.reports),
                str(r.meetings),
                r.first_raised.isoformat() if r.first_raised else "",
                r.status.value,
                r.merged_into,
            ]
            if not args.with_personal_data:
                table.append(public)
                continue
            for rep in concern_reports(lib, r.id, include_personal=True):
                table.append(
                    public
                    + [
                        str(rep.id),
                        rep.form_no,
                        rep.received_on.isoformat() if rep.received_on else "",
                        rep.source.value,
                        rep.wording,
                        rep.name,
                        rep.phone,
                        rep.email,
                        rep.address,
                        "ja" if rep.wants_feedback else "nee",
                        "ja" if rep.consent else "nee",
                    ]
                )
        if not args.with_personal_data:
            warn_personal(lib, meeting.id, "concerns")
    finally:
        lib.close()
    header = PUBLIC_COLUMNS + (PERSONAL_COLUMNS if args.with_personal_data else [])
    from buurtdesk.core.store.csv_safe import safe_writer
    from buurtdesk.core.store.output_paths import replace_atomically

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = safe_writer(handle, visible=not args.with_personal_data)
            writer.writerow(header)
            writer.writerows(table)

    replace_atomically(args.output, write)
    print(f"{len(table)} rows written to {args.output}")
    return EXIT_OK
