"""The city file: each neighbourhood's newest package, in snapshot tables known by UUID.

A city file is an SQLite file of its own format (``PRAGMA application_id`` "BDCT"), never a
neighbourhood's file: it holds no residents' tables at all, only ``city_header`` (the package
format and the city theme list it accepts), ``city_neighbourhood`` (UUID, name, sequence,
publication time) and one ``snap_<table>`` per table of the package's allow-list, each row
tagged with its neighbourhood's UUID.  Snapshot rows are never updated (a trigger refuses it):
a newer package replaces its neighbourhood's rows in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from buurtdesk.core.city.package import ALLOWED, FORMAT_VERSION, PACKAGE_APPLICATION_ID
from buurtdesk.core.city.sqlite_format import application_id
from buurtdesk.core.city.themes import CityThemeList
from buurtdesk.core.store.db import APPLICATION_ID

CITY_APPLICATION_ID = 0x42444354  # "BDCT": a BuurtDesk city file
CITY_FORMAT = 1
SNAPSHOTS = {f"snap_{t}": ("neighbourhood_uuid", *c) for t, c in ALLOWED.items() if t != "header"}
NEIGHBOURHOOD_COLUMNS = ("uuid", "name", "sequence", "published_at", "format_version")


class CityFileError(ValueError):
    """A city file or a package that cannot be used; nothing was changed."""


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    uuid: str
    name: str
    sequence: int
    published_at: str
    rows: dict[str, list[tuple[Any, ...]]]


@dataclass(frozen=True)
class Outcome:
    package: PackageInfo
    imported: bool  # False: the city already had this or a newer package


def _create(con: sqlite3.Connection, themes: CityThemeList) -> None:
    con.execute("CREATE TABLE city_header (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.executemany(
        "INSERT INTO city_header VALUES (?, ?)",
        [("package_format", str(FORMAT_VERSION)), ("theme_list", themes.key)],
    )
    con.execute(
        "CREATE TABLE city_neighbourhood (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "sequence INTEGER NOT NULL, published_at TEXT NOT NULL, format_version INTEGER NOT NULL)"
    )
    for table, columns in SNAPSHOTS.items():
        con.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        con.execute(f"CREATE INDEX ix_{table}_uuid ON {table} (neighbourhood_uuid)")
        con.execute(
            f"CREATE TRIGGER {table}_read_only BEFORE UPDATE ON {table} BEGIN "
            "SELECT RAISE(ABORT, 'snapshot rows are only replaced, never changed'); END"
        )
    con.execute(f"PRAGMA application_id={CITY_APPLICATION_ID}")
    con.execute(f"PRAGMA user_version={CITY_FORMAT}")


def open_city(
    path: Path, *, create: bool = False, themes: CityThemeList | None = None
) -> sqlite3.Connection:
    """Open the city file ``path`` (made when ``create``); refuse any other file."""
    if not path.exists():
        if not create:
            raise CityFileError(f"{path}: no such file (use --create to make a city file)")
        if themes is None:
            raise CityFileError("a new city file needs a city theme list")
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN")
        _create(con, themes)
        con.execute("COMMIT")
        return con
    kind = application_id(path)
    if kind == APPLICATION_ID:
        raise CityFileError(f"{path}: this is a neighbourhood's BuurtDesk file, not a city file")
    if kind == PACKAGE_APPLICATION_ID:
        raise CityFileError(f"{path}: this is a package, not a city file")
    if kind != CITY_APPLICATION_ID:
        raise CityFileError(f"{path}: not a BuurtDesk city file")
    con = sqlite3.connect(path, isolation_level=None)
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version != CITY_FORMAT:
        con.close()
        raise CityFileError(
            f"{path}: city file format {version}; this BuurtDesk reads {CITY_FORMAT}"
        )
    return con


def city_theme_list(con: sqlite3.Connection) -> str:
    return str(con.execute("SELECT value FROM city_header WHERE key = 'theme_list'").fetchone()[0])


def read_package(path: Path) -> PackageInfo:
    """A package's header and rows; refused (CityFileError) unless exactly the allow-list."""
    if application_id(path) != PACKAGE_APPLICATION_ID:
        raise CityFileError(f"{path}: not a BuurtDesk package")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CityFileError(f"{path}: cannot be read ({exc})") from None
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if version != FORMAT_VERSION:
            raise CityFileError(
                f"{path}: package format {version}; this city file takes format {FORMAT_VERSION}"
            )
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables != set(ALLOWED):
            raise CityFileError(f"{path}: its tables are not those of a package")
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for table, columns in ALLOWED.items():
            found = tuple(r[1] for r in con.execute(f"PRAGMA table_info({table})"))
            if found != columns:
                raise CityFileError(f"{path}: table {table} has other columns than a package's")
            rows[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    except sqlite3.Error as exc:
        raise CityFileError(f"{path}: cannot be read ({exc})") from None
    finally:
        con.close()
    if len(rows["header"]) != 1:
        raise CityFileError(f"{path}: its header is damaged")
    header = dict(zip(ALLOWED["header"], rows["header"][0], strict=True))
    if header["format_version"] != FORMAT_VERSION:
        raise CityFileError(f"{path}: package format {header['format_version']}")
    return PackageInfo(
        path, str(header["neighbourhood_uuid"]), str(header["neighbourhood_name"]),
        int(header["sequence"]), str(header["published_at"]), rows,
    )  # fmt: skip


def _theme_list(path: Path, rows: dict[str, list[tuple[Any, ...]]]) -> str:
    return str(rows["header"][0][ALLOWED["header"].index("theme_list")])


def check_packages(con: sqlite3.Connection, paths: Sequence[Path]) -> list[PackageInfo]:
    """Every package read and checked against the city file; the first refusal raised."""
    wanted = city_theme_list(con)
    packages = []
    for path in paths:
        package = read_package(path)
        found = _theme_list(path, package.rows)
        if found != wanted:
            raise CityFileError(
                f"{path}: made with the city theme list {found}; this city file uses {wanted}"
            )
        packages.append(package)
    return packages


def _replace(con: sqlite3.Connection, package: PackageInfo) -> None:
    uuid = package.uuid
    con.execute("DELETE FROM city_neighbourhood WHERE uuid = ?", (uuid,))
    con.execute(
        "INSERT INTO city_neighbourhood VALUES (?, ?, ?, ?, ?)",
        (uuid, package.name, package.sequence, package.published_at, FORMAT_VERSION),
    )
    for table, columns in ALLOWED.items():
        if table == "header":
            continue
        con.execute(f"DELETE FROM snap_{table} WHERE neighbourhood_uuid = ?", (uuid,))
        marks = ", ".join("?" * (len(columns) + 1))
        con.executemany(
            f"INSERT INTO snap_{table} VALUES ({marks})",
            [(uuid, *row) for row in package.rows[table]],
        )


def import_packages(con: sqlite3.Connection, packages: Sequence[PackageInfo]) -> list[Outcome]:
    """Each package newer than the city's copy replaces it, each in one transaction."""
    outcomes = []
    for package in packages:
        held = con.execute(
            "SELECT sequence FROM city_neighbourhood WHERE uuid = ?", (package.uuid,)
        ).fetchone()
        if held is not None and held[0] >= package.sequence:
            outcomes.append(Outcome(package, imported=False))
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            _replace(con, package)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        outcomes.append(Outcome(package, imported=True))
    return outcomes
