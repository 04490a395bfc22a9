"""The edits of the Stemmen area as undoable commands; ``apply`` and ``revert`` call the core.

Every edit is first made directly (so a refusal shows before anything is pushed); the command
then goes on the window's undo stack with its first ``redo`` skipped
(:mod:`buurtdesk.gui.common.undo_base`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.undo_base import StoreCommand

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


class VoteCommand(StoreCommand):
    """Base: remembers the file and meeting; ``changed(meeting_id)`` after every redo/undo."""

    def __init__(self, text: str, lib: Library, meeting_id: int, changed: Callable[[int], None]):
        super().__init__(text, lambda: changed(meeting_id))
        self.lib = lib
        self.meeting_id = meeting_id


class TallyCommand(VoteCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        concern_id: int,
        code: str,
        before: int,
        after: int,
    ) -> None:
        text = arg(translate("Stemmen", "%1 geteld: %2"), code, after)
        super().__init__(text, lib, meeting_id, changed)
        self.concern_id, self.before, self.after = concern_id, before, after

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import set_tally

        set_tally(self.lib, self.meeting_id, self.concern_id, self.after)

    def revert(self) -> None:
        from buurtdesk.core.voting.counting import set_tally

        set_tally(self.lib, self.meeting_id, self.concern_id, self.before)


class AddBallotCommand(VoteCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        ballot_no: str,
        choices: Sequence[Any],
    ) -> None:
        super().__init__(
            arg(translate("Stemmen", "Briefje %1"), ballot_no), lib, meeting_id, changed
        )
        self.ballot_no, self.choices = ballot_no, list(choices)

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import add_ballot

        add_ballot(self.lib, self.meeting_id, self.ballot_no, self.choices)

    def revert(self) -> None:
        from buurtdesk.core.voting.counting import delete_ballot

        delete_ballot(self.lib, self.meeting_id, self.ballot_no)


class CorrectBallotCommand(VoteCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        ballot_no: str,
        before: Sequence[Any],
        after: Sequence[Any],
    ) -> None:
        text = arg(translate("Stemmen", "Briefje %1 gecorrigeerd"), ballot_no)
        super().__init__(text, lib, meeting_id, changed)
        self.ballot_no, self.before, self.after = ballot_no, list(before), list(after)

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import correct_ballot

        correct_ballot(self.lib, self.meeting_id, self.ballot_no, self.after)

    def revert(self) -> None:
        from buurtdesk.core.voting.counting import correct_ballot

        correct_ballot(self.lib, self.meeting_id, self.ballot_no, self.before)


class DeleteBallotCommand(AddBallotCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        ballot_no: str,
        choices: Sequence[Any],
    ) -> None:
        super().__init__(lib, meeting_id, changed, ballot_no, choices)
        self.setText(arg(translate("Stemmen", "Briefje %1 verwijderd"), ballot_no))

    def apply(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().apply()


class SettingsCommand(VoteCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(translate("Stemmen", "Stemmethode ingesteld"), lib, meeting_id, changed)
        self.before, self.after = before, after

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import set_method

        set_method(self.lib, self.meeting_id, **self.after)

    def revert(self) -> None:
        from buurtdesk.core.voting.counting import set_method

        set_method(self.lib, self.meeting_id, **self.before)


class TieCommand(VoteCommand):
    def __init__(
        self,
        lib: Library,
        meeting_id: int,
        changed: Callable[[int], None],
        chosen: Sequence[int],
        how: str,
        note: str,
        previous: Any,
    ) -> None:
        super().__init__(translate("Stemmen", "Gelijke stand beslist"), lib, meeting_id, changed)
        self.chosen, self.how, self.note, self.previous = list(chosen), how, note, previous

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import resolve_tie

        resolve_tie(self.lib, self.meeting_id, self.chosen, self.how, self.note)

    def revert(self) -> None:
        from buurtdesk.core.errors import VoteRefused
        from buurtdesk.core.voting.counting import clear_tie, resolve_tie

        clear_tie(self.lib, self.meeting_id)
        p = self.previous
        if p is not None:
            # When the tie has changed since, the old decision no longer fits: leave it.
            with contextlib.suppress(VoteRefused):
                resolve_tie(self.lib, self.meeting_id, p.chosen, p.how, p.note)


class PrioritiesCommand(VoteCommand):
    def __init__(self, lib: Library, meeting_id: int, changed: Callable[[int], None]) -> None:
        super().__init__(translate("Stemmen", "Prioriteiten vastgelegd"), lib, meeting_id, changed)

    def apply(self) -> None:
        from buurtdesk.core.voting.counting import choose_priorities

        choose_priorities(self.lib, self.meeting_id)

    def revert(self) -> None:
        from buurtdesk.core.voting.counting import clear_priorities

        clear_priorities(self.lib, self.meeting_id)
