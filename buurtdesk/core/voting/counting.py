"""Counting votes for a meeting: its method, tallies, ballots and the ranking they make.

Every function takes a :class:`~buurtdesk.core.store.library.Library` and is one transaction.
Refusals raise :class:`VoteRefused` with a stable ``code`` (see :data:`REFUSAL_CODES`) and an
English message; the window maps the codes to Dutch.  Corrections and deletions of tallies and
ballots go in the audit log with their before and after values.

Which concerns are on the ballot: the neighbourhood's open, unmerged concerns raised at this
meeting or before it (the backlog), plus any concern this meeting already counted or chose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from buurtdesk.core.enums import TieResolution, VotingMethod
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.voting.ranking import Ranking
from buurtdesk.core.voting.rows import (
    BallotResult,
    BallotRow,
    PriorityRow,
    TallyChange,
    TieRecord,
    VotingConcern,
    VotingSettings,
)

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library, MeetingSummary

# Every code VoteRefused may carry, with its English meaning.
REFUSAL_CODES: dict[str, str] = {
    "unknown_meeting": "no such meeting",
    "unknown_concern": "no such concern on this meeting's ballot",
    "duplicate_choice": "the same concern is named twice",
    "too_many_choices": "more choices than allowed",
    "empty": "the ballot names no concern",
    "too_many_dots": "more dots on one concern than allowed",
    "negative": "a count cannot be negative",
    "over_attendance": "more votes than the residents present can cast",
    "method_locked": "votes of another method are already stored",
    "wrong_method": "this kind of vote does not fit the meeting's method",
    "mixed_counting": "approval is counted either by ballots or by hands, not both",
    "ballot_present": "this ballot number is already counted",
    "unknown_ballot": "no ballot with this number",
    "no_ballot_number": "a ballot needs a number (at most 30 characters)",
    "bad_setting": "a setting is out of range",
    "no_tie": "there is no tie at the cut",
    "bad_resolution": "the resolution does not fill the places of the tie",
    "note_required": "an agreed choice needs a reason",
    "unresolved_tie": "a tie at the cut is not resolved yet",
    "no_votes": "no concern has any votes yet",
    "has_actions": "a priority already has actions",
    "meeting_closed": "the meeting is closed",
}


def meeting_started(lib: Library, meeting_id: int) -> bool:
    """Whether votes and priorities belong in this meeting yet: it is under way or held.

    The window asks "start the meeting first?" when this is false; the command line refuses.
    """
    from buurtdesk.core.enums import MeetingStatus
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        return d.meeting(s, meeting_id).status != MeetingStatus.PLANNED


def printed_ballots_on_record(lib: Library, meeting_id: int) -> bool:
    """Whether ballots of this meeting are checked against the ballots printed for it: a
    number never printed or a choice not on its batch makes a ballot invalid.  False for a
    meeting whose ballots were never printed by BuurtDesk (older files, hand-made ballots)."""
    from buurtdesk.core.voting import _ballots as b

    with lib.session() as s:
        return b.printed_record(s, meeting_id)


def start_meeting(lib: Library, meeting_id: int) -> bool:
    """Mark a planned meeting as under way; False when it already was.  A closed meeting
    stays closed (``meeting_closed``)."""
    from buurtdesk.core.enums import MeetingStatus
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        status = d.meeting(s, meeting_id).status
    if status == MeetingStatus.CLOSED:
        raise VoteRefused("meeting_closed", f"meeting {meeting_id} is closed")
    if status == MeetingStatus.IN_PROGRESS:
        return False
    lib.set_meeting_status(meeting_id, MeetingStatus.IN_PROGRESS)
    return True


def voting_settings(lib: Library, meeting_id: int) -> VotingSettings:
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        return d.settings_of(s, d.meeting(s, meeting_id))


def set_method(
    lib: Library,
    meeting_id: int,
    method: VotingMethod | str | None = None,
    choices: int | None = None,
    dots: int | None = None,
    max_per_concern: int | None = None,
    priorities: int | None = None,
    residents_present: int | None = None,
) -> VotingSettings:
    """Change the meeting's voting settings; ``None`` leaves a setting as it is.

    ``max_per_concern=0`` clears the limit back to the default (the dots per resident);
    ``residents_present=0`` clears the attendance.  The method cannot change once votes of
    another method are stored (``method_locked``); K cannot change once ranked ballots are
    stored; limits that the stored tallies already exceed are refused.
    """
    from buurtdesk.core.voting import _db as d

    with lib.session() as s, s.begin():
        m = d.meeting(s, meeting_id)
        d.apply_settings(
            s, m, method, choices, dots, max_per_concern, priorities, residents_present
        )
        s.flush()
        return d.settings_of(s, m)


def voting_concerns(lib: Library, meeting_id: int) -> list[VotingConcern]:
    """The concerns on this meeting's ballot, by number."""
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        return d.concerns_on_ballot(s, d.meeting(s, meeting_id))


# -- tallies --------------------------------------------------------------------------------


def tallies(lib: Library, meeting_id: int) -> dict[int, int]:
    """Concern id -> counted dots or hands (only concerns with a count)."""
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        d.meeting(s, meeting_id)
        return d.tally_map(s, meeting_id)


