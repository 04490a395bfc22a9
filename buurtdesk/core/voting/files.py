"""Importing ballots and tallies from a file, and exporting a meeting's ranking as CSV.

Ballot files (ranked and approval) hold one ballot per row: ``ballot,choice1,choice2,...`` with
concern numbers such as ``K12`` or ``12``.  Tally files (dots, or hands for approval when the
header says ``concern,count``) hold ``concern,count`` rows; importing them replaces the counts
of the concerns they name, as a recount, and the audit log keeps the old values.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from buurtdesk.core.enums import VotingMethod
from buurtdesk.core.errors import TableFileError, VoteFileError, VoteRefused
from buurtdesk.core.text import clean
from buurtdesk.core.voting.ranking import Ranking
from buurtdesk.core.voting.rows import TallyChange

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import Meeting

RANKING_COLUMNS = ("rank", "concern", "score", "tied", "chosen", "title")
_BALLOT_HEADERS = {"ballot", "ballot_no", "ballot no", "nr", "no", "number", "stembiljet", "#"}
_TALLY_HEADERS = {"concern", "knelpunt", "code"}
MAX_ROWS = 100_000


@dataclass(frozen=True)
class ImportLine:
    line: int  # 1-based line in the file
    key: str  # the ballot number or concern as written
    code: str  # a VoteRefused code
    reason: str


@dataclass
class ImportReport:
    method: VotingMethod
    kind: str  # "ballots" or "tallies"
    rows: int = 0
    counted: int = 0  # valid ballots stored, or tallies set
    invalid: list[ImportLine] = field(default_factory=list)  # stored, counted as invalid
    present: list[ImportLine] = field(default_factory=list)  # ballot number already counted
    refused: list[ImportLine] = field(default_factory=list)  # not stored at all
    changes: list[TallyChange] = field(default_factory=list)
    # Ballots only: checked against the record of the ballots printed for the meeting (their
    # numbers and each batch's concerns); False for a meeting with no such record.
    checked_against_print: bool = False

    @property
    def all_counted(self) -> bool:
        return not (self.invalid or self.present or self.refused)


def read_rows(path: Path | str) -> list[list[str]]:
    """The rows of a ballot or tally file (comma, semicolon or tab; the encodings the concern
    import reads), blank lines kept so a row's index is its line."""
    from buurtdesk.core.store.tables import read_csv_rows

    try:
        rows = read_csv_rows(path)
    except TableFileError as exc:
        raise VoteFileError(str(exc)) from None
    if len(rows) > MAX_ROWS:
        raise VoteFileError(f"{Path(path).name}: more than {MAX_ROWS} rows")
    if not any(any(row) for row in rows):
        raise VoteFileError(f"{Path(path).name}: the file is empty")
    return rows


def import_votes(
    lib: Library, meeting_id: int, path: Path | str, method: VotingMethod | str | None = None
) -> ImportReport:
    """Import a ballot or tally file into a meeting, in one transaction.

    ``method`` first sets the meeting's method (refused with ``method_locked`` when votes of
    another method are stored).  Bad rows are reported, never fatal; a file that cannot be read
    raises :class:`VoteFileError` and changes nothing.  Where the meeting has a record of
    printed ballots, a number never printed (``not_printed``) or a choice not on its batch
    (``not_on_batch``) makes the ballot invalid.
    """
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    rows = read_rows(path)
    numbered = [(i, r) for i, r in enumerate(rows, start=1) if any(r)]
    with lib.session() as s, s.begin():
        m = d.meeting(s, meeting_id)
        if method is not None:
            d.apply_settings(s, m, method, None, None, None, None, None)
        current = VotingMethod(m.voting_method)
        head = numbered[0][1][0].lower() if numbered else ""
        tallies = current == VotingMethod.DOTS or head in _TALLY_HEADERS
        if current == VotingMethod.RANKED and tallies:
            raise VoteFileError("a ranked vote is imported as ballots, not concern,count rows")
        if numbered and (head in _BALLOT_HEADERS | _TALLY_HEADERS or _is_header(numbered[0][1])):
            numbered = numbered[1:]
        report = ImportReport(current, "tallies" if tallies else "ballots", rows=len(numbered))
        if tallies:
            _import_tallies(s, m, numbered, report)
        else:
            report.checked_against_print = b.printed_record(s, m.id)
            _import_ballots(s, m, numbered, report)
    return report


def _is_header(row: list[str]) -> bool:
    from buurtdesk.core.voting.ranking import parse_number

    cells = [c for c in row[1:] if c]
    return bool(cells) and all(parse_number(c) is None for c in cells) and not row[0].isdigit()


def _import_ballots(
    s: Session, m: Meeting, rows: list[tuple[int, list[str]]], report: ImportReport
) -> None:
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    known = d.known_numbers(s, m)
    for line, row in rows:
        no = row[0]
        try:
            result = b.insert_ballot(s, m, known, no, row[1:])
        except VoteRefused as exc:
            target = report.present if exc.code == "ballot_present" else report.refused
            target.append(ImportLine(line, no, exc.code, str(exc)))
            continue
        if result.valid:
            report.counted += 1
        else:
            report.invalid.append(ImportLine(line, no, result.reason_code, result.reason))


def _import_tallies(
    s: Session, m: Meeting, rows: list[tuple[int, list[str]]], report: ImportReport
) -> None:
    from buurtdesk.core.voting import _db as d

    for line, row in rows:
        key = row[0]
        cells = [c for c in row[1:] if c]
        if len(cells) != 1:
            report.refused.append(ImportLine(line, key, "bad_row", "expected concern,count"))
            continue
        try:
            count = int(cells[0])
        except ValueError:
            report.refused.append(
                ImportLine(line, key, "bad_count", f"{cells[0]!r} is not a whole number")
            )
            continue
        try:
            concern = d.find_concern(s, m, key)
            change = d.apply_tally(s, m, concern, count)
        except VoteRefused as exc:
            report.refused.append(ImportLine(line, key, exc.code, str(exc)))
            continue
        report.counted += 1
        report.changes.append(change)


# -- export ---------------------------------------------------------------------------------


def format_score(score: float, excel_nl: bool = False) -> str:
    text = str(int(score)) if float(score).is_integer() else f"{score:.2f}".rstrip("0")
    return text.replace(".", ",") if excel_nl else text


def ranking_csv(ranking: Ranking, excel_nl: bool = False) -> str:
    """The ranking as CSV text: one row per concern, by rank and then number."""
    out = io.StringIO()
    from buurtdesk.core.store.csv_safe import safe_writer

    writer = safe_writer(out, True, delimiter=";" if excel_nl else ",", lineterminator="\r\n")
    writer.writerow(RANKING_COLUMNS)
    rows = sorted(ranking.rows, key=lambda r: (r.rank, r.number or _num(r.code)))
    for r in rows:
        writer.writerow(
            [
                r.rank,
                r.code,
                format_score(r.score, excel_nl),
                "yes" if r.tied else "no",
                r.chosen,
                clean(r.title),
            ]
        )
    return out.getvalue()


def _num(code: str) -> int:
    digits = "".join(ch for ch in code if ch.isdigit())
    return int(digits) if digits else 0


def write_ranking_csv(ranking: Ranking, path: Path | str, excel_nl: bool = False) -> None:
    """Write :func:`ranking_csv` to ``path``; ``excel_nl`` adds a BOM for Dutch Excel."""
    data = ranking_csv(ranking, excel_nl).encode("utf-8-sig" if excel_nl else "utf-8")
    from buurtdesk.core.store.output_paths import replace_atomically

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    replace_atomically(path, write)
