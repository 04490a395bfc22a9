"""``buurtdesk export reminders`` and ``buurtdesk export dossier``: keeping a committee going.

Reminders: before a meeting, a letter per partner with open actions and a mail-merge CSV.
Dossier: the handover dossier of a neighbourhood, for a new chair.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from buurtdesk.cli.main import EXIT_OK, CliError, db_option, db_path, group, open_library


def register(sub: argparse._SubParsersAction[Any]) -> None:
    export = group(sub, "export", "write exports and documents")
    remind = export.add_parser(
        "reminders", help="a reminder letter per partner with open actions, and a mail-merge CSV"
    )
    db_option(remind)
    remind.add_argument("--meeting", type=int, required=True, metavar="ID")
    remind.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    remind.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default nl)")
    remind.set_defaults(func=cmd_reminders)
    dossier = export.add_parser("dossier", help="the handover dossier of a neighbourhood, as PDF")
    db_option(dossier)
    dossier.add_argument("--neighbourhood", required=True, metavar="NAME")
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    dossier.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default nl)")
    dossier.set_defaults(func=cmd_dossier)


def cmd_reminders(args: argparse.Namespace) -> int:
    from buurtdesk.core.documents.reminders import write_reminders
    from buurtdesk.core.errors import UnknownMeetingError
    from buurtdesk.core.store.output_paths import check_folder

    check_folder(args.output)
    db_path(args)
    lib = open_library(args)
    try:
        written = write_reminders(lib, args.meeting, args.output, args.lang)
    except UnknownMeetingError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    print(f"{len(written) - 1} reminder(s) and {written[-1].name} written to {args.output}")
    return EXIT_OK


def cmd_dossier(args: argparse.Namespace) -> int:
    from buurtdesk.core.documents.dossier import write_dossier
    from buurtdesk.core.errors import DocumentError
    from buurtdesk.core.store.output_paths import check_output

    check_output(args.output, database=db_path(args))
    lib = open_library(args)
    try:
        write_dossier(lib, args.neighbourhood, args.output, args.lang)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    print(f"dossier written to {args.output}")
    return EXIT_OK
