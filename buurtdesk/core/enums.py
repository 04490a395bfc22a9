"""The fixed choices BuurtDesk stores: meeting and concern states, voting methods, sources.

Plain enums, no database and no Qt, so the window can use them without loading the models.
"""

from __future__ import annotations

import enum


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class VotingMethod(enum.StrEnum):
    DOTS = "dots"
    RANKED = "ranked"
    APPROVAL = "approval"


class ConcernStatus(enum.StrEnum):
    OPEN = "open"  # raised, not (yet) chosen: on the backlog
    CHOSEN = "chosen"  # a priority of some meeting
    RESOLVED = "resolved"  # its actions are done
    MERGED = "merged"  # its reports live under another concern


class ReportSource(enum.StrEnum):
    FORM = "form"
    MEETING = "meeting"
    EMAIL = "email"
    PHONE = "phone"
    SURVEY = "survey"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class TieResolution(enum.StrEnum):
    NONE = "none"
    REVOTE = "revote"
    AGREED = "agreed"
