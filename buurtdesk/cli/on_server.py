"""BuurtDesk on a PostgreSQL server from the command line: which commands work there so far
(the others say so, in one line, before anything is opened) and the demo there.

Errors are ValueError: ``run`` prints them as one line, and this module need not import it.
"""

from __future__ import annotations

import argparse
import datetime as dt

# Commands that work on a server (``--db postgresql://...``) and are tested there.  Those that
# read or write files beside the database (backups, restores, erasure from backups, retention)
# come with the server's own backups.
SERVER_READY = frozenset(
    {
        "demo",
        "check",
        "db upgrade",
        "meeting list",
        "meeting add",
        "meeting set",
        "meeting choose",
        "meeting start",
        "import ballots",
        "export ranking",
        "export report",
        "export actions",
        "export feedback",
        "export invitation",
        "export slides",
        "export ballots",
        "export forms",
        "export dossier",
        "export reminders",
        "action hours",
        "action backlog",
        "import concerns",
        "action add",
        "action list",
        "export actions-csv",
        "export concerns-csv",
    }
)


def command_name(args: argparse.Namespace) -> str:
    command = str(getattr(args, "command", ""))
    action = getattr(args, f"{command}_command", None)
    return f"{command} {action}" if action else command


def server_ready(args: argparse.Namespace) -> None:
    """Refuse, before anything is opened, a command that does not work on a server yet."""
    from buurtdesk.core.store.dialect import is_server

    name = command_name(args)
    if is_server(getattr(args, "db", None)) and name not in SERVER_READY:
        raise ValueError(f"{name}: not available on a PostgreSQL server yet (only on a file)")


def demo_on_server(args: argparse.Namespace) -> int:
    """``demo --db URL``: the demo neighbourhood in a database that holds no BuurtDesk data."""
    from buurtdesk.core.demo.neighbourhood import populate_demo
    from buurtdesk.core.store.dialect import redacted
    from buurtdesk.core.store.library import Library

    if getattr(args, "force", False):
        raise ValueError("demo: --force is refused on a server (nothing there is ever dropped)")
    lib = Library(args.db)
    try:
        if lib.read_only or lib.counts()["neighbourhoods"]:
            raise ValueError(f"{redacted(args.db)}: already holds BuurtDesk data; nothing changed")
        with lib.session() as s, s.begin():
            populate_demo(s, dt.date.today())
    finally:
        lib.close()
    print(f"demo database written to {redacted(args.db)}")
    return 0
