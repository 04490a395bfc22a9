"""Reading a spreadsheet (CSV or .xlsx) into rows that remember their line in the file.

CSV encodings (UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1252) and separators (comma,
semicolon, tab) are detected.  A row that cannot be read keeps its line number and the reason,
so the import can report it while the good rows still go in.

The rows are streamed: reading the file counts its rows and keeps the first few for a preview;
every pass over ``Table.rows`` reads the file again, so a file of a million rows never sits in
memory as a whole.  A file that changes between two passes is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import overload

from buurtdesk.core.errors import TableFileError
from buurtdesk.core.store.csv_safe import unquote_cell
from buurtdesk.core.store.paths import NOT_REGULAR, is_special

MAX_BYTES = 200 * 1024 * 1024
PREVIEW = 100  # rows kept from the first reading
CHUNK = 256 * 1024  # bytes read at a time while checking the encoding


@dataclass(frozen=True)
class TableRow:
    line: int  # the physical line in the file; the header is line 1
    values: tuple[str, ...]
    problem: str = ""  # set when the row cannot be used, saying why


class StreamedRows(Sequence[TableRow]):
    """The rows of a file, read again from the file on every pass; the first few are kept."""

    def __init__(
        self, reread: Callable[[], Iterator[TableRow]], count: int, head: tuple[TableRow, ...]
    ) -> None:
        self._reread, self._count, self._head = reread, count, head

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[TableRow]:
        return self._reread()

    @overload
    def __getitem__(self, index: int) -> TableRow: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[TableRow, ...]: ...
    def __getitem__(self, index: int | slice) -> TableRow | tuple[TableRow, ...]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if stop <= len(self._head):
                return self._head[index]
            return tuple(islice(iter(self), start, stop, step))
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError(index)
        if position < len(self._head):
            return self._head[position]
        return next(islice(iter(self), position, None))


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: Sequence[TableRow]
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[str, ...] = field(default=())

    def value(self, row: TableRow, column: int | None) -> str:
        if column is None or column >= len(row.values):
            return ""
        return row.values[column]


def _first_chunk(path: Path) -> tuple[int, bytes]:
    """The file's size and its first bytes; a file that cannot be read, or is too large,
    is refused."""
    if is_special(path):
        raise TableFileError(f"{path.name}: {NOT_REGULAR}; give a saved CSV or .xlsx file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(CHUNK)
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise TableFileError(f"{path.name}: the file is too large ({size // 1_000_000} MB)")
    return size, start


def read_table(path: Path | str) -> Table:
    """Read a CSV or .xlsx file; raises TableFileError when the file is unusable as a whole."""
    path = Path(path)
    size, start = _first_chunk(path)
    if start.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _stream(path, "xlsx", "", lambda notes: _xlsx_rows(path))
    if not start.strip() and size <= CHUNK:
        raise TableFileError(f"{path.name}: the file is empty")
    encoding = _encoding(path, start)
    head = start.decode(encoding, errors="replace")
    delimiter = _sniff_delimiter(head.splitlines()[0] if head.splitlines() else "")
    first_notes = []
    if encoding == "windows-1252":
        first_notes.append(
            f"{path.name}: not UTF-8, read as Windows-1252; check the accented letters"
        )
    return _stream(
        path,
        encoding,
        delimiter,
        lambda notes: _csv_rows(path, encoding, delimiter, notes),
        first_notes,
    )


def read_csv_rows(path: Path | str) -> list[list[str]]:
    """Every record of a CSV file, cells stripped, blank lines kept as ``[]`` so a record's
    index is its line.  The same checks, encodings and separators as :func:`read_table`, for
    files whose first line is data too (ballots and tallies)."""
    path = Path(path)
    size, start = _first_chunk(path)
    encoding = _encoding(path, start)
    errors = "replace" if encoding == "windows-1252" else "strict"
    try:
        text = path.read_text(encoding=encoding, errors=errors)
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first))
    try:
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise TableFileError(f"{path.name}: not a readable CSV file ({exc})") from None


def _stream(
    path: Path,
    encoding: str,
    delimiter: str,
    parse: Callable[[list[str]], Iterator[tuple[str, ...] | TableRow]],
    notes: list[str] | None = None,
) -> Table:
    """Read once to count the rows and keep the first few; later passes read the file again."""
    notes = notes if notes is not None else []
    stamp = _stamp(path)
    first = parse(notes)
    headers = next(first)
    assert isinstance(headers, tuple)
    count, head = 0, list[TableRow]()
    for row in first:
        assert isinstance(row, TableRow)
        count += 1
        if len(head) < PREVIEW:
            head.append(row)

    def reread() -> Iterator[TableRow]:
        if _stamp(path) != stamp:
            raise TableFileError(f"{path.name}: the file changed while it was being imported")
        again = parse([])
        next(again)
        for row in again:
            assert isinstance(row, TableRow)
            yield row

    return Table(
        headers, StreamedRows(reread, count, tuple(head)), encoding, delimiter, tuple(notes)
    )


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    return info.st_size, info.st_mtime_ns


def _encoding(path: Path, start: bytes) -> str:
    """The file's encoding, checked over the whole file in chunks; refuses binary files."""
    if start.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif start.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "windows-1252"]
    for encoding in candidates:
        errors = "replace" if encoding == "windows-1252" else "strict"
        decoder = codecs.getincrementaldecoder(encoding)(errors)
        try:
            with path.open("rb") as handle:
                first = True
                while chunk := handle.read(CHUNK):
                    text = decoder.decode(chunk)
                    if "\x00" in text or (first and _unprintable(text[:4096]) > 8):
                        raise TableFileError(f"{path.name}: this is not a text or spreadsheet file")
                    first = False
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if encoding == "utf-8":
                continue
            raise TableFileError(f"{path.name}: the text is not valid {encoding}") from None
        except OSError as exc:
            raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None
        return encoding
    raise AssertionError("windows-1252 reads any bytes")


