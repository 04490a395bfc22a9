"""``buurtdesk committee``: the committee's sender details of a neighbourhood, shown or set.

They are printed on the feedback letters, the flyer and the forms' privacy notice.
"""

from __future__ import annotations

import argparse
from typing import Any

from buurtdesk.cli.main import EXIT_OK, CliError, db_option, open_library


def register(sub: argparse._SubParsersAction[Any]) -> None:
    cmd = sub.add_parser(
        "committee",
        help="show or set the committee's name, postal address and contact (printed on "
        "letters, the flyer and the forms)",
    )
    db_option(cmd)
    cmd.add_argument("--neighbourhood", required=True, metavar="NAME")
    cmd.add_argument("--name", default=None, help="the committee's name")
    cmd.add_argument(
        "--address", default=None, help="its postal address; lines separated by ';' or '\\n'"
    )
    cmd.add_argument("--contact", default=None, help="an e-mail address or phone number")
    cmd.set_defaults(func=cmd_committee)


def cmd_committee(args: argparse.Namespace) -> int:
    from buurtdesk.core.store.committee import Committee, load_committee, save_committee

    changes = {k: getattr(args, k) for k in ("name", "address", "contact")}
    writes = any(v is not None for v in changes.values())
    lib = open_library(args, writes=writes)
    try:
        hood = lib.neighbourhood_id(args.neighbourhood.strip())
        if hood is None:
            raise CliError(f"no neighbourhood named {args.neighbourhood!r}")
        current = load_committee(lib, hood)
        if writes:
            if changes["address"] is not None:
                changes["address"] = "\n".join(changes["address"].replace(";", "\n").splitlines())
            values = {k: v if v is not None else getattr(current, k) for k, v in changes.items()}
            try:
                save_committee(lib, hood, Committee(**values))
            except ValueError as exc:
                raise CliError(str(exc)) from None
            current = load_committee(lib, hood)
    finally:
        lib.close()
    print(f"name: {current.name}")
    print(f"address: {'; '.join(current.address_lines)}")
    print(f"contact: {current.contact}")
    return EXIT_OK
