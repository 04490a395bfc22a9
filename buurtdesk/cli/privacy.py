"""Personal data from the command line: inspection, deletion, retention, anonymised copy."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.main import EXIT_OK, CliError, db_option, db_path, group, ident, open_library

if TYPE_CHECKING:
    from buurtdesk.core.privacy.personal import Erasure

MIN_MONTHS, MAX_MONTHS = 1, 120  # privacy.MIN_MONTHS/MAX_MONTHS, without importing the ORM


def register(sub: argparse._SubParsersAction[Any]) -> None:
    anon = group(sub, "export", "write documents and exports").add_parser(
        "anonymised", help="a copy of the whole file with all personal data removed"
    )
    db_option(anon)
    anon.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    anon.set_defaults(func=cmd_export_anonymised)

    person = group(sub, "person", "find, show (inspection) or delete a resident's data")
    find = person.add_parser("find", help="people whose name, phone, e-mail or address matches")
    find.add_argument("query")
    db_option(find)
    find.set_defaults(func=cmd_find)
    show = person.add_parser("show", help="everything held on one person, as JSON")
    show.add_argument("id", type=ident)
    db_option(show)
    show.set_defaults(func=cmd_show)
    delete = person.add_parser("delete", help="delete one person's data; the concerns stay")
    delete.add_argument("id", type=ident)
    db_option(delete)
    delete.set_defaults(func=cmd_delete)

    retention = sub.add_parser("retention", help="preview or apply the retention period")
    db_option(retention)
    retention.add_argument(
        "--months",
        type=_months,
        metavar=f"{MIN_MONTHS}-{MAX_MONTHS}",
        help="set the retention period first",
    )
    retention.add_argument("--apply", action="store_true", help="anonymise what the preview lists")
    retention.set_defaults(func=cmd_retention)


def _months(text: str) -> int:
    try:
        months = int(text)
    except ValueError:
        months = 0
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of months from {MIN_MONTHS} to {MAX_MONTHS}, not {text!r}"
        )
    return months


def _erased_line(done: Erasure) -> str:
    return f"backups: {done.backups_rewritten} rewritten, {done.backups_removed} removed"


def _unfinished(done: Erasure, path: Path) -> None:
    """A warning when another program's reading keeps the erased data in the file for now."""
    if not done.file_clean:
        print(
            f"warning: another program is reading {path}; the erasure completes in the file "
            "when that program closes it, or else when BuurtDesk next opens the file",
            file=sys.stderr,
        )


def _unsearched(tables: tuple[str, ...]) -> None:
    """A note on stderr when the file holds tables BuurtDesk does not know."""
    from buurtdesk.core.store.schema_guard import unknown_tables_note

    if tables:
        note = unknown_tables_note(tables)
        print(f"note: {note}; not searched, so personal data may remain there", file=sys.stderr)


def cmd_export_anonymised(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.personal import export_anonymised
    from buurtdesk.core.store.output_paths import check_output

    output = check_output(args.output, database=db_path(args))
    if output.exists():
        raise CliError(f"{output} already exists")
    lib = open_library(args)
    try:
        # Scrubbed in memory, written under a temporary name the next write there sweeps.
        notes: list[str] = []
        print(export_anonymised(lib, output, notes))
    finally:
        lib.close()
    for line in notes:
        print(f"warning: {line}", file=sys.stderr)
    return EXIT_OK


def cmd_find(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.personal import find_people

    lib = open_library(args)
    try:
        for p in find_people(lib, args.query):
            print(f"{p.id}\t{p.name}\t{p.phone}\t{p.email}\t{p.reports}")
    finally:
        lib.close()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.personal import inspection

    lib = open_library(args)
    try:
        print(json.dumps(inspection(lib, args.id), ensure_ascii=False, indent=2))
    finally:
        lib.close()
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.personal import erase_people

    lib = open_library(args)
    try:
        done = erase_people(lib, [args.id], delete=True)
    finally:
        lib.close()
    if done.people:
        print(f"deleted person {args.id}; {done.reports} report(s) kept without personal data")
    else:  # an earlier delete of this person was stopped part-way: this one finished it
        print(f"person {args.id} was already deleted from the file; finished erasing it")
    print(_erased_line(done))
    _unfinished(done, lib.path)
    _unsearched(done.unsearched)
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import delete_contact, retention_due
    from buurtdesk.core.privacy.personal import (
        erase_people,
        retention_candidates,
        retention_months,
        set_retention_months,
    )

    lib = open_library(args)
    try:
        if args.months is not None:
            set_retention_months(lib, args.months)
        people = retention_candidates(lib)
        print(f"retention: {retention_months(lib)} months; {len(people)} person(s) due")
        for p in people:
            print(f"{p.id}\t{p.reports} report(s)")
        months = retention_months(lib)
        cutoff = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(
            days=round(months * 30.44)
        )
        contacts = retention_due(lib, cutoff)
        print(f"{len(contacts)} partner contact(s) due (partner no longer at the table)")
        for c in contacts:
            print(f"contact {c.id}\t{c.partner}")
        if args.apply:
            done = erase_people(lib, [p.id for p in people], delete=False)
            print(f"anonymised {done.people} person(s)")
            print(_erased_line(done))
            _unfinished(done, lib.path)
            for c in contacts:
                delete_contact(lib, c.id)
            print(f"deleted {len(contacts)} partner contact(s)")
        _unsearched(lib.unknown_tables())
    finally:
        lib.close()
    return EXIT_OK
