"""What still looks personal in a meeting's public texts, before the report or the slides go
out: every concern title, action text, note and agenda line the report and the projector
show, as they will be printed (cleaned), with why it was flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.text import looks_personal

if TYPE_CHECKING:
    from buurtdesk.core.documents.data import ActionInfo
    from buurtdesk.core.store.library import Library

SUBMITTER_NAME = "name of a resident who reported it"


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


def review(lib: Library, meeting_id: int) -> list[Flag]:
    """Every public text of the meeting that still looks personal; empty when none does."""
    from sqlalchemy import select

    from buurtdesk.core.concerns.edit import title_warnings
    from buurtdesk.core.documents import data
    from buurtdesk.core.store.models import Concern
    from buurtdesk.core.text import clean
    from buurtdesk.core.voting.counting import voting_concerns

    with lib.session() as s:
        meeting = data.meeting_info(s, meeting_id)  # an unknown meeting stops here
    ids = {c.id for c in voting_concerns(lib, meeting_id)}  # on the ballot and the ranking
    with lib.session() as s:
        chosen = data.priorities(s, meeting_id)
        ids |= {c.id for c in data.concerns_raised(s, meeting_id)} | {p.concern_id for p in chosen}
        concerns = s.scalars(select(Concern).where(Concern.id.in_(ids)).order_by(Concern.number))
        stored = [(c.id, c.code, c.title, c.street) for c in concerns]
        actions = [a for p in chosen for a in p.actions] + data.earlier_actions(s, meeting)
        agenda = data.agenda(s, meeting_id)
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


def warning_lines(lib: Library, meeting_id: int) -> list[str]:
    """The review as English lines for the command line, one per flagged text."""
    return [
        f"{f.code or 'agenda'} {f.what} looks personal ({', '.join(f.reasons)}): {f.text}"
        for f in review(lib, meeting_id)
    ]
