"""Which spreadsheet column holds which form field, how cells read, and the import report."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.core.concerns import parse_date as _parse_date
from buurtdesk.core.duplicates import normalise

# Form fields, each with the header names it is known by (normalised, spaces removed).
_HEADERS = {
    "form_no": "formno formnumber formulier formuliernummer formuliernr formnr nummer nr number "
    "no id",
    "date": "date datum received receivedon ontvangen dag ingevuldop ingevuld",
    "street": "street straat straatofplek straatplek plek locatie location place plaats",
    "theme": "theme thema onderwerp categorie category topic",
    "description": "description omschrijving beschrijving melding knelpunt probleem text tekst "
    "wording concern toelichting opmerking klacht",
    "name": "name naam fullname volledigenaam",
    "phone": "phone telefoon telefoonnummer tel telnr mobiel phonenumber telephone",
    "email": "email emailadres mail emailaddress",
    "address": "address adres postadres postaladdress woonadres",
    "wants_feedback": "wantsfeedback feedback terugkoppeling wilterugkoppeling "
    "terugkoppelinggewenst",
    "consent": "consent toestemming akkoord",
}
FIELD_NAMES: dict[str, tuple[str, ...]] = {f: tuple(n.split()) for f, n in _HEADERS.items()}
FIELDS = tuple(FIELD_NAMES)
REQUIRED = ("description",)
OUTCOMES = ("imported", "rejected", "present")
REPORT_COLUMNS = (
    "line",
    "form_no",
    "outcome",
    "concern",
    "similar1",
    "score1",
    "similar2",
    "score2",
    "similar3",
    "score3",
    "reason",
)
EXCEL_SERIALS = (18264, 73050)  # 1950-01-01 .. 2099-12-31
_YES = frozenset(("ja", "j", "yes", "y", "true", "waar", "1", "x", "v", "ok"))
_NO = frozenset(("nee", "n", "no", "false", "onwaar", "0"))


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Form field → column index, for every field whose header is recognised.

    An exact name wins; otherwise a header that contains a longer known name
    ("Omschrijving van het probleem") is taken.  A column serves one field at most.
    """
    mapping: dict[str, int] = {}
    keys = [normalise(h).replace(" ", "") for h in headers]
    for exact in (True, False):
        for fld, names in FIELD_NAMES.items():
            if fld in mapping:
                continue
            for column, key in enumerate(keys):
                if column in mapping.values() or not key:
                    continue
                if key in names or (not exact and any(len(n) >= 5 and n in key for n in names)):
                    mapping[fld] = column
                    break
    return mapping


@dataclass(frozen=True)
class ImportLine:
    line: int  # physical line in the file; the header is line 1
    form_no: str
    outcome: str  # imported, rejected, present
    concern: str  # K12, or "" when rejected
    similar: tuple[tuple[str, int], ...]  # up to three (code, score)
    reason: str  # English, for the command line's report
    # Why, for a translated report: (code, field, value as written).  Codes: row_shape,
    # date_<format|day|month|year>, yes_no, form_no_taken, and the FieldIssue codes.
    issues: tuple[tuple[str, str, str], ...] = ()

    def as_csv(self) -> list[str]:
        cells = [str(self.line), self.form_no, self.outcome, self.concern]
        for i in range(3):
            code, score = self.similar[i] if i < len(self.similar) else ("", None)
            cells += [code, "" if score is None else str(score)]
        return [*cells, self.reason]


@dataclass(frozen=True)
class ImportReport:
    lines: tuple[ImportLine, ...]
    notes: tuple[str, ...] = ()
    report_ids: tuple[int, ...] = ()  # the reports added (``concern_delete.remove_import``)

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def refused(self) -> bool:
        return self.count("rejected") > 0

    def summary(self) -> str:
        return ", ".join(f"{self.count(o)} {o}" for o in OUTCOMES)


def write_report(report: ImportReport, path: Path | str) -> None:
    """The report as CSV, with exactly the columns of REPORT_COLUMNS."""
    from buurtdesk.core.write_errors import replace_atomically

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(REPORT_COLUMNS)
            for line in report.lines:
                writer.writerow(line.as_csv())

    replace_atomically(path, write)


def parse_yes(text: str) -> bool | None:
    """ja/nee, yes/no, x, 1/0; empty is no; None when it is neither."""
    key = normalise(text)
    if key in _YES or not key:
        return bool(key)
    return False if key in _NO else None


def parse_date(text: str) -> dt.date:
    """Dates as spreadsheets write them: ISO, Dutch, an ISO date with a time, or an Excel
    day number."""
    text = text.strip()
    if len(text) > 10 and text[10:11] in (" ", "T") and text[:4].isdigit():
        text = text[:10]
    if text.isdigit() and EXCEL_SERIALS[0] <= int(text) <= EXCEL_SERIALS[1]:
        # A date cell that lost its format: Excel counts days from 30 December 1899.
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(text))
    return _parse_date(text)
