"""The command line.  Messages are in English and machine output is stable, for scripts.

Exit codes: 0 success; 2 finished but refused some rows; 1 an error that changed nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk import __version__
from buurtdesk.core.store.dialect import db_target, is_server, redacted

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

# Each area adds its own subcommands: a module with ``register(sub)``, which may call
# ``group(sub, "import", ...)`` to share a verb with other areas.
COMMAND_MODULES: tuple[str, ...] = (
    "buurtdesk.cli.backup",
    "buurtdesk.cli.privacy",
    "buurtdesk.cli.actions",
    "buurtdesk.cli.slides",
    "buurtdesk.cli.voting",
    "buurtdesk.cli.documents",
    "buurtdesk.cli.committee",
    "buurtdesk.cli.concerns",
    "buurtdesk.cli.partners",
    "buurtdesk.cli.keeping",
    "buurtdesk.cli.scans",
    "buurtdesk.cli.city",
    "buurtdesk.cli.server_db",
)

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 2


class CliError(Exception):
    """An error to print as one line; nothing was changed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')")


def ident(text: str) -> int:
    """An id: a whole number from 1 to 2^63-1 (argparse ``type``)."""
    return whole(text, what="an id")


def whole(text: str, low: int = 1, what: str = "the number") -> int:
    """A whole number from ``low`` to 2^63-1 (argparse ``type``)."""
    from buurtdesk.core.ranges import parse_whole

    try:
        return parse_whole(text, what, low)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def whole_or_none(text: str) -> int:
    """A whole number from 0 ("none") to 2^63-1 (argparse ``type``)."""
    return whole(text, 0)


