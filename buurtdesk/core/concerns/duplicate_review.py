"""Possible duplicates after an import: groups of concerns that likely describe one problem.

The same duplicate index that suggests while typing scores every open concern against the
others, both ways; a pair counts with the better of its two scores.  Groups then grow whole,
not one concern and its neighbours: the two groups with the highest average score over all
their pairs (a pair never suggested counts 0) join while that average is at least ``GROUP``.
Two groups never join when a concern of one names a kind of problem the other's concern does
not, and that one names a kind the first does not ("te hard rijden" against "parkeren op de
stoep", a broken swing against a broken lamp; ``kinds``): one wrong concern in a group costs
more than a duplicate left over.  The first concern of a group is the one to merge into: the
one most residents raised.  Nothing is merged here; the window shows each group to judge.

Measured on typed-up forms with an answer key (``tests/duplicate_figures.py``): pair
precision and recall of the groups, about 0.95 and 0.88 on ../shared/data, 0.97 and 1.00 on
tests/data/resident-forms.csv.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.concerns.duplicates import DuplicateIndex
from buurtdesk.core.concerns.words import content_words

if TYPE_CHECKING:
    from buurtdesk.core.concerns.queries import ConcernListRow
    from buurtdesk.core.store.library import Library

LIKELY = 30  # a score from which two concerns are worth asking about (the import's suggestions)
GROUP = 26  # the average score over all pairs from which two groups join
NEIGHBOURS = 20  # the concerns each one is scored against
# Concepts that say where or with what, not which problem: they never keep groups apart.
SHARED_KINDS = frozenset({"~stoep", "~voertuig"})


@dataclass(frozen=True)
class Member:
    concern_id: int
    code: str
    title: str
    reports: int
    score: int  # against the group's first concern (else its best in the group); 100 for it
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


def kinds(text: str) -> frozenset[str]:
    """The kinds of problem a text names: its concepts ("~snelheid", "~parkeren")."""
    return frozenset(w for w in content_words(text) if w[0] == "~") - SHARED_KINDS


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each names a kind of problem the other does not: two problems, not one."""
    return bool(a - b) and bool(b - a)


def different_problems(text: str, other: str) -> bool:
    """Whether two texts name different kinds of problem (see ``kinds``)."""
    return _apart(kinds(text), kinds(other))


def _pair_scores(
    index: DuplicateIndex, rows: Sequence[ConcernListRow]
) -> dict[tuple[int, int], int]:
    """Every pair the index suggests, (low id, high id) -> the better of its two scores."""
    ids = {r.id for r in rows}
    scores: dict[tuple[int, int], int] = {}
    for row in rows:
        for s in index.suggest(row.title, row.street, row.theme, limit=NEIGHBOURS, weakest=1):
            if s.concern_id != row.id and s.concern_id in ids:
                key = (min(row.id, s.concern_id), max(row.id, s.concern_id))
                scores[key] = max(scores.get(key, 0), s.score)
    return scores


def _clusters(
    ids: Sequence[int], scores: Mapping[tuple[int, int], int], kind: Mapping[int, frozenset[str]]
) -> list[list[int]]:
    """Average-linkage groups over ``scores``, kept apart where ``_apart`` says so."""
    members = {i: [i] for i in ids}
    links: dict[int, dict[int, float]] = {i: {} for i in ids}  # summed scores between groups
    for (a, b), score in scores.items():
        links[a][b] = links[b][a] = float(score)
    heap = [(-s / 1.0, a, b) for (a, b), s in scores.items()]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        average = links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(average + neg) > 1e-9:
            continue  # an entry from before one of the two grew
        if average < GROUP:
            break
        if any(_apart(kind[x], kind[y]) for x in members[a] for y in members[b]):
            continue
        members[a] += members.pop(b)
        for other, total in links.pop(b).items():
            links[other].pop(b, None)
            if other != a:
                links[a][other] = links[a].get(other, 0.0) + total
                links[other][a] = links[a][other]
        links[a].pop(a, None)
        for other, total in links[a].items():
            heapq.heappush(heap, (-total / (len(members[a]) * len(members[other])), a, other))
    return [group for group in members.values() if len(group) > 1]


def _member(
    row: ConcernListRow,
    cluster: Sequence[int],
    scores: Mapping[tuple[int, int], int],
    wordings: Mapping[int, Sequence[str]] | None,
) -> Member:
    """One concern of a group (``cluster``, first concern first), with its score."""
    head, cid = cluster[0], row.id

    def pair(x: int) -> int:
        return scores.get((min(x, cid), max(x, cid)), 0)

    score = 100 if cid == head else pair(head) or max(pair(x) for x in cluster if x != cid)
    texts = (wordings or {}).get(cid) or [row.title]
    return Member(cid, row.code, row.title, row.reports, score, row.street, row.theme, texts[0])


def propose(
    index: DuplicateIndex,
    rows: Iterable[ConcernListRow],
    wordings: Mapping[int, Sequence[str]] | None = None,
) -> list[Group]:
    """Groups of two or more of ``rows`` (open concerns) that look like one problem, the
    groups with the most reports first.  ``wordings`` (concern id -> the residents' texts)
    fills in each member's description."""
    by_id = {r.id: r for r in rows if str(r.status) != "merged" and r.id in index}
    order = sorted(by_id.values(), key=lambda r: (-r.reports, r.number))
    scores = _pair_scores(index, order)
    kind = {r.id: kinds(r.title) for r in order}
    rank = {r.id: n for n, r in enumerate(order)}
    groups: list[Group] = []
    for cluster in _clusters([r.id for r in order], scores, kind):
        cluster.sort(key=rank.__getitem__)
        found = [_member(by_id[c], cluster, scores, wordings) for c in cluster]
        groups.append(Group(found[0], tuple(found[1:])))
    groups.sort(key=lambda g: rank[g.target.concern_id])
    return groups


def possible_duplicates(lib: Library, neighbourhood_id: int) -> list[Group]:
    """The groups for one neighbourhood, from its stored concerns."""
    from buurtdesk.core.concerns.queries import list_concerns, report_wordings

    index = DuplicateIndex.for_neighbourhood(lib, neighbourhood_id)
    wordings = report_wordings(lib, neighbourhood_id)
    return propose(index, list_concerns(lib, neighbourhood_id), wordings)
