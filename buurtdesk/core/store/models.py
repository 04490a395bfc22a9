"""The data model: everything a committee needs to remember, in one SQLite file.

Personal data lives only in :class:`Submitter`.  Every other table refers to a person by id,
so deleting a submitter really deletes them.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from buurtdesk.core.enums import (
    ActionStatus,
    ConcernStatus,
    MeetingStatus,
    ReportSource,
    TieResolution,
    VotingMethod,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text, portable to any database."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda e: [m.value for m in e],
    )


class Setting(Base):
    """Key/value settings that belong to the file, such as the retention period."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Neighbourhood(Base):
    __tablename__ = "neighbourhood"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    # The committee as the sender of letters and the contact on the flyer and the forms:
    # printed, so the committee's own details, never a private address.
    sender_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sender_address: Mapped[str] = mapped_column(String(300), default="", server_default="")
    sender_contact: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    uuid: Mapped[str | None] = mapped_column(String(36), unique=True, index=True, default=new_uuid)
    # How often this neighbourhood was published for the city; each package takes the next.
    publish_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="neighbourhood", order_by="Meeting.date"
    )


class Partner(Base):
    """An organisation at the table: residents, police, municipality, ..."""

    __tablename__ = "partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    is_residents: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    contacts: Mapped[list[PartnerContact]] = relationship(
        back_populates="partner", order_by="PartnerContact.position", cascade="all, delete-orphan"
    )


