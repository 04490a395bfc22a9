"""The hostile-input corpus: what each kind of bad input looks like, and how a case is judged.

The cases are data; the ``tests/test_corpus_*.py`` files (and ``tests/gui/test_corpus_gui.py``)
run each kind through every entry point it can reach.  Fixture files are written at run time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

KINDS = (
    "empty",
    "long",
    "control",
    "script",
    "sql",
    "date",
    "count",
    "csv",
    "database",
    "unwritable",
    "disk_full",
)

EMPTY = ("", "   ", "\t\n \u00a0 \n")
LONG = ("a" * 100_000, "Te hard rijden " * 6_667, "é" * 100_000)
CONTROL = ("losse\x00tegels", "\x1b[31mrood\x07 licht", "regel\x0bmet\x7fstuur\x1ftekens")
SCRIPT = (
    "Hondenpoep 💩🐕 op de stoep 🚸",
    "ضوضاء في الشارع ليلا",  # Arabic: noise in the street at night
    "רעש ברחוב \u202ehcaorppa\u202c 👍🏽",  # Hebrew, an RTL override, a skin-tone emoji
)
SQL = (
    "Robert'); DROP TABLE concern;--",
    "' OR '1'='1",
    "1; DELETE FROM report WHERE 1=1; --",
)
BAD_DATES = ("31-02-2026", "2026-13-01", "00-00-0000", "29-02-2025", "31/04/2026")
BAD_COUNTS = (-1, -999_999, 10**12, 2**63)


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def concern_csv(descriptions: list[str], *, day: str = "05-03-2026") -> bytes:
    rows = [["Formuliernummer", "Datum", "Straat", "Omschrijving"]]
    rows += [[str(900 + i), day, "Dorpsstraat", d] for i, d in enumerate(descriptions)]
    return csv_text(rows).encode("utf-8")


# Malformed CSV files for the concern import: name -> (bytes, what the message must say)
MALFORMED_CSV: dict[str, bytes] = {
    "ragged": b"Formuliernummer;Datum;Straat;Omschrijving\n901;05-03-2026\n"
    b"902;05-03-2026;Dorpsstraat;Losse tegels;extra;nog meer\n",
    "unclosed_quote": b'Formuliernummer;Omschrijving\n901;"Losse tegels\n902;Graffiti\n',
    "binary": bytes(range(256)) * 8,
    "utf16_no_bom": "Omschrijving\nLosse tegels\n".encode("utf-16-le"),
    "bad_utf8": b"Omschrijving;Straat\n\xff\xfe\xc3(Losse tegels;Dorpsstraat\n",
    "empty_file": b"",
}


def snapshot(path: Path) -> list[str]:
    """Every row of every table, as SQL text, read without changing the file."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def kept(before: list[str], after: list[str]) -> bool:
    """Nothing stored before is lost or changed (new rows may have been added)."""
    return set(before) <= set(after)


def make_file(path: Path) -> tuple[Path, int, int]:
    """A file with one neighbourhood, one meeting and one stored concern; (path, hood, meeting)."""
    from buurtdesk.core.concerns import intake as concerns
    from buurtdesk.core.store.library import Library

    lib = Library(path)
    try:
        hood = lib.add_neighbourhood("Oud-Charlois", "Rotterdam")
        meeting = lib.add_meeting(hood, dt.date(2026, 3, 5), dt.time(19, 30), "Buurthuis")
        concerns.save_form(
            lib, concerns.FormInput(meeting, "Losse tegels bij de school", street="Dorpsstraat")
        )
    finally:
        lib.close()
    return path, hood, meeting


def bad_databases(folder: Path, good: Path) -> dict[str, Path]:
    """A truncated, a corrupt and a not-SQLite file, each next to the good one."""
    data = good.read_bytes()
    out = {
        "truncated": data[: len(data) // 3 + 100],
        "corrupt": data[:100] + b"\xde\xad\xbe\xef" * ((len(data) - 100) // 4),
        "not_sqlite": b"%PDF-1.4\n" + b"dit is geen database\n" * 200,
        "zero_bytes_header": b"SQLite format 3\x00" + b"\x00" * 84,
    }
    paths = {}
    for name, content in out.items():
        p = folder / f"{name}.buurtdesk"
        p.write_bytes(content)
        paths[name] = p
    return paths
