"""Every command of the command line, read from its parser, with made-up arguments.

So a test of "every command" covers a command added later without being told about it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtdesk.cli.main import build_parser, ident, whole


def _walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= _walk(sub, (*prefix, name))
            return found
    found[" ".join(prefix)] = [a for a in parser._actions if a.dest != "help"]
    return found


def every_command() -> list[str]:
    return sorted(_walk(build_parser(), ()))


# Commands whose options are each optional but that need one of them.
NEEDS_ONE = {"action update": ["--status", "open"]}


def argv_for(
    command: str, db: Path, folder: Path, meeting: int = 1, neighbourhood: str = "Dorpsstraat"
) -> list[str]:
    """``command`` with every required argument made up: numbers 1 (``meeting`` for
    ``--meeting``), dates, the first choice, an existing CSV for an input file, a new file in
    ``folder`` for an output, ``neighbourhood`` for ``--neighbourhood``."""
    actions = _walk(build_parser(), ())[command]
    argv = [*command.split(), "--db", str(db), *NEEDS_ONE.get(command, [])]
    source = folder / "invoer.csv"
    if not source.exists():
        source.write_text("Formuliernummer;Omschrijving\n1;Losse tegels\n", encoding="utf-8")
    for action in actions:
        if action.option_strings and not action.required:
            continue
        if action.dest in ("db", "command") or action.dest.endswith("_command"):
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.dest == "meeting":
            value = str(meeting)
        elif action.type in (int, ident, whole):
            value = "1"
        elif action.dest == "neighbourhood":
            value = neighbourhood
        elif action.dest == "date":
            value = "2026-05-01"
        elif action.dest in ("output", "report", "csv"):
            value = str(folder / f"uit-{command.replace(' ', '-')}")
        elif action.type is Path:
            value = str(source)
        else:
            value = "Dorpsstraat"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv
