"""``buurtdesk action ...`` and the CSV exports of actions and concerns.

A meeting's follow-up from the command line: list the priorities with their actions and the
earlier actions to review, add an action, record an update, show an action's history, the hours
per partner and the backlog.  Output is tab-separated, one record a line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.documents import warn_personal
from buurtdesk.cli.main import (
    EXIT_OK,
    CliError,
    db_option,
    db_path,
    group,
    hours,
    ident,
    open_library,
)

if TYPE_CHECKING:
    from buurtdesk.core.actions.follow_up import ActionInfo
    from buurtdesk.core.store.library import Library

STATUSES = ("open", "in_progress", "done", "dropped")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction[Any]) -> None:
    export = group(sub, "export", "write documents and exports of a meeting")
    for name, helptext, func in (
        ("actions-csv", "the meeting's actions and reviewed actions as CSV", cmd_actions_csv),
        ("concerns-csv", "the meeting's concerns (public columns) as CSV", cmd_concerns_csv),
    ):
        p = export.add_parser(name, help=helptext)
        db_option(p)
        p.add_argument("--meeting", required=True, type=ident, metavar="ID")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
        p.set_defaults(func=func)

    act = group(sub, "action", "agreed actions: list, add, update, history, hours, backlog")
    for name, helptext, func in (
        ("list", "priorities with their actions, then earlier actions to review", cmd_list),
        ("hours", "hours per partner: offered, planned, spent", cmd_hours),
        ("backlog", "concerns not chosen, recurring ones first", cmd_backlog),
    ):
        p = act.add_parser(name, help=helptext)
        db_option(p)
        p.add_argument("--meeting", required=True, type=ident, metavar="ID")
        p.set_defaults(func=func)

    add = act.add_parser("add", help="add an action to a priority; prints its id")
    db_option(add)
    add.add_argument("--priority", required=True, type=ident, metavar="ID")
    add.add_argument("--description", required=True, metavar="TEXT")
    add.add_argument("--partner", required=True, metavar="NAME", help='e.g. "Bewoners"')
    add.add_argument("--person", default="", metavar="NAME", help="responsible person")
    add.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--hours", type=hours, metavar="N", help="hours planned")
    _name_on_list(add)
    add.set_defaults(func=cmd_add)

    upd = act.add_parser("update", help="record what became of an action; prints the update id")
    db_option(upd)
    upd.add_argument("--action", required=True, type=ident, metavar="ID")
    upd.add_argument("--status", choices=STATUSES, help="needed unless only --name-on-list")
    upd.add_argument("--note", default="", metavar="TEXT", help="required when dropped")
    upd.add_argument("--hours", type=hours, metavar="N", help="hours spent")
    upd.add_argument("--meeting", type=ident, metavar="ID", help="the meeting that reviewed it")
    upd.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    _name_on_list(upd)
    upd.set_defaults(func=cmd_update)

    hist = act.add_parser("history", help="an action and all its updates")
    db_option(hist)
    hist.add_argument("--action", required=True, type=ident, metavar="ID")
    hist.set_defaults(func=cmd_history)


def _name_on_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--name-on-list",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a resident's name may go on the actielijst (the chair's tick)",
    )


def _run(args: argparse.Namespace, work: object) -> int:
    from buurtdesk.core.errors import ActionError

    lib = open_library(args)
    try:
        assert callable(work)
        work(lib)
    except ActionError as exc:
        raise CliError(str(exc)) from None
    finally:
        lib.close()
    return EXIT_OK


def _meeting(lib: Library, meeting_id: int) -> None:
    if meeting_id not in {m.id for m in lib.meetings()}:
        raise CliError(f"no meeting with id {meeting_id}")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _line(kind: str, a: ActionInfo, rank: str = "") -> str:
    due = a.due_date.isoformat() if a.due_date else ""
    fields = [kind, str(a.id), rank, a.concern_code, str(a.status), a.owner, a.responsible_person]
    fields += [due, _num(a.hours_planned), _num(a.hours_spent), a.description]
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)


def cmd_actions_csv(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.overview import write_actions_csv
    from buurtdesk.core.store.output_paths import check_output

    check_output(args.output, database=db_path(args))

    def work(lib: Library) -> None:
        _meeting(lib, args.meeting)
        n = write_actions_csv(lib, args.meeting, args.output)
        print(f"{n} actions written to {args.output}")
        warn_personal(lib, args.meeting, "actions")

    return _run(args, work)


def cmd_concerns_csv(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.overview import write_concerns_csv
    from buurtdesk.core.store.output_paths import check_output

    check_output(args.output, database=db_path(args))

    def work(lib: Library) -> None:
        _meeting(lib, args.meeting)
        n = write_concerns_csv(lib, args.meeting, args.output)
        print(f"{n} concerns written to {args.output}")
        warn_personal(lib, args.meeting, "concerns")

    return _run(args, work)


def cmd_list(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.follow_up import priorities, review

    def work(lib: Library) -> None:
        _meeting(lib, args.meeting)
        for p in priorities(lib, args.meeting):
            print(f"priority\t{p.id}\t{p.rank}\t{p.concern_code}\t{p.score:g}\t{p.title}")
            for a in p.actions:
                print(_line("action", a, str(p.rank)))
        for item in review(lib, args.meeting):
            stalled = "stalled" if item.stalled else ""
            print(f"{_line('review', item.action)}\t{item.meetings_open}\t{stalled}")

    return _run(args, work)


def cmd_hours(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.overview import partner_hours

    def work(lib: Library) -> None:
        _meeting(lib, args.meeting)
        for r in partner_hours(lib, args.meeting):
            flag = "OVER" if r.over else ""
            print(f"{r.partner}\t{_num(r.offered)}\t{r.planned:g}\t{r.spent:g}\t{flag}")

    return _run(args, work)


def cmd_backlog(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.overview import backlog

    def work(lib: Library) -> None:
        _meeting(lib, args.meeting)
        for r in backlog(lib, args.meeting):
            print(f"{r.code}\t{r.meetings}\t{r.residents}\t{r.title}")

    return _run(args, work)


def cmd_add(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.edit import add_action
    from buurtdesk.core.actions.follow_up import ActionFields, partners

    def work(lib: Library) -> None:
        wanted = args.partner.strip().casefold()
        known = partners(lib, active_only=False)
        match = [p.id for p in known if p.name.casefold() == wanted]
        if not match:
            names = ", ".join(p.name for p in known)
            raise CliError(f"no partner named {args.partner!r}; known: {names}")
        values = ActionFields(
            args.description,
            match[0],
            args.person,
            args.due,
            args.hours,
            result="",
            name_on_list=bool(args.name_on_list),
        )
        print(add_action(lib, args.priority, values))

    return _run(args, work)


def cmd_update(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.edit import add_update, set_name_on_list
    from buurtdesk.core.enums import ActionStatus

    if args.status is None and args.name_on_list is None:
        raise CliError("give --status (and what became of the action) or --name-on-list")

    def work(lib: Library) -> None:
        if args.meeting is not None:
            _meeting(lib, args.meeting)
        if args.name_on_list is not None:
            set_name_on_list(lib, args.action, args.name_on_list)
        if args.status is None:
            allowed = "may" if args.name_on_list else "may not"
            print(f"action {args.action}: a resident's name {allowed} go on the actielijst")
            return
        update = add_update(
            lib,
            args.action,
            ActionStatus(args.status),
            args.note,
            args.hours,
            date=args.date,
            meeting_id=args.meeting,
        )
        print(update)

    return _run(args, work)


def cmd_history(args: argparse.Namespace) -> int:
    from buurtdesk.core.actions.follow_up import history

    def work(lib: Library) -> None:
        info, updates = history(lib, args.action)
        print(_line("action", info))
        for u in updates:
            note = u.note.replace("\t", " ").replace("\n", " ")
            print(f"update\t{u.date.isoformat()}\t{u.status}\t{_num(u.hours_spent)}\t{note}")

    return _run(args, work)
