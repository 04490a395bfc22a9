"""The first sheet of an .xlsx workbook, read within limits so a hostile workbook is refused
at once instead of filling the memory or running for hours.

Before openpyxl sees the file, the zip's own directory is measured: how many parts, how large
each unpacks (Python's zip reader never gives more than the declared size), how far each is
packed, and the shared-text part (which openpyxl keeps in memory whole).  The sheet's declared
dimension is ignored, and rows and columns are capped while reading.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

from buurtdesk.core.errors import TableFileError

MB = 1024 * 1024
MAX_PARTS = 2_000
MAX_PART_BYTES = 256 * MB  # one part, unpacked
MAX_TOTAL_BYTES = 512 * MB  # all parts, unpacked
MAX_SHARED_TEXT_BYTES = 64 * MB  # xl/sharedStrings.xml, unpacked
MAX_RATIO = 100  # unpacked size / packed size, for parts over RATIO_FROM
RATIO_FROM = 1 * MB
MAX_COLUMNS = 256
MAX_ROWS = 1_048_576  # a spreadsheet's own last row


def check_zip(path: Path, name: str) -> None:
    """Refuse a workbook whose parts would unpack too large or are packed like a zip bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableFileError(f"{name}: not a readable .xlsx workbook ({exc})") from None
    if len(parts) > MAX_PARTS:
        raise TableFileError(f"{name}: refused: {len(parts)} parts in the workbook")
    total = 0
    for part in parts:
        size, packed = part.file_size, max(part.compress_size, 1)
        total += size
        shown = f"{part.filename} would unpack to {size // MB} MB"
        if part.filename.lower().endswith("sharedstrings.xml") and size > MAX_SHARED_TEXT_BYTES:
            limit = MAX_SHARED_TEXT_BYTES // MB
            raise TableFileError(f"{name}: refused: {shown} of text (at most {limit} MB)")
        if size > MAX_PART_BYTES:
            raise TableFileError(f"{name}: refused: {shown} (at most {MAX_PART_BYTES // MB} MB)")
        if size > RATIO_FROM and size > MAX_RATIO * packed:
            raise TableFileError(
                f"{name}: refused: {part.filename} is packed {size // packed}:1, "
                "far more than a real spreadsheet (a zip bomb?)"
            )
    if total > MAX_TOTAL_BYTES:
        raise TableFileError(f"{name}: refused: the workbook would unpack to {total // MB} MB")


def cell_text(value: object) -> str:
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


def xlsx_records(path: Path, name: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(row number, cells as text) for every row of the first sheet that is not blank."""
    check_zip(path, name)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged workbooks
        raise TableFileError(f"{name}: not a readable .xlsx workbook ({exc})") from None
    try:
        if not book.worksheets:
            raise TableFileError(f"{name}: the workbook has no sheets")
        sheet = book.worksheets[0]
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise TableFileError(
                f"{name}: refused: the sheet says it is {sheet.max_column} columns wide "
                f"(at most {MAX_COLUMNS})"
            )
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # rows are as long as their cells, not as declared
        rows = sheet.iter_rows(max_row=MAX_ROWS, values_only=True)
        for number, record in enumerate(rows, start=1):
            if len(record) > MAX_COLUMNS and any(v not in (None, "") for v in record[MAX_COLUMNS:]):
                raise TableFileError(f"{name}: row {number} has more than {MAX_COLUMNS} columns")
            if record.count(None) + record.count("") == len(record):
                continue  # a blank row (or a gap between rows), without a loop in Python
            yield number, tuple(cell_text(v) for v in record[:MAX_COLUMNS])
    except TableFileError:
        raise
    except Exception as exc:  # a damaged sheet part
        raise TableFileError(f"{name}: not a readable .xlsx workbook ({exc})") from None
    finally:
        book.close()
