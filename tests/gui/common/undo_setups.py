"""The Stemmen and Acties areas set up for the undo kinds (see ``undo_kinds.py``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

if TYPE_CHECKING:
    from tests.gui.common.undo_kinds import Env


# -- the Stemmen area, on the planted meeting ------------------------------------------------


def _votes(env: Env) -> Any:
    from buurtdesk.core.voting import counting as voting

    mid = env.ids["meeting"]
    settings = voting.voting_settings(env.lib, mid)
    return (
        voting.tallies(env.lib, mid),
        [(b.ballot_no, b.choices) for b in voting.ballots(env.lib, mid)],
        (str(settings.method), settings.priorities),
        voting.tie_resolution(env.lib, mid),
        [p.code for p in voting.priorities(env.lib, mid)],
    )


def _approval(env: Env) -> None:
    assert env.ui.change_settings({"method": "approval"})


def _approval_ballot(env: Env) -> None:
    _approval(env)
    assert env.ui.add_ballot("7", ["1", "2"])


def _tied(env: Env) -> None:
    assert env.ui.change_settings({"priorities": 2})
    for number, count in ((1, 5), (2, 4), (3, 4)):
        assert env.ui.commit_tally(env.ids[number], count)


def _resolve(env: Env) -> None:
    from buurtdesk.gui.voting.tie_dialog import AGREED, TieDialog

    def decide(dialog: TieDialog) -> int:
        dialog.boxes[env.ids[3]].setChecked(True)
        dialog.note_edit.setText("K3 ligt bij de school")
        return QDialog.DialogCode.Accepted

    env.monkeypatch.setattr(TieDialog, "exec", decide)
    assert env.ui.resolve_tie(AGREED)


def _counted(env: Env) -> None:
    for number, count in ((1, 5), (2, 4), (3, 3), (4, 1)):
        assert env.ui.commit_tally(env.ids[number], count)


# -- the Acties area, on the small neighbourhood ----------------------------------------------


def _actions(env: Env) -> Any:
    from buurtdesk.core.store.models import Action, ActionUpdate

    with env.lib.session() as s:
        actions = s.execute(
            select(Action.id, Action.description, Action.status, Action.result)
        ).all()
        updates = s.execute(select(ActionUpdate.action_id, ActionUpdate.note)).all()
    return tuple(map(tuple, actions)), tuple(map(tuple, updates))


def _police(text: str = "Snelheidscontroles") -> Any:
    from buurtdesk.gui.actions.dialogs import ActionInput

    return ActionInput(text, None, "wijkagent", dt.date(2026, 5, 1), 12, "open", "")


def _add_action(env: Env) -> None:
    env.ids["action"] = env.ui.add_action(env.ids["priority"], _police())
    assert env.ids["action"] is not None


def _add_then_review(env: Env) -> None:
    from tests.action_helpers import DATES

    _add_action(env)
    env.ui.show_meeting(env.lib, env.ids["meetings"][1], DATES[1])


def _update(env: Env) -> None:
    from buurtdesk.gui.actions.dialogs import UpdateInput

    update = UpdateInput(dt.date(2026, 6, 11), "in_progress", "Gestart", 3)
    env.ui.add_update(env.ids["action"], update)
