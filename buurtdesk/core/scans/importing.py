"""``import scans``: every page of scans and photos read, stored, and counted when complete.

A page is read outside any transaction (that takes the time), then stored in one short
transaction of its own, so Cancel or a crash keeps every page done before.  A ballot is
counted once all its pages are read and none of its boxes is unsure, through
``voting._ballots.insert_ballot``: the same rules and refusals as a typed ballot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.omr import images
from buurtdesk.core.omr import layout as geo
from buurtdesk.core.scans.sheets import Printed, printed
from buurtdesk.core.store.models import Meeting, ScanPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

COUNTED, INVALID, WAITING, REFUSED, DUPLICATE = (
    "counted",
    "invalid",
    "waiting",
    "refused",
    "duplicate",
)
DONE = (COUNTED, INVALID)


@dataclass(frozen=True)
class PageOutcome:
    file: str
    page: int
    sheet: str  # "17/1": ballot 17, its page 1; "" when the sheet was not recognised
    status: str
    reason: str
    scale: float | None = None


@dataclass
class ScanReport:
    pages: list[PageOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def all_done(self) -> bool:
        """Every page counted or invalid: nothing refused, duplicate or waiting."""
        return all(p.status in DONE for p in self.pages)

    def small_prints(self) -> list[PageOutcome]:
        from buurtdesk.core.omr.read import SCALE_WARN

        return [p for p in self.pages if p.scale is not None and p.scale < SCALE_WARN]


Progress = Callable[[int, str], None]  # pages done, the file being read


@dataclass
class _Read:
    """One page as read, before it meets the file."""

    image: images.PageImage
    markers: list[int] = field(default_factory=list)
    payload: str = ""
    scale: float | None = None
    boxes: list[dict[str, Any]] = field(default_factory=list)
    sheet: geo.Payload | None = None
    pages: int = 1
    refusal: str = ""  # "code: why"


def _read(image: images.PageImage, info: Printed) -> _Read:
    from buurtdesk.core.omr import read

    out = _Read(image)
    if image.problem:
        out.refusal = f"unreadable: {image.problem}"
        return out
    located = read.locate(image.gray, image.dpi, image.photo)
    out.markers, out.payload, out.scale = located.markers, located.payload, located.scale
    if located.problem:
        out.refusal = f"no_markers: {located.problem}"
        return out
    sheet = geo.parse_payload(located.payload)
    if sheet is None:
        why = "no QR code could be read" if not located.payload else "the QR code is no ballot's"
        out.refusal = f"no_code: {why}"
        return out
    out.sheet = sheet
    if sheet.meeting != info.uuid:
        other = info.others.get(sheet.meeting)
        where = f"meeting {other} in this file" if other else "a meeting not in this file"
        out.refusal = f"other_meeting: a ballot of {where}"
        return out
    batch = info.batches.get(sheet.batch)
    if batch is None:
        out.refusal = f"unknown_batch: batch {sheet.batch} was never printed for this meeting"
        return out
    if not batch.first <= sheet.number <= batch.last:
        out.refusal = f"never_printed: number {sheet.number} was never printed in {sheet.batch}"
        return out
    plan = info.pages(batch)
    if not 1 <= sheet.page <= len(plan) or plan[sheet.page - 1].hash != sheet.hash:
        out.refusal = (
            f"unknown_layout: layout {sheet.hash} is not how batch {sheet.batch} was printed "
            "(was the voting method or the list changed after printing?)"
        )
        return out
    out.pages = len(plan)
    reading = read.measure(located.page, plan[sheet.page - 1].boxes)
    out.boxes = [
        {"concern": m.box.concern, "place": m.box.place, "fill": m.fill, "decision": m.decision}
        for m in reading.boxes
    ]
    return out


def import_scans(
    lib: Library,
    meeting_id: int,
    paths: list[Path],
    *,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> ScanReport:
    """Read every page of ``paths`` (files or folders) into meeting ``meeting_id``."""
    with lib.session() as s:
        info = printed(s, meeting_id)
    report = ScanReport()
    done = 0
    for path in images.expand([Path(p) for p in paths]):
        for image in images.pages(path):
            if stop is not None and stop():
                report.cancelled = True
                return report
            read = _read(image, info)
            with lib.session() as s, s.begin():
                row = _store(s, meeting_id, read)
                if row.status == WAITING and read.sheet is not None:
                    _settle(s, meeting_id, read.sheet.number, read.pages)
                report.pages.append(page_outcome(row))
            done += 1
            if progress is not None:
                progress(done, path.name)
    _refresh(lib, meeting_id, report)
    return report


def _refresh(lib: Library, meeting_id: int, report: ScanReport) -> None:
    """A page's status as it ended: an earlier page waits no more once its ballot counted."""
    with lib.session() as s:
        for i, p in enumerate(report.pages):
            if p.status != WAITING:
                continue
            row = s.scalar(
                select(ScanPage)
                .where(ScanPage.meeting_id == meeting_id, ScanPage.file == p.file[-260:])
                .where(ScanPage.page == p.page)
                .order_by(ScanPage.id.desc())
            )
            if row is not None:
                report.pages[i] = page_outcome(row)


