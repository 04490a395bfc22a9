"""``buurtdesk export actions|report|forms|ballots|feedback|invitation``: the printed documents.

Each writes one A4 PDF of a meeting; ``feedback`` can also write the mail-merge CSV.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.main import (
    EXIT_OK,
    CliError,
    db_option,
    db_path,
    group,
    ident,
    open_library,
    whole,
)

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

HELP = {
    "actions": "the action list (actielijst) of a meeting, as PDF",
    "report": "the public report (verslag) of a meeting, as PDF",
    "forms": "blank concern forms with pre-printed numbers, as PDF",
    "ballots": "a ballot for the meeting's voting method, as PDF",
    "feedback": "the feedback sheets (terugkoppeling), as PDF",
    "invitation": "a one-page invitation to the meeting, as PDF",
}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    from buurtdesk.core.documents import KINDS, LANGS

    export = group(sub, "export", "write exports and documents")
    for kind in KINDS:
        cmd = export.add_parser(kind, help=HELP[kind])
        db_option(cmd)
        cmd.add_argument("--meeting", type=ident, required=True, metavar="ID")
        cmd.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        cmd.add_argument("--lang", choices=LANGS, default="nl", help="language (default nl)")
        if kind == "ballots":
            cmd.add_argument("--count", type=whole, default=1, help="numbered ballots (default 1)")
        if kind == "forms":
            cmd.add_argument("--count", type=whole, default=10, help="forms (default 10)")
            cmd.add_argument(
                "--start",
                type=whole,
                default=None,
                metavar="NO",
                help="first form number (default: one past the highest in the file)",
            )
        if kind == "feedback":
            cmd.add_argument(
                "--csv",
                type=Path,
                default=None,
                metavar="FILE.csv",
                help="also write the mail-merge CSV of residents who gave an e-mail address",
            )
        cmd.set_defaults(func=cmd_export_document, kind=kind)


def warn_personal(lib: Library, meeting_id: int, output: str) -> None:
    """The texts of the public ``output`` that still look personal, as warnings on stderr."""
    from buurtdesk.core.documents.public_review import OUTPUTS, warning_lines

    if output not in OUTPUTS:
        return
    for line in warning_lines(lib, meeting_id, output):
        print(f"warning: {line}", file=sys.stderr)


def warn_overlap(lib: Library, start: int, count: int) -> None:
    """A warning on stderr when ``--start`` reuses form numbers printed before."""
    from buurtdesk.core.documents.print_runs import overlapping

    with lib.session() as s:
        for first, last in overlapping(s, start, count):
            print(
                f"warning: form numbers {start}-{start + count - 1} overlap the numbers "
                f"{first}-{last} printed before",
                file=sys.stderr,
            )


def cmd_export_document(args: argparse.Namespace) -> int:
    from buurtdesk.core.documents import make_document, write_feedback_csv
    from buurtdesk.core.errors import DocumentError
    from buurtdesk.core.store.output_paths import check_output, replace_together

    options: dict[str, object] = {}
    if args.kind == "forms":
        options = {"count": args.count, "start_no": args.start}
    if args.kind == "ballots":
        options = {"count": args.count}
    database = db_path(args)
    csv_path = getattr(args, "csv", None)
    check_output(args.output, database=database)
    if csv_path is not None:
        check_output(csv_path, database=database, inputs=[args.output])
    # Forms and ballots record the numbers they print, so these open the file for writing.
    lib = open_library(args, writes=args.kind in ("forms", "ballots"))
    try:
        if args.kind == "forms" and args.start is not None:
            warn_overlap(lib, args.start, args.count)

        def pdf(tmp: Path) -> None:
            make_document(lib, args.kind, args.meeting, tmp, lang=args.lang, **options)

        def csv(tmp: Path) -> None:
            rows.append(write_feedback_csv(lib, args.meeting, tmp, lang=args.lang))

        rows: list[int] = []
        # Both files or neither: a full disk at the CSV must not leave a new PDF behind.
        outputs = [(Path(args.output), pdf)] + ([(Path(csv_path), csv)] if csv_path else [])
        replace_together(outputs)
        warn_personal(lib, args.meeting, args.kind)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    print(f"{args.kind} written to {args.output}")
    if csv_path is not None:
        print(f"{rows[0]} residents written to {csv_path}")
    return EXIT_OK
