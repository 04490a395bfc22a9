"""Command line for voting: ``meeting set``, ``meeting start``, ``meeting choose``,
``import ballots`` and ``export ranking``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.documents import warn_personal
from buurtdesk.cli.main import (
    EXIT_OK,
    EXIT_PARTIAL,
    CliError,
    db_option,
    db_path,
    group,
    ident,
    open_library,
    whole_or_none,
)

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.voting.rows import VotingSettings

METHODS = ("dots", "ranked", "approval")


def _meeting_option(parser: argparse.ArgumentParser) -> None:
    db_option(parser, top=False)
    parser.add_argument("--meeting", required=True, type=ident, metavar="ID", help="meeting id")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    msub = group(sub, "meeting", "list, add and set up meetings")
    mset = msub.add_parser("set", help="voting settings of a meeting")
    _meeting_option(mset)
    mset.add_argument("--method", choices=METHODS)
    # Whole numbers from 0 up: set_method refuses what is out of its own range in one sentence.
    mset.add_argument(
        "--choices", type=whole_or_none, metavar="K", help="places on a ranked ballot"
    )
    mset.add_argument("--dots", type=whole_or_none, metavar="N", help="dots per resident")
    mset.add_argument(
        "--max-per-concern",
        type=whole_or_none,
        metavar="M",
        help="dots one resident may put on a concern",
    )
    mset.add_argument(
        "--priorities", type=whole_or_none, metavar="N", help="how many priorities to pick"
    )
    mset.add_argument(
        "--residents", type=whole_or_none, metavar="N", help="residents present (0: unknown)"
    )
    mset.set_defaults(func=cmd_meeting_set)

    mstart = msub.add_parser("start", help="mark a planned meeting as under way")
    _meeting_option(mstart)
    mstart.set_defaults(func=cmd_meeting_start)

    mchoose = msub.add_parser("choose", help="store the top N of the ranking as priorities")
    _meeting_option(mchoose)
    mchoose.add_argument("--tie", metavar="K1,K2", help="concerns chosen from a tie at the cut")
    mchoose.add_argument("--how", choices=("revote", "agreed"), help="how the tie was resolved")
    mchoose.add_argument("--note", default="", help="the reason for an agreed choice")
    mchoose.set_defaults(func=cmd_meeting_choose)

    isub = group(sub, "import", "read data from a file")
    ib = isub.add_parser("ballots", help="import ballots (or concern,count tallies) from CSV")
    ib.add_argument("file", type=Path, metavar="FILE")
    _meeting_option(ib)
    ib.add_argument("--method", choices=METHODS)
    ib.set_defaults(func=cmd_import_ballots)

    esub = group(sub, "export", "write data to a file")
    er = esub.add_parser("ranking", help="the meeting's ranking as CSV")
    _meeting_option(er)
    er.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    er.add_argument("--excel-nl", action="store_true", help="semicolons, BOM, decimal commas")
    er.set_defaults(func=cmd_export_ranking)


def _settings_line(st: VotingSettings) -> str:
    present = "unknown" if st.residents_present is None else str(st.residents_present)
    return (
        f"meeting {st.meeting_id}: method {st.method.value}, {st.choices} ranked places, "
        f"{st.dots} dots per resident, at most {st.max_per_concern} per concern, "
        f"{st.priorities} priorities, residents present {present}"
    )


def cmd_meeting_set(args: argparse.Namespace) -> int:
    from buurtdesk.core.voting.counting import set_method

    lib = open_library(args)
    try:
        st = set_method(
            lib,
            args.meeting,
            method=args.method,
            choices=args.choices,
            dots=args.dots,
            max_per_concern=args.max_per_concern,
            priorities=args.priorities,
            residents_present=args.residents,
        )
        print(_settings_line(st))
    finally:
        lib.close()
    return EXIT_OK


def cmd_meeting_start(args: argparse.Namespace) -> int:
    from buurtdesk.core.voting.counting import start_meeting

    lib = open_library(args)
    try:
        started = start_meeting(lib, args.meeting)
    finally:
        lib.close()
    print(f"meeting {args.meeting} " + ("started" if started else "was already under way"))
    return EXIT_OK


def _require_started(lib: Library, meeting_id: int) -> None:
    """Votes and priorities only in a meeting that is under way or held (exit 1 otherwise)."""
    from buurtdesk.core.voting.counting import meeting_started

    if not meeting_started(lib, meeting_id):
        raise CliError(
            f"meeting {meeting_id} has not started yet: "
            f"start it first with `buurtdesk meeting start --meeting {meeting_id}`"
        )


def cmd_meeting_choose(args: argparse.Namespace) -> int:
    from buurtdesk.core.voting import counting as voting

    lib = open_library(args)
    try:
        _require_started(lib, args.meeting)
        if args.tie:
            if not args.how:
                raise CliError("--tie needs --how revote|agreed")
            codes = {c.code: c.id for c in voting.voting_concerns(lib, args.meeting)}
            chosen = []
            for raw in args.tie.split(","):
                code = "K" + raw.strip().lstrip("Kk")
                if code not in codes:
                    raise CliError(f"--tie: {raw.strip()!r} is no concern of this meeting")
                chosen.append(codes[code])
            voting.resolve_tie(lib, args.meeting, chosen, args.how, args.note)
        ids = voting.choose_priorities(lib, args.meeting)
        for p in voting.priorities(lib, args.meeting):
            if p.concern_id in ids:
                how = "" if p.tie_resolution.value == "none" else f"\t(tie: {p.tie_resolution})"
                print(f"{p.rank}\t{p.code}\t{p.title}{how}")
    finally:
        lib.close()
    return EXIT_OK


def cmd_import_ballots(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.paths import NOT_REGULAR, is_special
    from buurtdesk.core.voting.files import import_votes

    if is_special(args.file):
        raise CliError(f"{args.file}: {NOT_REGULAR}; give a saved CSV file")
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    lib = open_library(args)
    try:
        _require_started(lib, args.meeting)
        report = import_votes(lib, args.meeting, args.file, args.method)
    finally:
        lib.close()
    kind = "valid ballots" if report.kind == "ballots" else "concern counts"
    print(f"meeting {args.meeting} ({report.method.value}): {report.rows} rows read")
    print(f"counted: {report.counted} {kind}")
    if report.kind == "ballots" and not report.checked_against_print:
        print("not checked: no record of printed ballots for this meeting (numbers and choices)")
    sections = (
        ("invalid (counted as invalid)", report.invalid),
        ("present (already counted, not counted twice)", report.present),
        ("refused (not stored)", report.refused),
    )
    for title, lines in sections:
        if lines:
            print(f"{title}: {len(lines)}")
            for item in lines:
                print(f"  line {item.line}\t{item.key}\t{item.code}\t{item.reason}")
    for change in report.changes:
        if change.before is not None and change.before != change.after:
            print(f"recount {change.code}: {change.before} -> {change.after}")
    return EXIT_OK if report.all_counted else EXIT_PARTIAL


def cmd_export_ranking(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.output_paths import check_output
    from buurtdesk.core.voting.counting import meeting_ranking
    from buurtdesk.core.voting.files import write_ranking_csv

    check_output(args.output, database=db_path(args))
    lib = open_library(args)
    try:
        ranking = meeting_ranking(lib, args.meeting)
        write_ranking_csv(ranking, args.output, excel_nl=args.excel_nl)
        warn_personal(lib, args.meeting, "ranking")
    finally:
        lib.close()
    note = ""
    if ranking.tie_at_cut:
        tied = ", ".join(r.code for r in ranking.rows if r.chosen == "tie")
        note = f"; unresolved tie at the cut: {tied}"
    if not ranking.totals_ok:
        note += f"; totals differ: {ranking.total:g} scored, {ranking.expected_total:g} expected"
    print(f"{len(ranking.rows)} concerns written to {args.output}{note}")
    return EXIT_OK
