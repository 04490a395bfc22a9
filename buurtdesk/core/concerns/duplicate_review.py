"""Possible duplicates after an import: groups of concerns that likely describe one problem.

The same duplicate index that suggests while typing proposes the groups.  Concerns are taken
most reports first (then the oldest number), and each one not yet placed in a group collects
the concerns that score at least ``LIKELY`` against it.  The first concern of a group is the
one to merge into: the one most residents raised.  Nothing is merged here; the window shows
each group to accept or split.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from buurtdesk.core.concerns.duplicates import DuplicateIndex

if TYPE_CHECKING:
    from buurtdesk.core.concerns.queries import ConcernListRow
    from buurtdesk.core.store.library import Library

LIKELY = 30  # a score from which two concerns are worth asking about


@dataclass(frozen=True)
class Member:
    concern_id: int
    code: str
    title: str
    reports: int
    score: int  # against the group's first concern; 100 for that one itself
    street: str = ""
    theme: str = ""
    description: str = ""  # a resident's own wording, in full (the title may be shortened)


@dataclass(frozen=True)
class Group:
    target: Member
    others: tuple[Member, ...]

    @property
    def members(self) -> tuple[Member, ...]:
        return (self.target, *self.others)


def propose(
    index: DuplicateIndex, rows: Iterable[ConcernListRow], likely: int = LIKELY
) -> list[Group]:
    """Groups of two or more of ``rows`` (open concerns) that look like one problem."""
    by_id = {r.id: r for r in rows if str(r.status) != "merged" and r.id in index}
    order = sorted(by_id.values(), key=lambda r: (-r.reports, r.number))
    placed: set[int] = set()
    groups: list[Group] = []
    for row in order:
        if row.id in placed:
            continue
        found = index.suggest(row.title, row.street, row.theme, limit=12, weakest=likely)
        others = [
            Member(
                s.concern_id,
                by_id[s.concern_id].code,
                by_id[s.concern_id].title,
                by_id[s.concern_id].reports,
                s.score,
            )
            for s in found
            if s.concern_id != row.id and s.concern_id in by_id and s.concern_id not in placed
        ]
        if not others:
            continue
        placed.add(row.id)
        placed.update(m.concern_id for m in others)
        target = Member(row.id, row.code, row.title, row.reports, 100)
        groups.append(Group(target, tuple(others)))
    return groups


def possible_duplicates(lib: Library, neighbourhood_id: int) -> list[Group]:
    """The groups for one neighbourhood, from its stored concerns."""
    from buurtdesk.core.concerns.queries import list_concerns

    index = DuplicateIndex.for_neighbourhood(lib, neighbourhood_id)
    rows = list_concerns(lib, neighbourhood_id)
    return with_places(propose(index, rows), rows)


def with_places(groups: list[Group], rows: Iterable[ConcernListRow]) -> list[Group]:
    """The groups with each member's street and theme, to judge them by."""
    by_id = {r.id: r for r in rows}

    def placed(m: Member) -> Member:
        row = by_id.get(m.concern_id)
        return replace(m, street=row.street, theme=row.theme) if row else m

    return [Group(placed(g.target), tuple(placed(m) for m in g.others)) for g in groups]
