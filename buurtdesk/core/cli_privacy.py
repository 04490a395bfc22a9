"""Personal data from the command line: inspection, deletion, retention, anonymised copy."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from buurtdesk.core.cli import EXIT_OK, CliError, db_option, db_path, group, open_library


def register(sub: argparse._SubParsersAction) -> None:
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
    show.add_argument("id", type=int)
    db_option(show)
    show.set_defaults(func=cmd_show)
    delete = person.add_parser("delete", help="delete one person's data; the concerns stay")
    delete.add_argument("id", type=int)
    db_option(delete)
    delete.set_defaults(func=cmd_delete)

    retention = sub.add_parser("retention", help="preview or apply the retention period")
    db_option(retention)
    retention.add_argument("--months", type=int, help="set the retention period first")
    retention.add_argument("--apply", action="store_true", help="anonymise what the preview lists")
    retention.set_defaults(func=cmd_retention)


def cmd_export_anonymised(args: argparse.Namespace) -> int:
    from buurtdesk.core.output_paths import check_output, replace_together
    from buurtdesk.core.privacy import export_anonymised

    output = check_output(args.output, database=db_path(args))
    if output.exists():
        raise CliError(f"{output} already exists")
    lib = open_library(args)
    try:
        # Under a temporary name that the next write in the folder sweeps if this one is
        # killed: the copy holds personal data until it is scrubbed.
        replace_together([(output, lambda tmp: export_anonymised(lib, tmp))])
        print(output)
    finally:
        lib.close()
    return EXIT_OK


def cmd_find(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy import find_people

    lib = open_library(args)
    try:
        for p in find_people(lib, args.query):
            print(f"{p.id}\t{p.name}\t{p.phone}\t{p.email}\t{p.reports}")
    finally:
        lib.close()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy import inspection

    lib = open_library(args)
    try:
        print(json.dumps(inspection(lib, args.id), ensure_ascii=False, indent=2))
    finally:
        lib.close()
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy import delete_person

    lib = open_library(args)
    try:
        kept = delete_person(lib, args.id)
    finally:
        lib.close()
    print(f"deleted person {args.id}; {kept} report(s) kept without personal data")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy import (
        anonymise,
        retention_candidates,
        retention_months,
        set_retention_months,
    )

    lib = open_library(args)
    try:
        if args.months is not None:
            if args.months < 1:
                raise CliError("--months must be at least 1")
            set_retention_months(lib, args.months)
        people = retention_candidates(lib)
        print(f"retention: {retention_months(lib)} months; {len(people)} person(s) due")
        for p in people:
            print(f"{p.id}\t{p.reports} report(s)")
        if args.apply:
            print(f"anonymised {anonymise(lib, [p.id for p in people])} person(s)")
    finally:
        lib.close()
    return EXIT_OK
