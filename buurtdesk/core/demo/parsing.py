"""Reading the demo's literal texts: concerns, repeated wordings, actions and updates."""

from __future__ import annotations

from typing import NamedTuple

from buurtdesk.core.enums import ActionStatus


class ConcernText(NamedTuple):
    key: str
    theme: str
    street: str
    title: str
    wordings: tuple[str, ...]


class UpdateText(NamedTuple):
    day: int
    status: ActionStatus
    note: str
    hours: float | None


class ActionText(NamedTuple):
    meeting: int  # index in data.MEETINGS of the meeting that agreed it
    concern: str
    partner: str
    person: str
    due: int
    hours: float | None
    description: str
    result: str
    updates: tuple[UpdateText, ...]


def _hours(text: str) -> float | None:
    return float(text) if text.strip() else None


def _fields(line: str, count: int) -> list[str]:
    parts = [part.strip() for part in line.split("|", count - 1)]
    return parts + [""] * (count - len(parts))


def parse_concerns(block: str) -> list[ConcernText]:
    """Read ``key | theme | street | title`` lines, each followed by indented wordings."""
    result: list[ConcernText] = []
    for line in block.strip("\n").splitlines():
        if line.startswith(" "):
            key, theme, street, title, wordings = result[-1]
            result[-1] = ConcernText(key, theme, street, title, (*wordings, line.strip()))
        elif line.strip():
            key, theme, street, title = _fields(line, 4)
            result.append(ConcernText(key, theme, street, title, ()))
    return result


def parse_again(block: str) -> list[tuple[str, str]]:
    """Read ``key | wording`` lines: an earlier concern raised again."""
    return [(k, w) for k, w in (_fields(line, 2) for line in block.splitlines() if line.strip())]


def parse_actions(block: str) -> list[ActionText]:
    """Read the action blocks described in :mod:`buurtdesk.core.demo.texts`."""
    result: list[ActionText] = []
    for line in block.strip("\n").splitlines():
        if line.startswith("@"):
            meeting, concern, partner, person, due, hours = _fields(line[1:], 6)
            result.append(
                ActionText(
                    int(meeting), concern, partner, person, int(due), _hours(hours), "", "", ()
                )
            )
            continue
        action = result[-1]
        if line.startswith("= "):
            result[-1] = action._replace(result=f"{action.result} {line[2:]}".strip())
        elif line.split("|")[0].strip().lstrip("-").isdigit():
            day, status, note, hours = _fields(line, 4)
            update = UpdateText(int(day), ActionStatus(status), note, _hours(hours))
            result[-1] = action._replace(updates=(*action.updates, update))
        else:
            result[-1] = action._replace(description=f"{action.description} {line}".strip())
    return result
