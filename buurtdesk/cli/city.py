"""``buurtdesk publish``, ``buurtdesk city import`` and ``buurtdesk themes list|map``: a
neighbourhood's package for the city, the city file, and the city theme list's mapping."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from buurtdesk.cli.main import (
    EXIT_OK,
    CliError,
    db_option,
    existing_db,
    group,
    not_special,
    open_library,
)


def _theme_list_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--theme-list",
        type=Path,
        metavar="FILE",
        default=None,
        help="the municipality's own city theme list (JSON) instead of BuurtDesk's default",
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    publish = sub.add_parser("publish", help="write a neighbourhood's de-identified package")
    db_option(publish)
    publish.add_argument("--neighbourhood", required=True, metavar="NAME")
    publish.add_argument("-o", "--output", required=True, type=Path, metavar="NAME.buurtpakket")
    _theme_list_option(publish)
    publish.set_defaults(func=cmd_publish)

    city = group(sub, "city", "the city file: every neighbourhood's newest package")
    imp = city.add_parser("import", help="keep each neighbourhood's newest package")
    imp.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")
    db_option(imp)
    imp.add_argument("--create", action="store_true", help="make a new city file")
    _theme_list_option(imp)
    imp.set_defaults(func=cmd_city_import)

    themes = group(sub, "themes", "the city theme list and how this file's themes map to it")
    listing = themes.add_parser("list", help="the city themes, or with --db the mapping")
    db_option(listing)
    _theme_list_option(listing)
    listing.set_defaults(func=cmd_themes_list)
    mapping = themes.add_parser("map", help="map a theme of this file to a city theme")
    db_option(mapping)
    mapping.add_argument("theme", metavar="THEME", help="the theme's name in this file")
    mapping.add_argument("code", metavar="CODE", help="a city theme code, or 'default'")
    _theme_list_option(mapping)
    mapping.set_defaults(func=cmd_themes_map)
    use = themes.add_parser("use", help="make this file use a municipality's own theme list")
    db_option(use)
    use.add_argument("list", metavar="FILE", help="the list (JSON), or 'default'")
    use.set_defaults(func=cmd_themes_use)


def _themes(args: argparse.Namespace, session: Any = None) -> Any:
    """``--theme-list``, else (with a neighbourhood file) the list it uses, else the default."""
    from buurtdesk.core.city.themes import for_file, load

    if session is None or args.theme_list is not None:
        return load(args.theme_list)
    return for_file(session)


def cmd_publish(args: argparse.Namespace) -> int:
    from buurtdesk.core.city.package import is_package, publish
    from buurtdesk.core.store.output_paths import check_output

    if args.theme_list is not None:
        _themes(args)  # a bad list is refused before anything else
    check_output(args.output, database=existing_db(args), replaceable=is_package)
    lib = open_library(args, writes=True)
    try:
        with lib.session() as session:
            themes = _themes(args, session)
            package = publish(session, args.neighbourhood, themes, args.output)
    finally:
        lib.close()
    for warning in package.warnings:
        print(f"warning: {warning.text}", file=sys.stderr)
    counts = {t: len(r) for t, r in package.rows.items() if t != "header"}
    print(
        f"published {package.neighbourhood} (sequence {package.sequence}, {themes.key}) "
        f"to {args.output}: " + ", ".join(f"{n} {t}" for t, n in counts.items())
    )
    return EXIT_OK


def cmd_city_import(args: argparse.Namespace) -> int:
    from buurtdesk.core.city.cityfile import check_packages, import_packages, open_city

    if args.db is None:
        raise CliError("city import: --db CITY is required")
    city = not_special(Path(args.db))
    themes = _themes(args) if args.create and not city.exists() else None
    for package in args.packages:
        if not not_special(package).is_file():
            raise CliError(f"{package}: no such file")
    con = open_city(city, create=args.create, themes=themes)
    try:
        packages = check_packages(con, args.packages)
        for outcome in import_packages(con, packages):
            p = outcome.package
            what = "imported" if outcome.imported else "already up to date"
            print(f"{p.name}\t{p.uuid}\tsequence {p.sequence}\t{what}")
    finally:
        con.close()
    return EXIT_OK


def cmd_themes_list(args: argparse.Namespace) -> int:
    from buurtdesk.core.city.themes import mapped_themes

    if args.db is None:
        themes = _themes(args)
        print(f"# {themes.key}")
        for theme in themes.themes:
            indent = "  " if theme.parent else ""
            print(f"{indent}{theme.code}\t{theme.nl}\t{theme.en}")
        return EXIT_OK
    lib = open_library(args)
    try:
        with lib.session() as session:
            themes = _themes(args, session)
            rows = mapped_themes(session, themes)
    finally:
        lib.close()
    for row in rows:
        how = "set" if row.stored else "default"
        print(f"{row.name}\t{row.city_theme or '-'}\t{how}")
    return EXIT_OK


def cmd_themes_map(args: argparse.Namespace) -> int:
    from buurtdesk.core.city.themes import set_mapping

    code = None if args.code == "default" else args.code
    lib = open_library(args, writes=True)
    try:
        with lib.session() as session, session.begin():
            themes = _themes(args, session)
            set_mapping(session, themes, args.theme, code)
    finally:
        lib.close()
    print(
        f"{args.theme}\t{code or themes.guess(args.theme) or '-'}\t{'set' if code else 'default'}"
    )
    return EXIT_OK


def cmd_themes_use(args: argparse.Namespace) -> int:
    from buurtdesk.core.city.themes import use_list

    path = None if args.list == "default" else Path(args.list)
    lib = open_library(args, writes=True)
    try:
        with lib.session() as session, session.begin():
            themes = use_list(session, path)
    finally:
        lib.close()
    print(f"this file now uses the city theme list {themes.key}")
    return EXIT_OK
