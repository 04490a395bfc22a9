"""``buurtdesk import scans`` and ``buurtdesk scans list``: printed ballots read back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from buurtdesk.cli.main import EXIT_OK, EXIT_PARTIAL, CliError, db_option, group, open_library
from buurtdesk.core.errors import UnknownMeetingError


def register(sub: argparse._SubParsersAction[Any]) -> None:
    isub = group(sub, "import", "read data from a file")
    cmd = isub.add_parser(
        "scans", help="read printed ballots from scans or photos (PDF, PNG, JPEG, TIFF)"
    )
    cmd.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    db_option(cmd)
    cmd.add_argument("--meeting", type=int, required=True, metavar="ID")
    cmd.add_argument("--report", type=Path, metavar="FILE.csv", help="one row per page read")
    cmd.set_defaults(func=cmd_import_scans)

    ssub = group(sub, "scans", "the pages read from scanned ballots")
    ls = ssub.add_parser("list", help="one tab-separated line per page read")
    db_option(ls)
    ls.add_argument("--meeting", type=int, required=True, metavar="ID")
    ls.set_defaults(func=cmd_scans_list)


def _line(p: Any) -> str:
    return "\t".join((p.file, str(p.page), p.sheet, p.status, p.reason))


def cmd_import_scans(args: argparse.Namespace) -> int:
    from buurtdesk.core.scans.importing import import_scans
    from buurtdesk.core.scans.listing import figures
    from buurtdesk.core.store.output_paths import check_output

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        raise CliError(f"{missing[0]}: no such file or folder")
    if args.report is not None:
        check_output(args.report, database=Path(args.db), inputs=list(args.paths))
    lib = open_library(args)
    try:
        report = import_scans(lib, args.meeting, list(args.paths))
        totals = figures(lib, args.meeting)
    except UnknownMeetingError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    for page in report.pages:
        if page.status not in ("counted", "invalid"):
            print(_line(page))
    for page in report.small_prints():
        print(
            f"warning: {page.file} page {page.page} was printed at {page.scale:.0%} of its size; "
            "print ballots at 100% (no 'fit to page')",
            file=sys.stderr,
        )
    print(f"meeting {args.meeting}: {len(report.pages)} pages read in this import")
    for line in totals.lines():
        print(line)
    if args.report is not None:
        _write_report(args.report, report.pages)
    return EXIT_OK if report.all_done else EXIT_PARTIAL


def _write_report(path: Path, pages: list[Any]) -> None:
    from buurtdesk.core.store.csv_safe import safe_writer
    from buurtdesk.core.store.output_paths import replace_atomically

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = safe_writer(f, lineterminator="\r\n")
            writer.writerow(("file", "page", "sheet", "status", "reason", "scale"))
            for p in pages:
                scale = "" if p.scale is None else f"{p.scale:.3f}"
                writer.writerow((p.file, p.page, p.sheet, p.status, p.reason, scale))

    replace_atomically(path, write)


def cmd_scans_list(args: argparse.Namespace) -> int:
    from buurtdesk.core.scans.listing import scan_pages

    lib = open_library(args)
    try:
        pages = scan_pages(lib, args.meeting)
    except UnknownMeetingError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    for page in pages:
        print(_line(page))
    return EXIT_OK