def set_tally(lib: Library, meeting_id: int, concern: str | int, count: int) -> TallyChange:
    """Set the count of one concern: ``"K12"``, ``"12"`` (numbers) or ``12`` (an id).

    Refuses an unknown concern, a negative count, more than the per-concern limit and a total
    above residents x dots.  A count of 0 removes the tally.  Corrections are audit-logged.
    """
    from buurtdesk.core.voting import _db as d

    with lib.session() as s, s.begin():
        m = d.meeting(s, meeting_id)
        return d.apply_tally(s, m, d.find_concern(s, m, concern), count)


# -- ballots --------------------------------------------------------------------------------


def ballots(lib: Library, meeting_id: int) -> list[BallotRow]:
    """Every ballot of the meeting, valid and invalid, in ballot-number order."""
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        d.meeting(s, meeting_id)
        return b.ballot_rows(s, meeting_id)


def add_ballot(
    lib: Library, meeting_id: int, ballot_no: str, choices: Sequence[str | int]
) -> BallotResult:
    """Store one ballot (ranked or approval).  An invalid ballot is stored with its reason.

    Raises ``ballot_present`` when the number is already counted.
    """
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    with lib.session() as s, s.begin():
        m = d.meeting(s, meeting_id)
        return b.insert_ballot(s, m, d.known_numbers(s, m), ballot_no, choices)


def correct_ballot(
    lib: Library,
    meeting_id: int,
    ballot_no: str,
    choices: Sequence[str | int],
    new_ballot_no: str | None = None,
) -> BallotResult:
    """Replace a ballot's choices (and optionally its number); audit-logged."""
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    with lib.session() as s, s.begin():
        m = d.meeting(s, meeting_id)
        return b.update_ballot(s, m, ballot_no, choices, new_ballot_no)


def delete_ballot(lib: Library, meeting_id: int, ballot_no: str) -> BallotRow:
    """Delete a ballot; returns it as it was (so an undo can add it again).  Audit-logged."""
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    with lib.session() as s, s.begin():
        d.meeting(s, meeting_id)
        return b.remove_ballot(s, meeting_id, ballot_no)


# -- ranking, ties and priorities ------------------------------------------------------------


def meeting_ranking(lib: Library, meeting_id: int) -> Ranking:
    """The live ranking of every concern on the ballot, with a stored tie resolution applied
    when it still matches the tie at the cut."""
    from buurtdesk.core.voting import _ballots as b
    from buurtdesk.core.voting import _db as d

    with lib.session() as s:
        return b.compute_ranking(s, d.meeting(s, meeting_id))


def tie_resolution(lib: Library, meeting_id: int) -> TieRecord | None:
    from buurtdesk.core.voting.tie_record import load_tie

    with lib.session() as s:
        return load_tie(s, meeting_id)


def resolve_tie(
    lib: Library,
    meeting_id: int,
    chosen_concern_ids: Sequence[int],
    how: TieResolution | str,
    note: str = "",
) -> None:
    """Settle the tie at the cut: ``chosen_concern_ids`` fill its open places.

    ``how`` is ``revote`` (a re-vote between the tied concerns) or ``agreed`` (an agreed choice;
    ``note`` gives the reason and is required).  The record keeps which.
    """
    from buurtdesk.core.voting import _ties as t

    with lib.session() as s, s.begin():
        t.store_tie(s, meeting_id, chosen_concern_ids, how, note)


def clear_tie(lib: Library, meeting_id: int) -> TieRecord | None:
    """Forget the tie resolution (returns what it was); audit-logged."""
    from buurtdesk.core.voting import _ties as t

    with lib.session() as s, s.begin():
        return t.drop_tie(s, meeting_id)


def priorities(lib: Library, meeting_id: int) -> list[PriorityRow]:
    from buurtdesk.core.voting import _ties as t

    with lib.session() as s:
        return t.priority_rows(s, meeting_id)


def choose_priorities(lib: Library, meeting_id: int) -> list[int]:
    """Write the meeting's Priority rows from the ranking and mark those concerns CHOSEN.

    Returns the chosen concern ids in ranked order.  Refused while a tie at the cut is
    unresolved (``unresolved_tie``) or when nothing has votes (``no_votes``).
    """
    from buurtdesk.core.voting import _ties as t

    with lib.session() as s, s.begin():
        return t.write_priorities(s, meeting_id)


def clear_priorities(lib: Library, meeting_id: int) -> list[int]:
    """Undo :func:`choose_priorities`: remove the rows, concerns back to open."""
    from buurtdesk.core.voting import _ties as t

    with lib.session() as s, s.begin():
        return t.remove_priorities(s, meeting_id)


def tallies_by_code(lib: Library, meeting_id: int) -> Mapping[str, int]:
    """``{"K12": 5, ...}``: the tallies keyed by concern number, for reports and tests."""
    codes = {c.id: c.code for c in voting_concerns(lib, meeting_id)}
    return {codes.get(cid, f"#{cid}"): n for cid, n in tallies(lib, meeting_id).items()}


def summary_with_points(lib: Library, meeting_id: int) -> MeetingSummary:
    """The meeting's summary with the ranking's total worked out when votes were cast."""
    summary = lib.meeting_summary(meeting_id)
    if not summary.votes:
        return summary
    return replace(summary, points=float(meeting_ranking(lib, meeting_id).total))