def _unprintable(text: str) -> int:
    """Control characters: binary data has them, text hardly.  Not str.isprintable, which
    also refuses the no-break spaces of spreadsheets and the joiners and direction marks of
    Persian and Arabic text."""
    return sum(unicodedata.category(c) == "Cc" and c not in "\r\n\t" for c in text)


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


def _csv_rows(
    path: Path, encoding: str, delimiter: str, notes: list[str]
) -> Iterator[tuple[str, ...] | TableRow]:
    errors = "replace" if encoding == "windows-1252" else "strict"
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            yield from _parse_csv(handle, delimiter, path.name, notes)
    except OSError as exc:
        raise TableFileError(f"{path.name}: cannot read the file ({exc.strerror})") from None


def _parse_csv(
    lines: Iterable[str], delimiter: str, name: str, notes: list[str]
) -> Iterator[tuple[str, ...] | TableRow]:
    """The header (a tuple of names), then every row that is not blank."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    headers: tuple[str, ...] | None = None
    last = 0
    while True:
        start = last + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if headers is None:
                raise TableFileError(f"{name}: line {start}: {exc}") from None
            reason = str(exc)
            if "unexpected end of data" in reason or reader.line_num <= last:
                reason = "a quote opened on this line is never closed"
            yield TableRow(start, (), f"unreadable row: {reason}")
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
            yield headers
            continue
        if not any(v.strip() for v in record):
            continue  # a blank line is no form
        yield _shaped(start, tuple(unquote_cell(v) for v in record), headers, "fields")
    if headers is None:
        raise TableFileError(f"{name}: the file has no header row")


def _shaped(line: int, values: tuple[str, ...], headers: tuple[str, ...], what: str) -> TableRow:
    """A row cut or padded to the header's width, or refused when it holds more."""
    width = len(headers)
    if len(values) > width and any(v.strip() for v in values[width:]):
        if what == "fields":
            return TableRow(line, values, f"{len(values)} fields where the header has {width}")
        return TableRow(line, values, f"values beyond the last column ({width} headers)")
    return TableRow(line, (values + ("",) * width)[:width])


def _xlsx_rows(path: Path) -> Iterator[tuple[str, ...] | TableRow]:
    from buurtdesk.core.store.xlsx_read import xlsx_records

    headers: tuple[str, ...] | None = None
    for number, values in xlsx_records(path, path.name):
        if headers is None:
            headers = values
            while headers and not headers[-1].strip():
                headers = headers[:-1]
            headers = tuple(h.strip() for h in headers)
            yield headers
            continue
        yield _shaped(number, values, headers, "cells")
    if headers is None:
        raise TableFileError(f"{path.name}: the workbook is empty")
