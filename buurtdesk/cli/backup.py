"""``buurtdesk backup`` and ``buurtdesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from buurtdesk.cli.main import EXIT_OK, CliError, db_option, existing_db


def register(sub: argparse._SubParsersAction[Any]) -> None:
    backup = sub.add_parser("backup", help="copy the database safely, even while it is open")
    db_option(backup)
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to write it")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="put a backup in place (the current file is kept)")
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    restore.add_argument(
        "--bring-back-deleted",
        action="store_true",
        help="restore even when the backup holds people deleted since",
    )
    db_option(restore)
    restore.set_defaults(func=cmd_restore)

    backups = sub.add_parser("backups", help="list the automatic backups of a database")
    db_option(backups)
    backups.set_defaults(func=cmd_list)


def cmd_backup(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.backup import make_backup
    from buurtdesk.core.store.db import inspect_file

    path = existing_db(args)
    inspect_file(path)
    if args.output is not None:
        from buurtdesk.core.store.output_paths import check_output

        if args.output.is_file() and not args.output.is_symlink():
            raise CliError(f"{args.output} already exists; choose another name")
        check_output(args.output, database=path)
    print(make_backup(path, "manual", target=args.output))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.backup import deleted_in_backup, restore

    path = existing_db(args)
    if args.backup_file.resolve() == path.resolve():
        raise CliError("the backup and the database are the same file")
    deleted = deleted_in_backup(args.backup_file, path)
    people = "1 person" if deleted == 1 else f"{deleted} people"
    if deleted and not args.bring_back_deleted:
        raise CliError(
            f"this backup holds {people} deleted since; restoring it brings their personal "
            "data back (add --bring-back-deleted to restore anyway)"
        )
    safety = restore(args.backup_file, path)
    print(f"restored {args.backup_file} to {path}; the previous file was saved as {safety}")
    if deleted:
        print(f"brought back {deleted} deleted {'person' if deleted == 1 else 'people'}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.backup import backup_dir, list_backups

    path = existing_db(args)
    print(f"# {backup_dir(path)}")
    for info in list_backups(path):
        print(f"{info.made:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.size}\t{info.path}")
    return EXIT_OK
