"""What became of each line of an import, kept within bounds for files of any length.

Every line is counted and handed on as it comes (to a report file or the terminal); only the
first ``KEEP_LINES`` lines, then up to ``KEEP_PROBLEMS`` lines with a reason, stay in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.core.store.csv_safe import safe_writer

OUTCOMES = ("imported", "attached", "rejected", "present")
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
KEEP_LINES = 1_000  # the first lines, whatever became of them
KEEP_PROBLEMS = 1_000  # after those: lines with a reason (refused, or a warning)


@dataclass(frozen=True)
class ImportLine:
    line: int  # physical line in the file; the header is line 1
    form_no: str
    outcome: str  # imported, attached, rejected, present
    concern: str  # K12 (new, joined or already holding it), or "" when rejected
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
class MergeSuggestion:
    """A row imported as a new concern that looks like another one: offered for merging."""

    line: int
    concern_id: int  # the concern the row brought
    code: str
    target_id: int  # the concern it looks like
    target_code: str
    score: int


def merges_for(chosen: Sequence[MergeSuggestion]) -> list[tuple[int, list[int]]]:
    """The merges that accept the ``chosen`` suggestions: (target, sources) per target, a
    suggestion whose target is itself merged by another following it to where that goes
    (``edit.merge_concerns`` each, one undo step in the window)."""
    into = {s.concern_id: s.target_id for s in chosen}

    def final(cid: int) -> int:
        seen: set[int] = set()
        while cid in into and cid not in seen:
            seen.add(cid)
            cid = into[cid]
        return cid

    merges: dict[int, list[int]] = {}
    for s in chosen:
        merges.setdefault(final(s.target_id), []).append(s.concern_id)
    return list(merges.items())


@dataclass(frozen=True)
class ImportReport:
    lines: tuple[ImportLine, ...]  # every line of a small file; see ``left_out``
    notes: tuple[str, ...] = ()
    report_ids: Sequence[int] = ()  # the reports added (``concern_delete.remove_import``)
    counts: Mapping[str, int] | None = None  # per outcome, over every line
    left_out: int = 0  # lines counted but not kept in ``lines``
    suggestions: tuple[MergeSuggestion, ...] = ()  # best first

    def count(self, outcome: str) -> int:
        if self.counts is not None:
            return self.counts.get(outcome, 0)
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def refused(self) -> bool:
        return self.count("rejected") > 0

    def summary(self) -> str:
        return ", ".join(f"{self.count(o)} {o}" for o in OUTCOMES)


class LineLog:
    """Counts every line, hands each to ``on_line``, keeps a bounded number of them."""

    def __init__(self, on_line: Callable[[ImportLine], None] | None = None) -> None:
        self.on_line = on_line
        self.counts = dict.fromkeys(OUTCOMES, 0)
        self.kept: list[ImportLine] = []
        self.problems = self.left_out = 0

    def add(self, line: ImportLine) -> None:
        self.counts[line.outcome] = self.counts.get(line.outcome, 0) + 1
        if self.on_line is not None:
            self.on_line(line)
        if len(self.kept) < KEEP_LINES:
            self.kept.append(line)
        elif line.reason and self.problems < KEEP_PROBLEMS:
            self.kept.append(line)
            self.problems += 1
        else:
            self.left_out += 1

    def report(
        self,
        notes: tuple[str, ...],
        report_ids: Sequence[int],
        suggestions: tuple[MergeSuggestion, ...] = (),
    ) -> ImportReport:
        best_first = tuple(sorted(suggestions, key=lambda s: (-s.score, s.line)))
        counts = dict(self.counts)
        return ImportReport(tuple(self.kept), notes, report_ids, counts, self.left_out, best_first)


class ReportFile:
    """The report as CSV, written line by line to a temporary file; ``save`` puts it in place."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
        self._writer = safe_writer(self._file)
        self._writer.writerow(REPORT_COLUMNS)

    def __call__(self, line: ImportLine) -> None:
        self._writer.writerow(line.as_csv())

    def write_to(self, target: Path) -> None:
        """Copy the report written so far to ``target`` (a temporary file, say)."""
        self._file.seek(0)
        with open(target, "w", encoding="utf-8", newline="") as handle:
            shutil.copyfileobj(self._file, handle)

    def save(self, path: Path | str) -> None:
        from buurtdesk.core.store.output_paths import replace_atomically

        replace_atomically(path, self.write_to)

    def close(self) -> None:
        self._file.close()


def write_report(report: ImportReport, path: Path | str) -> None:
    """The lines ``report`` kept, as CSV with exactly the columns of REPORT_COLUMNS."""
    spool = ReportFile()
    try:
        for line in report.lines:
            spool(line)
        spool.save(path)
    finally:
        spool.close()
