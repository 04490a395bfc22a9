"""``buurtdesk partner contact add|list|show|delete`` and ``buurtdesk partner note``: the work
contacts of the partner organisations (personal data of professionals) and a note per partner.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from buurtdesk.cli.main import EXIT_OK, db_option, group, open_library


def register(sub: argparse._SubParsersAction[Any]) -> None:
    partner = group(sub, "partner", "partner organisations: their contacts and a note")
    note = partner.add_parser("note", help="show, or with --text set, a partner's note")
    db_option(note)
    note.add_argument("--partner", required=True, metavar="NAME")
    note.add_argument("--text", default=None, help="the new note ('' clears it)")
    note.set_defaults(func=cmd_note)
    contact = partner.add_parser("contact", help="a partner's work contacts")
    verbs = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="add a work contact; prints the new id")
    db_option(add)
    add.add_argument("--partner", required=True, metavar="NAME")
    add.add_argument("--name", default="")
    add.add_argument("--role", default="", help="e.g. wijkagent, gebiedsmanager")
    add.add_argument("--email", default="", help="work e-mail")
    add.add_argument("--phone", default="", help="work phone")
    add.add_argument(
        "--name-public", action="store_true", help="the name may be printed on public documents"
    )
    add.set_defaults(func=cmd_add)
    listing = verbs.add_parser("list", help="one line per contact: id, partner, name, role, ...")
    db_option(listing)
    listing.add_argument("--partner", default=None, metavar="NAME")
    listing.set_defaults(func=cmd_list)
    show = verbs.add_parser("show", help="everything held on one contact (inzage), as JSON")
    db_option(show)
    show.add_argument("id", type=int)
    show.set_defaults(func=cmd_show)
    delete = verbs.add_parser("delete", help="delete a contact, here and in older backups")
    db_option(delete)
    delete.add_argument("id", type=int)
    delete.set_defaults(func=cmd_delete)


def cmd_add(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import ContactFields, add_contact, partner_id

    lib = open_library(args)
    try:
        fields = ContactFields(args.name, args.role, args.email, args.phone, args.name_public)
        print(add_contact(lib, partner_id(lib, args.partner), fields))
    finally:
        lib.close()
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import contacts, partner_id

    lib = open_library(args)
    try:
        wanted = partner_id(lib, args.partner) if args.partner else None
        for c in contacts(lib, wanted):
            f = c.fields
            public = "public" if f.name_public else "private"
            print(f"{c.id}\t{c.partner}\t{f.name}\t{f.role}\t{f.email}\t{f.phone}\t{public}")
    finally:
        lib.close()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import inspection

    lib = open_library(args)
    try:
        print(json.dumps(inspection(lib, args.id), ensure_ascii=False, indent=2))
    finally:
        lib.close()
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import delete_contact

    lib = open_library(args)
    try:
        rewritten = delete_contact(lib, args.id)
    finally:
        lib.close()
    print(f"deleted contact {args.id}; {rewritten} older backup(s) rewritten")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from buurtdesk.core.privacy.contacts import note, partner_id, set_note

    lib = open_library(args)
    try:
        pid = partner_id(lib, args.partner)
        if args.text is not None:
            set_note(lib, pid, args.text)
        print(note(lib, pid))
    finally:
        lib.close()
    return EXIT_OK
