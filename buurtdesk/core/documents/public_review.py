"""What still looks personal in a meeting's public texts, before any public output goes out:
every concern title, action text, note and agenda line that output shows, as it will be
printed (cleaned by :func:`buurtdesk.core.text.clean`), with why it was flagged
(:func:`buurtdesk.core.text.looks_personal`).  ``output`` names the output (:data:`OUTPUTS`):
the ballots and the ranking show the concerns on the ballot, the concerns CSV the concerns
raised, the action list the priorities and their actions, the invitation its agenda and the
priorities it recalls, the report and the slides all of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.text import looks_personal

if TYPE_CHECKING:
    from buurtdesk.core.documents.data import ActionInfo
    from buurtdesk.core.store.library import Library

SUBMITTER_NAME = "name of a resident who reported it"

_ALL = frozenset({"ballot", "raised", "chosen", "actions", "agenda"})
OUTPUTS: dict[str, frozenset[str]] = {
    "report": _ALL,
    "slides": _ALL,
    "actions": frozenset({"chosen", "actions"}),  # the action list PDF and the actions CSV
    "ballots": frozenset({"ballot"}),
    "ranking": frozenset({"ballot"}),
    "concerns": frozenset({"raised"}),  # the concerns CSVs
    "invitation": frozenset({"agenda-titles", "latest"}),
}


@dataclass(frozen=True)
class Flag:
    code: str  # "K12", or "" for an agenda line or an action without a concern
    what: str  # title | action | note | result | agenda
    text: str  # as it goes public
    reasons: tuple[str, ...]  # public_text.REASONS, or SUBMITTER_NAME
    concern_id: int | None = None  # set for a concern title, which can be edited
    title: str = ""  # the stored title of that concern


def _action_flags(actions: list[ActionInfo]) -> list[Flag]:
    flags: list[Flag] = []
    seen: set[tuple[int, str]] = set()
    for a in actions:
        for what, text in (("action", a.description), ("note", a.last_note), ("result", a.result)):
            reasons = looks_personal(text)
            if reasons and (a.id, what) not in seen:
                seen.add((a.id, what))
                flags.append(Flag(a.concern_code, what, text, tuple(reasons)))
    return flags


def review(lib: Library, meeting_id: int, output: str = "report") -> list[Flag]:
    """Every text of the meeting that ``output`` shows and that still looks personal; empty
    when none does."""
    from sqlalchemy import select

    from buurtdesk.core.concerns.edit import title_warnings
    from buurtdesk.core.documents import data
    from buurtdesk.core.store.models import Concern
    from buurtdesk.core.text import clean
    from buurtdesk.core.voting.counting import voting_concerns

    with lib.session() as s:
        meeting = data.meeting_info(s, meeting_id)  # an unknown meeting stops here
    parts = OUTPUTS[output]
    ids = {c.id for c in voting_concerns(lib, meeting_id)} if "ballot" in parts else set()
    with lib.session() as s:
        chosen = data.priorities(s, meeting_id) if parts & {"chosen", "actions"} else []
        if "latest" in parts:
            chosen = data.latest_priorities(s, meeting)
        if "raised" in parts:
            ids |= {c.id for c in data.concerns_raised(s, meeting_id)}
        ids |= {p.concern_id for p in chosen}
        concerns = s.scalars(select(Concern).where(Concern.id.in_(ids)).order_by(Concern.number))
        stored = [(c.id, c.code, c.title, c.street) for c in concerns]
        actions = [a for p in chosen for a in p.actions] + data.earlier_actions(s, meeting)
        actions = actions if "actions" in parts else []
        agenda = data.agenda(s, meeting_id) if parts & {"agenda", "agenda-titles"} else []
        if "agenda" not in parts:
            agenda = [(title, "") for title, _notes in agenda]
    flags: list[Flag] = []
    for cid, code, title, street in stored:
        public = clean(title, street)
        reasons = looks_personal(public)
        if "submitter_name" in title_warnings(lib, cid, public):
            reasons.append(SUBMITTER_NAME)
        if reasons:
            flags.append(Flag(code, "title", public, tuple(reasons), cid, title))
    flags += _action_flags(actions)
    for title, notes in agenda:
        for text in (title, notes):
            reasons = looks_personal(text)
            if reasons:
                flags.append(Flag("", "agenda", text, tuple(reasons)))
    return flags


def warning_lines(lib: Library, meeting_id: int, output: str = "report") -> list[str]:
    """The review as English lines for the command line, one per flagged text."""
    return [
        f"{f.code or 'agenda'} {f.what} looks personal ({', '.join(f.reasons)}): {f.text}"
        for f in review(lib, meeting_id, output)
    ]
