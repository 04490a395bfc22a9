"""Changing concerns: merge and un-merge, the public title and its privacy warnings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.store.audit import record as audit
from buurtdesk.core.store.models import AuditEntry, Concern, Report, Submitter

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

MAX_TITLE = 300


def _concern(session: Session, concern_id: int) -> Concern:
    concern = session.get(Concern, concern_id)
    if concern is None:
        raise ValueError(f"no concern with id {concern_id}")
    return concern


def merge_concerns(lib: Library, target_id: int, source_ids: list[int]) -> None:
    """Move the reports of the sources under the target; the sources become MERGED."""
    sources = list(dict.fromkeys(source_ids))
    if not sources:
        raise ValueError("choose at least one concern to merge")
    if target_id in sources:
        raise ValueError("a concern cannot be merged into itself")
    with lib.session() as s, s.begin():
        target = _concern(s, target_id)
        if target.status == ConcernStatus.MERGED:
            raise ValueError(f"{target.code} is itself merged into another concern")
        for sid in sources:
            source = _concern(s, sid)
            if source.neighbourhood_id != target.neighbourhood_id:
                raise ValueError(f"{source.code} belongs to another neighbourhood")
            if source.status == ConcernStatus.MERGED:
                raise ValueError(f"{source.code} is already merged")
            moved = list(s.scalars(select(Report).where(Report.concern_id == sid)))
            for report in moved:
                report.concern_id = target_id
            lent_theme = None  # a target without a theme takes the first source's
            if target.theme_id is None and source.theme_id is not None:
                target.theme_id = lent_theme = source.theme_id
            audit(
                s,
                "concern",
                sid,
                "merge",
                before={"status": source.status.value, "merged_into_id": None},
                after={
                    "status": ConcernStatus.MERGED.value,
                    "merged_into_id": target_id,
                    "reports": [r.id for r in moved],
                    "target_theme_id": lent_theme,
                },
            )
            source.status = ConcernStatus.MERGED
            source.merged_into_id = target_id
        s.flush()


def _belongs_to(session: Session, concern_id: int) -> set[int]:
    """The concern and every concern merged into it, directly or through others."""
    family = {concern_id}
    frontier = [concern_id]
    while frontier:
        children = set(
            session.scalars(select(Concern.id).where(Concern.merged_into_id.in_(frontier)))
        )
        frontier = list(children - family)
        family |= children
    return family


def _last_merge(session: Session, concern_id: int) -> AuditEntry | None:
    return session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "concern",
            AuditEntry.entity_id == concern_id,
            AuditEntry.operation == "merge",
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )


def _status_before_merge(entry: AuditEntry | None) -> ConcernStatus:
    try:
        return ConcernStatus((entry.before or {})["status"])  # type: ignore[union-attr]
    except (AttributeError, KeyError, ValueError):
        return ConcernStatus.OPEN


def unmerge_concern(lib: Library, concern_id: int) -> None:
    """Undo a merge: the concern's own reports (and those merged into it) come back to it."""
    with lib.session() as s, s.begin():
        source = _concern(s, concern_id)
        if source.status != ConcernStatus.MERGED or source.merged_into_id is None:
            raise ValueError(f"{source.code} is not merged")
        target_id = source.merged_into_id
        family = _belongs_to(s, concern_id)
        moved = list(
            s.scalars(
                select(Report).where(
                    Report.original_concern_id.in_(family), Report.concern_id != concern_id
                )
            )
        )
        for report in moved:
            report.concern_id = concern_id
        merge = _last_merge(s, concern_id)
        status = _status_before_merge(merge)
        lent_theme = ((merge.after or {}) if merge else {}).get("target_theme_id")
        target = _concern(s, target_id)
        if lent_theme is not None and target.theme_id == lent_theme:
            target.theme_id = None  # the theme it took in the merge goes back with it
        audit(
            s,
            "concern",
            concern_id,
            "unmerge",
            before={"status": ConcernStatus.MERGED.value, "merged_into_id": target_id},
            after={
                "status": status.value,
                "merged_into_id": None,
                "reports": [r.id for r in moved],
            },
        )
        source.status = status
        source.merged_into_id = None
        s.flush()


def set_title(lib: Library, concern_id: int, title: str) -> str:
    """Change the public title; returns the old one.  An empty title is refused."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("a concern needs a title")
    if len(title) > MAX_TITLE:
        raise ValueError(f"a title has at most {MAX_TITLE} characters")
    with lib.session() as s, s.begin():
        concern = _concern(s, concern_id)
        old = concern.title
        if old != title:
            concern.title = title
            audit(s, "concern", concern_id, "set_title", {"title": old}, {"title": title})
        return old


_STREET_NUMBER = re.compile(
    r"(?i)\b\w*(?:straat|laan|weg|dijk|plein|kade|singel|gracht|hof|pad|dreef|steeg|markt|"
    r"baan|park|plantsoen|boulevard|dam|haven|veld|erf|hoek|tuin|wal)\s+\d{1,4}[a-z]?\b"
)
_PHONE = re.compile(r"(?<!\d)(?:\+31|0031|0)[\s\-.()]*\d(?:[\s\-.()]*\d){8}(?!\d)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}")
_PARTICLES = frozenset(
    [
        "de",
        "der",
        "den",
        "van",
        "ten",
        "ter",
        "het",
        "la",
        "le",
        "el",
        "al",
        "von",
        "mevrouw",
        "meneer",
        "dhr",
        "mw",
    ]
)


def _name_parts(name: str) -> list[str]:
    from buurtdesk.core.concerns.words import normalise

    return [p for p in normalise(name).split() if len(p) >= 3 and p not in _PARTICLES]


def title_warnings(lib: Library, concern_id: int | None, title: str) -> list[str]:
    """Why a public title may hold personal data: house_number, phone, email, submitter_name."""
    from buurtdesk.core.concerns.words import normalise

    codes: list[str] = []
    if _STREET_NUMBER.search(title):
        codes.append("house_number")
    if _PHONE.search(title):
        codes.append("phone")
    if _EMAIL.search(title):
        codes.append("email")
    if concern_id is not None:
        words = set(normalise(title).split())
        with lib.session() as s:
            family = _belongs_to(s, concern_id)
            names = s.scalars(
                select(Submitter.name)
                .join(Report, Report.submitter_id == Submitter.id)
                .where((Report.concern_id == concern_id) | Report.original_concern_id.in_(family))
            )
            if any(words & set(_name_parts(n)) for n in names if n):
                codes.append("submitter_name")
    return codes
