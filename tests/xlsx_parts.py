"""Small hostile .xlsx workbooks, written part by part with zipfile."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OOX = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
TYPES = (
    f'{HEAD}<Types xmlns="{PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{OOX}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{OOX}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{OOX}.sharedStrings+xml"/>'
    "</Types>"
)
RELS = (
    f'{HEAD}<Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" '
    f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
BOOK = (
    f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
    '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
BOOK_RELS = (
    f'{HEAD}<Relationships xmlns="{PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(number: int, *cells: str) -> str:
    return f'<row r="{number}">{"".join(cells)}</row>'


def workbook(sheet_rows: str, dimension: str = "A1:B2", shared: str = "") -> bytes:
    sheet = (
        f'{HEAD}<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_rows}</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", f'{HEAD}<sst xmlns="{MAIN}">{shared}</sst>')
    return out.getvalue()


HEADER = row(1, text_cell("A1", "Omschrijving"), text_cell("B1", "Straat"))
FORM = row(2, text_cell("A2", "Losse tegels"), text_cell("B2", "Dorpsstraat"))


def hostile_workbooks(mb: int = 1) -> dict[str, tuple[bytes, str]]:
    """name -> (the .xlsx bytes, a word the refusal must hold).  ``mb`` scales the bombs:
    the tests lower BuurtDesk's limits to a few MB and keep the files small."""
    far = row(1_048_576, text_cell("XFD1048576", "x"))
    long_cell = row(3, text_cell("A3", "a" * (3 * mb * 1024 * 1024)))  # packs about 1000:1
    padding = " " * (10 * mb * 1024 * 1024)  # spaces between the rows
    shared = "<si><t>Losse tegels bij de school</t></si>" * (80_000 * mb)  # 3 MB a step
    return {
        "dimension": (workbook(HEADER + FORM + far, "A1:XFD1048576"), "columns"),
        "far_cell": (workbook(HEADER + FORM + far), "columns"),  # no dimension to warn
        "bomb_ratio": (workbook(HEADER + FORM + long_cell), "packed"),
        "bomb_size": (workbook(HEADER + FORM + padding), "would unpack"),
        "shared_text": (workbook(HEADER + FORM, shared=shared), "of text"),
    }


def lower_limits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """BuurtDesk's .xlsx limits lowered to a few MB, so the bombs stay small; returns the list
    that records every workbook openpyxl was asked to open."""
    import openpyxl

    from buurtdesk.core.store import xlsx_read

    monkeypatch.setattr(xlsx_read, "MAX_PART_BYTES", 8 * xlsx_read.MB)
    monkeypatch.setattr(xlsx_read, "MAX_SHARED_TEXT_BYTES", 2 * xlsx_read.MB)
    opened: list[str] = []
    real = openpyxl.load_workbook

    def load(source: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(source))
        return real(source, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", load)
    return opened