def hours(text: str) -> float:
    """Hours from 0 to 10,000 with at most two decimals (argparse ``type``)."""
    from buurtdesk.core.ranges import parse_hours

    try:
        return parse_hours(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


def db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # --db may stand before or after the subcommand; the subcommand's copy must not
    # overwrite a value given before it, hence SUPPRESS there.
    parser.add_argument(
        "--db",
        type=db_target,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="the BuurtDesk database file, or postgresql://user@host:port/dbname",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="buurtdesk", description="BuurtDesk: neighbourhood meetings.")
    parser.add_argument("--version", action="version", version=f"BuurtDesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen on a temporary demo file, render a slide and a PDF",
    )
    db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    demo = sub.add_parser("demo", help="write a demo database")
    db_option(demo, top=False)
    demo.add_argument("--force", action="store_true", help="overwrite an existing file")
    demo.add_argument("--neighbourhood", metavar="NAME", help="another neighbourhood's name")
    demo.add_argument("--seed", type=int, metavar="N", help="other (seeded) content")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="integrity check; print schema version and counts")
    db_option(check, top=False)
    check.set_defaults(func=cmd_check)

    msub = group(sub, "meeting", "list, add and set up meetings")
    mlist = msub.add_parser("list", help="one line per meeting, oldest first")
    db_option(mlist, top=False)
    mlist.set_defaults(func=cmd_meeting_list)
    madd = msub.add_parser("add", help="add a meeting; prints its id")
    db_option(madd, top=False)
    madd.add_argument("--neighbourhood", required=True, metavar="NAME")
    madd.add_argument("--date", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    madd.add_argument(
        "--create", action="store_true", help="make a new database file when --db is missing"
    )
    madd.set_defaults(func=cmd_meeting_add)
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return parser


def group(
    sub: argparse._SubParsersAction[Any], name: str, help_text: str
) -> argparse._SubParsersAction[Any]:
    """The subcommands of a shared verb (``meeting``, ``import``, ``export``), made once per
    parser: kept on ``sub`` itself, so a new parser never finds an old parser's group."""
    groups: dict[str, argparse._SubParsersAction[Any]]
    groups = sub.__dict__.setdefault("buurtdesk_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=help_text)
        parser.set_defaults(func=lambda args: _needs(parser))
        groups[name] = parser.add_subparsers(
            dest=f"{name}_command", parser_class=_Parser, metavar="ACTION"
        )
    return groups[name]


def _needs(parser: argparse.ArgumentParser) -> int:
    raise CliError(f"{parser.prog}: choose an action (see '{parser.prog} --help')")


def db_path(args: argparse.Namespace) -> Path:
    if args.db is None:
        raise CliError(f"{args.command}: --db PATH is required")
    return Path(args.db)


def existing_db(args: argparse.Namespace) -> Path:
    """``--db``, which must exist: a mistyped path is refused, and nothing is created."""
    path = not_special(db_path(args))
    if not os.path.lexists(path):
        raise CliError(f"{path}: no such file (only 'demo' and 'meeting add --create' make one)")
    return path


def not_special(path: Path) -> Path:
    """``path``, unless it is a named pipe, a device or a socket (reading it could hang)."""
    from buurtdesk.core.store.paths import NOT_REGULAR, is_special

    if is_special(path):
        raise CliError(f"{path}: {NOT_REGULAR}, not a BuurtDesk database")
    return path


# Commands that only read the database: they open a current file read-only, so they work on a
# read-only file, folder or disk.  A file that still needs its update, or that carries SQL of
# its own (triggers, views), is opened for writing: that updates it or drops them first.
LOOKING = {"check", "meeting list", "person show", "person find", "action list"}
LOOKING |= {"action history", "action hours", "action backlog", "export", "scans list"}


def _looking(args: argparse.Namespace) -> bool:
    command = str(args.command)
    action = getattr(args, f"{command}_command", None)
    return command in LOOKING or f"{command} {action}" in LOOKING


def open_library(
    args: argparse.Namespace, *, create: bool = False, writes: bool = False
) -> Library:
    from buurtdesk.core.store.db import SCHEMA_VERSION
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.schema_guard import glance

    if is_server(args.db):
        return Library(args.db, create=create, read_only=_looking(args) and not writes)
    path = not_special(db_path(args)) if create else existing_db(args)
    if _looking(args) and not writes:
        version, foreign = glance(path)
        if version == SCHEMA_VERSION and (args.command == "check" or not foreign):
            return Library(path, create=False, read_only=True)
    lib = Library(path, create=create)
    if lib.backup_error is not None:
        print(
            f"warning: the automatic backup of {path} failed ({lib.backup_error}); "
            "the command went on",
            file=sys.stderr,
        )
    if lib.removed:
        from buurtdesk.core.store.schema_guard import notice

        print(f"note: {path}: {notice(lib.removed)}", file=sys.stderr)
    return lib


def cmd_demo(args: argparse.Namespace) -> int:
    from buurtdesk.core.demo.create import create_demo

    if is_server(args.db):
        from buurtdesk.cli.on_server import demo_on_server

        return demo_on_server(args)
    path = not_special(db_path(args))
    if path.exists() and not args.force:
        raise CliError(f"{path} already exists; use --force to overwrite it")
    name = (args.neighbourhood or "").strip() or None
    create_demo(path, force=args.force, name=name, seed=args.seed)
    print(f"demo database written to {path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.schema_guard import glance, unknown_tables_note

    lib = open_library(args)
    try:
        foreign = glance(lib.path)[1] if lib.read_only and not lib.url else ()
        unknown = lib.unknown_tables()
        integrity = lib.integrity()
        print(f"database: {redacted(lib.url)}" if lib.url else f"file: {lib.path}")
        print(f"schema version: {lib.schema_version}")
        print(f"integrity: {integrity}")
        for name, count in lib.counts().items():
            print(f"{name}: {count}")
    finally:
        lib.close()
    if foreign:  # they stay until the file is opened for writing, which drops them
        print(f"not BuurtDesk's: {', '.join(foreign)} (dropped when opened for editing)")
    if unknown:  # someone's own work, perhaps: named, never dropped
        print(f"not BuurtDesk's: {unknown_tables_note(unknown)}")
    return EXIT_OK if integrity == "ok" and not foreign and not unknown else EXIT_ERROR


def cmd_meeting_list(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        for m in lib.meetings():
            print(f"{m.id}\t{m.neighbourhood}\t{m.date.isoformat()}\t{m.status.value}")
    finally:
        lib.close()
    return EXIT_OK


def cmd_meeting_add(args: argparse.Namespace) -> int:
    name = args.neighbourhood.strip()
    if not name:
        raise CliError("--neighbourhood must not be empty")
    lib = open_library(args, create=args.create)
    try:
        hood = lib.neighbourhood_id(name, create=True)
        assert hood is not None
        print(lib.add_meeting(hood, args.date))
    finally:
        lib.close()
    return EXIT_OK


def sweep_leftovers(args: argparse.Namespace) -> None:
    """Remove what killed exports and backups left (``output_paths.sweep``) in the folders this
    command may write into: the database's, its backup folder and each output's; say so."""
    from buurtdesk.core.store.backup import backup_dir
    from buurtdesk.core.store.output_paths import sweep_folders

    folders: list[Path] = []
    if getattr(args, "db", None) is not None and not is_server(args.db):
        folders += [Path(args.db).parent, backup_dir(Path(args.db))]
    for name in ("output", "report", "csv"):
        value = getattr(args, name, None)
        if value is not None and str(value) != "-":
            folders.append(Path(value) if Path(value).is_dir() else Path(value).parent)
    for folder, count in sweep_folders(folders).items():
        files = "file" if count == 1 else "files"
        print(
            f"note: removed {count} temporary {files} left by an interrupted export or backup "
            f"in {folder}",
            file=sys.stderr,
        )


def _self_test() -> int:
    from buurtdesk.gui.self_test import run as run_self_test

    return run_self_test()


def _open_window(args: argparse.Namespace) -> int:
    from buurtdesk.gui.app import main as gui_main

    if is_server(args.db):
        raise CliError("the window cannot open a PostgreSQL server yet; use the command line")
    return gui_main(db_path=args.db)


def window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (none, or ``--db PATH``), without building
    the parser: its subcommands import a dozen modules, some 20 ms the window should not wait."""
    if not argv:
        return argparse.Namespace(db=None, self_test=False)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=db_target(argv[1]), self_test=False)
    return None


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run; return the exit code.  Errors become one line on stderr."""
    try:
        given = sys.argv[1:] if argv is None else list(argv)
        args = window_only(given) or build_parser().parse_args(given)
        if args.self_test:
            return _self_test()
        func: Callable[[argparse.Namespace], int] = getattr(args, "func", _open_window)
        if func is not _open_window:
            from buurtdesk.cli.on_server import server_ready

            server_ready(args)
            sweep_leftovers(args)
        return func(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except BrokenPipeError:  # output piped into `head`: stop quietly
        return EXIT_OK
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
    except Exception as exc:  # never a traceback for the user
        # A refused file is expected, not unexpected.  The db module is not imported up
        # front: opening the window must not wait for it.
        db = sys.modules.get("buurtdesk.core.store.db")
        if db is not None and isinstance(exc, db.DatabaseFileError):
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        if os.environ.get("BUURTDESK_DEBUG"):
            raise
        print(f"error: {_unexpected(exc)}", file=sys.stderr)
    return EXIT_ERROR


def _unexpected(exc: Exception) -> str:
    """The error in words; for SQLAlchemy's, SQLite's own message without the statement and
    its parameters (they may hold a resident's details)."""
    if type(exc).__module__.startswith("sqlalchemy"):
        cause = getattr(exc, "orig", None)
        why = f" ({str(cause).splitlines()[0]})" if cause is not None and str(cause) else ""
        return f"the file refused the change{why}; the change was not saved"
    return f"unexpected {type(exc).__name__}: {exc}"


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(run(argv))
