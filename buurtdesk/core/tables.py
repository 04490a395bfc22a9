"""Reading a spreadsheet (CSV or .xlsx) into rows that remember their line in the file.

CSV encodings (UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1252) and separators (comma,
semicolon, tab) are detected.  A row that cannot be read keeps its line number and the reason,
so the import can report it while the good rows still go in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from buurtdesk.core.csv_safe import unquote_cell

MAX_BYTES = 200 * 1024 * 1024


class TableFileError(ValueError):
    """The file as a whole cannot be read as a table; the message says why."""


@dataclass(frozen=True)
class TableRow:
    line: int  # the physical line in the file; the header is line 1
    values: tuple[str, ...]
    problem: str = ""  # set when the row cannot be used, saying why


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[str, ...] = field(default=())

    def value(self, row: TableRow, column: int | None) -> str:
        if column is None or column >= len(row.values):
            return ""
        return row.values[column]


def read_table(path: Path | str) -> Table:
    """Read a CSV or .xlsx file; raises TableFileError when the file is unusable as a whole."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise TableFileError(f"{path.name}: the file is too large ({size // 1_000_000} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, data)
    return read_csv_bytes(data, path.name)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise TableFileError(f"{name}: the text is not valid {encoding}") from None
        encoding = "windows-1252"
        text = data.decode(encoding, errors="replace")
    if "\x00" in text or sum(not (c.isprintable() or c in "\r\n\t") for c in text[:4096]) > 8:
        raise TableFileError(f"{name}: this is not a text or spreadsheet file")
    return text, encoding


def _sniff_delimiter(header: str) -> str:
    counts = {d: 0 for d in ",;\t"}
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_bytes(data: bytes, name: str = "file") -> Table:
    if not data.strip():
        raise TableFileError(f"{name}: the file is empty")
    text, encoding = _decode(data, name)
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    notes: list[str] = []
    if encoding == "windows-1252":
        notes.append(f"{name}: not UTF-8, read as Windows-1252; check the accented letters")
    last = 0
    while True:
        start = last + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reason = str(exc)
            if "unexpected end of data" in reason or reader.line_num <= last:
                reason = "a quote opened on this line is never closed"
            rows.append(TableRow(start, (), f"unreadable row: {reason}"))
            notes.append(f"line {start}: {reason}; the rest of the file was not read")
            break
        last = reader.line_num
        if headers is None:
            if not any(v.strip() for v in record):
                continue  # blank lines before the header
            headers = tuple(v.strip() for v in record)
            if len(headers) < 2:
                raise TableFileError(
                    f"{name}: line {start} has no separators; expected a comma or semicolon"
                )
            continue
        if not any(v.strip() for v in record):
            continue  # a blank line is no form
        values = tuple(unquote_cell(v) for v in record)
        problem = ""
        if len(values) > len(headers) and any(v.strip() for v in values[len(headers) :]):
            problem = f"{len(values)} fields where the header has {len(headers)}"
        elif len(values) < len(headers):
            values = values + ("",) * (len(headers) - len(values))
        rows.append(TableRow(start, values[: len(headers)] if not problem else values, problem))
    if headers is None:
        raise TableFileError(f"{name}: the file has no header row")
    return Table(headers, tuple(rows), encoding, delimiter, tuple(notes))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    except Exception as exc:  # openpyxl raises many kinds on damaged workbooks
        raise TableFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise TableFileError(f"{path.name}: the workbook has no sheets")
        headers: tuple[str, ...] | None = None
        rows: list[TableRow] = []
        for number, record in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            values = tuple(_cell(v) for v in record)
            if not any(v.strip() for v in values):
                continue
            if headers is None:
                headers = tuple(v.strip() for v in values)
                while headers and not headers[-1]:
                    headers = headers[:-1]
                continue
            problem = ""
            if len(values) > len(headers) and any(v.strip() for v in values[len(headers) :]):
                problem = f"values beyond the last column ({len(headers)} headers)"
            values = (values + ("",) * len(headers))[: len(headers)] if not problem else values
            rows.append(TableRow(number, values, problem))
    finally:
        book.close()
    if headers is None:
        raise TableFileError(f"{path.name}: the workbook is empty")
    return Table(headers, tuple(rows), "xlsx", "", ())