def page_outcome(row: ScanPage) -> PageOutcome:
    sheet = f"{row.number}/{row.sheet_page}" if row.number is not None else ""
    return PageOutcome(row.file, row.page, sheet, row.status, row.reason, row.scale)


def _store(s: Session, meeting_id: int, read: _Read) -> ScanPage:
    sheet = read.sheet
    row = ScanPage(
        meeting_id=meeting_id,
        file=read.image.file[-260:],
        page=read.image.page,
        image_sha256=read.image.sha256,
        markers=read.markers,
        qr_payload=read.payload[:200],
        batch=sheet.batch[:30] if sheet else "",
        number=sheet.number if sheet else None,
        sheet_page=sheet.page if sheet else None,
        scale=read.scale,
        boxes=read.boxes,
        status=REFUSED if read.refusal else WAITING,
        reason=read.refusal[:200],
    )
    if not read.refusal and sheet is not None:
        earlier = s.scalar(
            select(ScanPage).where(
                ScanPage.meeting_id == meeting_id,
                ScanPage.number == sheet.number,
                ScanPage.sheet_page == sheet.page,
                ScanPage.status.in_((COUNTED, INVALID, WAITING)),
            )
        )
        if earlier is not None:
            row.status = DUPLICATE
            row.reason = (
                f"duplicate: ballot {sheet.number} page {sheet.page} was read before "
                f"({Path(earlier.file).name} page {earlier.page}), never counted twice"
            )[:200]
    s.add(row)
    s.flush()
    return row


def _settle(s: Session, meeting_id: int, number: int, pages: int) -> None:
    """Count ballot ``number`` when all its pages are read and no box is unsure."""
    rows = list(
        s.scalars(
            select(ScanPage).where(
                ScanPage.meeting_id == meeting_id,
                ScanPage.number == number,
                ScanPage.status == WAITING,
            )
        )
    )
    have = {r.sheet_page for r in rows}
    missing = [p for p in range(1, pages + 1) if p not in have]
    unsure = [
        _box_name(b, r.sheet_page, pages)
        for r in rows
        for b in r.boxes
        if b.get("decision") == "unsure"
    ]
    reason = ""
    if unsure:
        reason = "unsure: " + ", ".join(unsure[:6]) + (" ..." if len(unsure) > 6 else "")
    if missing:
        reason = f"incomplete: page {', '.join(map(str, missing))} of {pages} not read yet" + (
            f"; {reason}" if reason else ""
        )
    if reason:
        for r in rows:
            r.reason = reason[:200]
        return
    boxes = [b for r in sorted(rows, key=lambda r: r.sheet_page or 0) for b in r.boxes]
    status, reason, ballot_no = _count(s, meeting_id, number, boxes)
    for r in rows:
        r.status, r.reason, r.ballot_no = status, reason[:200], ballot_no


def _box_name(box: dict[str, Any], page: int | None, pages: int) -> str:
    name = str(box.get("concern"))
    if box.get("place"):
        name += f" place {box['place']}"
    return name + (f" (page {page})" if pages > 1 else "")


def _count(
    s: Session, meeting_id: int, number: int, boxes: list[dict[str, Any]]
) -> tuple[str, str, str | None]:
    """The ballot through the typed ballots' path: (status, reason, ballot number)."""
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    m = s.get(Meeting, meeting_id)
    assert m is not None
    marked = [x for x in boxes if x.get("decision") == "marked"]
    invalid: tuple[str, str] | None = None
    if any(x.get("place") for x in boxes):
        by_place: dict[int, list[str]] = {}
        for x in marked:
            by_place.setdefault(int(x["place"]), []).append(str(x["concern"]))
        choices = [code for place in sorted(by_place) for code in by_place[place]]
        twice = [p for p, codes in sorted(by_place.items()) if len(codes) > 1]
        if twice:
            invalid = ("place_twice", f"place {twice[0]} is marked for more than one concern")
    else:
        choices = [str(x["concern"]) for x in marked]
    no = str(number)
    try:
        result = b.insert_ballot(s, m, d.known_numbers(s, m), no, choices, invalid=invalid)
    except VoteRefused as exc:
        if exc.code == "ballot_present":
            return DUPLICATE, f"duplicate: {exc}", None
        return REFUSED, f"{exc.code}: {exc}", None
    if result.valid:
        return COUNTED, "", no
    return INVALID, f"{result.reason_code}: {result.reason}", no
