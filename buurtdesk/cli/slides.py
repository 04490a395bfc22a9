"""``buurtdesk export slides``: every projector slide of a meeting as a 1920x1080 PNG.

The only command that loads Qt, and only inside its function: the slides are drawn by the
same code as the projector, offscreen.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from buurtdesk.cli.documents import warn_personal
from buurtdesk.cli.main import EXIT_OK, CliError, db_option, db_path, group, ident, open_library


def register(sub: argparse._SubParsersAction[Any]) -> None:
    export = group(sub, "export", "write exports and documents")
    slides = export.add_parser("slides", help="render every projector slide to a PNG (1920x1080)")
    db_option(slides)
    slides.add_argument("--meeting", type=ident, required=True, metavar="ID")
    slides.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    slides.set_defaults(func=cmd_export_slides)


def cmd_export_slides(args: argparse.Namespace) -> int:
    from buurtdesk.core.documents.slide_data import load_deck
    from buurtdesk.core.store.output_paths import check_folder

    out = check_folder(Path(args.output))
    lib = open_library(args)
    try:
        if args.meeting not in {m.id for m in lib.meetings()}:
            raise CliError(f"no meeting with id {args.meeting}")
        deck = load_deck(lib, args.meeting)
        warn_personal(lib, args.meeting, "slides")
    finally:
        lib.close()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from buurtdesk.gui.projector.export import render_slides

    for path in render_slides(deck, out, database=db_path(args)):
        print(path)
    return EXIT_OK
