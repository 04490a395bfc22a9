"""Residents' names in what the verslag, the actielijst and the letters print, before they do.

Every text a document shows that the chair typed (concern titles, actions, their progress
notes and results, agenda lines) is checked against the names of the residents in the file
(:mod:`buurtdesk.core.privacy.known_names`).  The window and the command line warn with
what this finds; nothing is changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.documents import data
from buurtdesk.core.privacy.known_names import resident_names

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

CHECKED = ("report", "actions", "feedback")


@dataclass(frozen=True)
class NameHit:
    code: str  # "K12", or "" for an agenda line
    what: str  # title | action | note | result | agenda
    text: str  # as printed
    names: tuple[str, ...]  # the residents' names it holds


def _action_texts(actions: list[data.ActionInfo]) -> Iterator[tuple[str, str, str]]:
    for a in actions:
        for what, text in (("action", a.description), ("note", a.last_note), ("result", a.result)):
            yield a.concern_code, what, text


def _texts(s: Session, kind: str, meeting: data.MeetingInfo) -> Iterator[tuple[str, str, str]]:
    """(code, what, text) for every typed text document ``kind`` prints."""
    chosen = data.priorities(s, meeting.id, as_of=meeting)
    earlier = data.earlier_actions(s, meeting)
    yield from ((p.code, "title", p.title) for p in chosen)
    yield from _action_texts([a for p in chosen for a in p.actions] + earlier)
    yield from ((a.concern_code, "title", a.concern_title) for a in earlier)
    if kind == "actions":
        return
    merged = kind == "feedback"
    yield from (
        (c.code, "title", c.title) for c in data.concerns_raised(s, meeting.id, merged=merged)
    )
    if kind == "feedback":  # every concern's outcome, with the actions agreed for it
        raised = [c.id for c in data.concerns_raised(s, meeting.id, merged=True)]
        for found in data.concern_actions(s, raised).values():
            yield from _action_texts(found)
        return
    for title, notes in data.agenda(s, meeting.id):
        yield "", "agenda", title
        yield "", "agenda", notes


def name_hits(lib: Library, kind: str, meeting_id: int) -> list[NameHit]:
    """Every text of document ``kind`` that holds a resident's name; empty when none does."""
    if kind not in CHECKED:
        return []
    with lib.session() as s:
        meeting = data.meeting_info(s, meeting_id)
        known = resident_names(s)
        texts = list(_texts(s, kind, meeting))
    hits: list[NameHit] = []
    seen: set[tuple[str, str, str]] = set()
    for code, what, text in texts:
        names = known.find(text)
        if names and (code, what, text) not in seen:
            seen.add((code, what, text))
            hits.append(NameHit(code, what, text, tuple(names)))
    return hits


def warning_lines(lib: Library, kind: str, meeting_id: int) -> list[str]:
    """The hits as English lines for the command line."""
    return [
        f"{h.code or 'agenda'} {h.what} holds the name of a resident in the file "
        f"({', '.join(h.names)}): {h.text}"
        for h in name_hits(lib, kind, meeting_id)
    ]
