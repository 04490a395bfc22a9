"""``buurtdesk db upgrade``: a server's BuurtDesk schema brought to this version (a server is
never migrated by opening it; a file is, with its backup, so there it only opens the file)."""

from __future__ import annotations

import argparse
from typing import Any
from urllib.parse import urlsplit

from buurtdesk.cli.main import EXIT_OK, db_option, group, open_library


def register(sub: argparse._SubParsersAction[Any]) -> None:
    db = group(sub, "db", "the database on a PostgreSQL server")
    up = db.add_parser("upgrade", help="bring a server's BuurtDesk schema to this version")
    db_option(up)
    up.set_defaults(func=cmd_upgrade)


def cmd_upgrade(args: argparse.Namespace) -> int:
    from buurtdesk.core.store import server
    from buurtdesk.core.store.dialect import is_server, redacted

    if not is_server(getattr(args, "db", None)):  # a file is updated by opening it
        lib = open_library(args, writes=True)
        try:
            print(f"{lib.path}: schema version {lib.schema_version}")
        finally:
            lib.close()
        return EXIT_OK
    schema, name = server.schema_of(args.db), urlsplit(args.db).path.lstrip("/")
    print(
        f"take a copy first: pg_dump --format=custom --schema={schema} "
        f"--file=buurtdesk-before-upgrade.dump {name} (it holds personal data: keep it as "
        "safely as the database and delete it when the retention period ends)"
    )
    before, after = server.upgrade(args.db)
    if before == after:
        print(f"{redacted(args.db)}: already at schema version {after}")
    else:
        print(f"{redacted(args.db)}: schema version {before} upgraded to {after}")
    return EXIT_OK