class PartnerContact(Base):
    """A professional at a partner organisation: personal data of a professional, so inzage,
    erasure and retention cover it.  Public documents print only the role, and the name only
    where ``name_public`` is ticked."""

    __tablename__ = "partner_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    name_public: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Theme(Base):
    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The theme of the municipality's city theme list this theme counts under (its code).
    city_theme: Mapped[str | None] = mapped_column(String(80))


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    neighbourhood_id: Mapped[int] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    residents_present: Mapped[int | None] = mapped_column(Integer)
    priorities_count: Mapped[int] = mapped_column(Integer, default=3)
    voting_method: Mapped[VotingMethod] = mapped_column(
        _enum(VotingMethod), default=VotingMethod.DOTS
    )
    dots_per_resident: Mapped[int] = mapped_column(Integer, default=3)
    max_dots_per_concern: Mapped[int | None] = mapped_column(Integer)
    ranked_choices: Mapped[int] = mapped_column(Integer, default=3)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)

    neighbourhood: Mapped[Neighbourhood] = relationship(back_populates="meetings")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    partners: Mapped[list[MeetingPartner]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class MeetingPartner(Base):
    """A partner at one meeting: present or not, who came, and the hours it offers."""

    __tablename__ = "meeting_partner"
    __table_args__ = (UniqueConstraint("meeting_id", "partner_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    present: Mapped[bool | None] = mapped_column(Boolean)
    attendees: Mapped[str] = mapped_column(String(300), default="")
    hours_offered: Mapped[float | None] = mapped_column(Float)

    meeting: Mapped[Meeting] = relationship(back_populates="partners")
    partner: Mapped[Partner] = relationship()


class Concern(Base):
    """A problem as the neighbourhood sees it; raised by one or more reports."""

    __tablename__ = "concern"
    __table_args__ = (UniqueConstraint("neighbourhood_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    neighbourhood_id: Mapped[int] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"), index=True)
    street: Mapped[str] = mapped_column(String(120), default="")
    first_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    status: Mapped[ConcernStatus] = mapped_column(_enum(ConcernStatus), default=ConcernStatus.OPEN)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("concern.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    theme: Mapped[Theme | None] = relationship()
    reports: Mapped[list[Report]] = relationship(
        back_populates="concern", foreign_keys="Report.concern_id", order_by="Report.id"
    )

    @property
    def code(self) -> str:
        return f"K{self.number}"


class Submitter(Base):
    """Personal data, kept apart so it can be left out, exported and deleted in one place."""

    __tablename__ = "submitter"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="", server_default="")
    town: Mapped[str] = mapped_column(String(120), default="", server_default="")
    language: Mapped[str] = mapped_column(String(5), default="", server_default="")  # "" = any
    wants_feedback: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Report(Base):
    """One resident raising a concern once, in their own words."""

    __tablename__ = "report"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    # The concern the report was first filed under, so an un-merge restores it exactly.
    original_concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    wording: Mapped[str] = mapped_column(Text)
    source: Mapped[ReportSource] = mapped_column(_enum(ReportSource), default=ReportSource.FORM)
    form_no: Mapped[str | None] = mapped_column(String(30))
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    submitter_id: Mapped[int | None] = mapped_column(
        ForeignKey("submitter.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    concern: Mapped[Concern] = relationship(back_populates="reports", foreign_keys=[concern_id])
    submitter: Mapped[Submitter | None] = relationship()


class Ballot(Base):
    """One paper or imported ballot, stored raw so the count can always be redone."""

    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("meeting_id", "ballot_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    ballot_no: Mapped[str] = mapped_column(String(30))
    method: Mapped[VotingMethod] = mapped_column(_enum(VotingMethod))
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)  # concern numbers, as cast
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    invalid_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ScanPage(Base):
    """One page read from a scan or photo of a printed ballot, with what was measured on it.

    ``status``: counted, invalid, waiting (a box is unsure, or a page of the ballot is
    missing), refused (``reason`` says why) or duplicate.  No image and nothing personal."""

    __tablename__ = "scan_page"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    file: Mapped[str] = mapped_column(String(260))
    page: Mapped[int] = mapped_column(Integer)  # 1-based in that file
    image_sha256: Mapped[str] = mapped_column(String(64))
    markers: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ids found
    qr_payload: Mapped[str] = mapped_column(String(200), default="")
    batch: Mapped[str] = mapped_column(String(30), default="")
    number: Mapped[int | None] = mapped_column(Integer)
    sheet_page: Mapped[int | None] = mapped_column(Integer)
    scale: Mapped[float | None] = mapped_column(Float)  # printed size / true size
    boxes: Mapped[list[Any]] = mapped_column(JSON, default=list)  # concern, place, fill, decision
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200), default="")
    ballot_no: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Tally(Base):
    """A count per concern: dots off the sticker sheet, or hands raised."""

    __tablename__ = "tally"
    __table_args__ = (UniqueConstraint("meeting_id", "concern_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    method: Mapped[VotingMethod] = mapped_column(_enum(VotingMethod))
    count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Priority(Base):
    """A concern a meeting chose, with its rank, score and how any tie was settled."""

    __tablename__ = "priority"
    __table_args__ = (UniqueConstraint("meeting_id", "concern_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float, default=0)
    tie_resolution: Mapped[TieResolution] = mapped_column(
        _enum(TieResolution), default=TieResolution.NONE
    )
    tie_note: Mapped[str] = mapped_column(Text, default="")

    concern: Mapped[Concern] = relationship()
    actions: Mapped[list[Action]] = relationship(back_populates="priority", order_by="Action.id")


class Action(Base):
    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("priority.id"), index=True)
    concern_id: Mapped[int | None] = mapped_column(ForeignKey("concern.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    # A resident's name goes on the actielijst only when the chair ticked it for this action.
    name_on_list: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    hours_planned: Mapped[float | None] = mapped_column(Float)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    result: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    priority: Mapped[Priority | None] = relationship(back_populates="actions")
    owner: Mapped[Partner | None] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", order_by="ActionUpdate.date", cascade="all, delete-orphan"
    )


class ActionUpdate(Base):
    __tablename__ = "action_update"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus))
    note: Mapped[str] = mapped_column(Text, default="")
    hours_spent: Mapped[float | None] = mapped_column(Float)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)

    action: Mapped[Action] = relationship(back_populates="updates")


class AuditEntry(Base):
    """What changed, when, before and after.  Refers to people by id only."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
