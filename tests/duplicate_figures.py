"""Pair precision and recall of the duplicate search on typed-up forms with an answer key.

A CSV of forms with a ``cluster`` column (rows with the same value describe one problem) is
imported into a new file; two rows are a pair when they end up under one concern (attaching
on import) or in one proposed group (the duplicates review).  Precision: the pairs made that
the key also pairs; recall: the key's pairs that were made.

    .venv/bin/python -m tests.duplicate_figures [FILE.csv ...]

prints both per attach threshold and for the proposed groups (default: the shared forms and
tests/data/resident-forms.csv).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from buurtdesk.core.concerns import import_forms
from buurtdesk.core.concerns.duplicate_review import possible_duplicates
from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Report
from buurtdesk.core.store.tables import read_table

OWN_FORMS = Path(__file__).resolve().parent / "data" / "resident-forms.csv"
THRESHOLDS = range(30, 85, 5)


@dataclass(frozen=True)
class Figures:
    right: int  # pairs made that the key pairs too
    wrong: int  # pairs made that the key keeps apart
    truth: int  # pairs in the key

    @property
    def precision(self) -> float:
        made = self.right + self.wrong
        return self.right / made if made else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.right}/{self.right + self.wrong})  "
            f"recall {self.recall:.3f} ({self.right}/{self.truth})"
        )


def pair_figures(key: dict[int, str], groups: Iterable[Iterable[int]]) -> Figures:
    """Compare ``groups`` of items with the answer ``key`` (item -> cluster), pair by pair."""
    made = {(a, b) for group in groups for a, b in combinations(sorted(set(group)), 2)}
    right = sum(1 for a, b in made if key[a] == key[b])
    truth = sum(1 for a, b in combinations(sorted(key), 2) if key[a] == key[b])
    return Figures(right, len(made) - right, truth)


@contextmanager
def imported(path: Path, attach: bool) -> Iterator[tuple[Library, int, dict[int, str]]]:
    """The forms imported into a new file; yields it, the neighbourhood and, per report id,
    the cluster of the row it came from."""
    table = read_table(path)
    cluster = [h.casefold() for h in table.headers].index("cluster")
    with tempfile.TemporaryDirectory() as folder:
        lib = Library(Path(folder) / "figures.buurtdesk")
        try:
            hood = lib.add_neighbourhood("Tarwewijk")
            meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
            report = import_rows(lib, meeting, table, guess_mapping(table.headers), attach=attach)
            assert report.count("rejected") == 0, [line.reason for line in report.lines]
            key = dict(zip(report.report_ids, (r.values[cluster] for r in table.rows), strict=True))
            yield lib, hood, key
        finally:
            lib.close()


def _concern_of(lib: Library, report_ids: Iterable[int]) -> dict[int, int]:
    with lib.session() as s:
        return {r.id: r.concern_id for r in s.query(Report).filter(Report.id.in_(report_ids))}


def attach_figures(path: Path) -> Figures:
    """Pairs attached to one concern by the import, at the current ``ATTACH``."""
    with imported(path, attach=True) as (lib, _hood, key):
        by_concern: dict[int, list[int]] = defaultdict(list)
        for report_id, concern_id in _concern_of(lib, key).items():
            by_concern[concern_id].append(report_id)
        return pair_figures(key, by_concern.values())


def proposed(path: Path) -> tuple[dict[int, str], list[list[tuple[int, str]]]]:
    """The answer key (report id -> cluster) and the proposed groups as (report id, the
    member's description), every row imported as its own concern."""
    with imported(path, attach=False) as (lib, hood, key):
        report_of = {c: r for r, c in _concern_of(lib, key).items()}
        groups = possible_duplicates(lib, hood)
        found = [[(report_of[m.concern_id], m.description) for m in g.members] for g in groups]
        return key, found


def group_figures(path: Path) -> Figures:
    """Pairs in one proposed duplicates group."""
    key, groups = proposed(path)
    return pair_figures(key, ([r for r, _text in g] for g in groups))


def main(paths: list[Path]) -> None:
    chosen = import_forms.ATTACH
    for path in paths:
        print(f"{path.name}: attaching on import, per threshold")
        for threshold in THRESHOLDS:
            import_forms.ATTACH = threshold
            mark = "  <- ATTACH" if threshold == chosen else ""
            print(f"  {threshold:3d}  {attach_figures(path)}{mark}")
        import_forms.ATTACH = chosen
        print(f"{path.name}: proposed duplicate groups  {group_figures(path)}")


if __name__ == "__main__":
    from tests.conftest import SHARED_DATA

    given = [Path(a) for a in sys.argv[1:]]
    main(given or [SHARED_DATA / "paper-forms.csv", OWN_FORMS])
