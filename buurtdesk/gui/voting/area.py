"""The Stemmen area: method settings, the tally grid, paper ballots and the live ranking.

Every commit goes through the core (``buurtdesk.core.voting.counting``, imported lazily), lands
on the window's undo stack and is announced with :attr:`VotingArea.votes_changed` (the new ranking),
which the projector follows.  Decisions (ties, priorities, settings) also announce
:attr:`VotingArea.decisions_changed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.errors import VoteRefused
from buurtdesk.gui.common.texts import arg
from buurtdesk.gui.voting.ballot_entry import BallotEntry
from buurtdesk.gui.voting.commands import (
    AddBallotCommand,
    CorrectBallotCommand,
    DeleteBallotCommand,
    PrioritiesCommand,
    SettingsCommand,
    TallyCommand,
    TieCommand,
)
from buurtdesk.gui.voting.live_ranking import TallyRanking
from buurtdesk.gui.voting.models import RankingModel, ranking_table
from buurtdesk.gui.voting.scan_import import import_scans
from buurtdesk.gui.voting.settings import SettingsRow
from buurtdesk.gui.voting.start_offer import StartOffer
from buurtdesk.gui.voting.tally_grid import TallyGrid
from buurtdesk.gui.voting.texts import ballot_reason, refusal
from buurtdesk.gui.voting.tie_dialog import AGREED, REVOTE, TieDialog

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.voting.ranking import Ranking

TALLY_TAB, BALLOT_TAB = range(2)


class VotingArea(QWidget):
    votes_changed = Signal(object)  # the new Ranking, after every committed count or ballot
    decisions_changed = Signal()  # settings, a tie or the priorities changed
    beamer_requested = Signal()  # the ranking on the beamer, following the counting
    start_meeting_requested = Signal()  # counting began in a planned meeting: start it

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.library: Library | None = None
        self.meeting_id: int | None = None
        self.ranking: Ranking | None = None
        self.counts: dict[int, int] = {}
        self.known: set[int] = set()
        self.settings: Any = None
        self.concerns: list[Any] = []
        self.fast_ranking: TallyRanking | None = None
        self._offer_start = StartOffer(self)  # a planned meeting counted in: start it?
        self._build()

    def _build(self) -> None:
        self.settings_row = SettingsRow(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("votingMessage")
        self.tally = TallyGrid(self)
        self.ballots = BallotEntry(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tally, self.tr("Telling per knelpunt"))
        self.tabs.addTab(self.ballots, self.tr("Stembriefjes"))
        self.totals = QLabel(self)
        self.totals.setProperty("hint", True)
        self.tie_frame = QFrame(self)
        self.tie_frame.setObjectName("tieFrame")
        self.tie_label = QLabel(self.tie_frame)
        self.tie_label.setWordWrap(True)
        self.revote_button = QPushButton(self.tr("Herstemming…"), self.tie_frame)
        self.agreed_button = QPushButton(self.tr("Afgesproken keuze…"), self.tie_frame)
        tie_layout = QHBoxLayout(self.tie_frame)
        tie_layout.addWidget(self.tie_label, 1)
        tie_layout.addWidget(self.revote_button)
        tie_layout.addWidget(self.agreed_button)
        self.ranking_model = RankingModel(self)
        self.ranking_table = ranking_table(self.ranking_model, self)
        self.choose_button = QPushButton(self.tr("Prioriteiten vastleggen"), self)
        self.choose_button.setObjectName("choosePrioritiesButton")
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Ranglijst"), right)
        title.setProperty("subheading", True)
        self.beamer_button = QPushButton(self.tr("Op de &beamer"), right)
        self.beamer_button.setObjectName("rankingBeamerButton")
        self.beamer_button.setToolTip(
            self.tr(
                "De ranglijst op de beamer; die volgt de telling en toont daarna de prioriteiten."
            )
        )
        self.beamer_button.clicked.connect(self.beamer_requested)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.beamer_button)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.totals)
        right_layout.addWidget(self.tie_frame)
        right_layout.addWidget(self.ranking_table, 1)
        bottom = QFormLayout()
        bottom.addRow(self.choose_button, self.chosen_label)
        right_layout.addLayout(bottom)
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.tally.commit_requested.connect(self.commit_tally)
        self.ballots.add_requested.connect(self.add_ballot)
        self.ballots.correct_requested.connect(self.correct_ballot)
        self.ballots.delete_requested.connect(self.delete_ballot)
        self.ballots.scans_requested.connect(lambda: import_scans(self))
        self.settings_row.changed.connect(self.change_settings)
        self.revote_button.clicked.connect(lambda: self.resolve_tie(REVOTE))
        self.agreed_button.clicked.connect(lambda: self.resolve_tie(AGREED))
        self.choose_button.clicked.connect(self.choose_priorities)
        self.tie_frame.hide()

    # -- loading --------------------------------------------------------------------------

    def show_meeting(self, library: Library, meeting_id: int) -> None:
        from buurtdesk.core.voting import counting as voting

        self.library, self.meeting_id = library, meeting_id
        concerns = voting.voting_concerns(library, meeting_id)
        self.concerns = concerns
        self.known = {c.number for c in concerns}
        self.counts = voting.tallies(library, meeting_id)
        self.tally.set_concerns(concerns, self.counts)
        self.show_message("")
        self.refresh(meeting_id)

    def refresh(self, meeting_id: int | None = None) -> None:
        """Re-read counts, ballots, settings and ranking; announce the new ranking."""
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None or (meeting_id is not None and meeting_id != mid):
            return
        self.settings = voting.voting_settings(lib, mid)
        self.settings_row.show_settings(self.settings)
        method = str(self.settings.method)
        self.tabs.setTabEnabled(TALLY_TAB, method != "ranked")
        self.tabs.setTabEnabled(BALLOT_TAB, method != "dots")
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(BALLOT_TAB if method == "ranked" else TALLY_TAB)
        self.counts = voting.tallies(lib, mid)
        self.tally.set_counts(self.counts)
        self.fast_ranking = TallyRanking(
            self.concerns, self.settings.priorities, method, voting.tie_resolution(lib, mid)
        )
        self.ballots.set_rows(voting.ballots(lib, mid), self.known)
        from buurtdesk.core.scans.listing import figures

        self.ballots.set_scans(figures(lib, mid))
        self._show_ranking(voting.meeting_ranking(lib, mid))
        chosen = voting.priorities(lib, mid)
        self.chosen_label.setText(
            arg(self.tr("Vastgelegd: %1"), ", ".join(p.code for p in chosen))
            if chosen
            else self.tr("Nog niet vastgelegd.")
        )
        self.decisions_changed.emit()

    def _show_ranking(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.votes_changed.emit(ranking)  # the projector first: it is what the room sees
        self.ranking_model.set_rows(list(ranking.rows), set(ranking.tie_at_cut))
        total = int(ranking.total) if float(ranking.total).is_integer() else ranking.total
        text = arg(self.tr("Totaal %1 punten"), total)
        if ranking.valid_ballots or ranking.invalid_ballots:
            text += " · " + arg(
                self.tr("%1 geldige en %2 ongeldige briefjes"),
                ranking.valid_ballots,
                ranking.invalid_ballots,
            )
        if not ranking.totals_ok:
            text += " · " + self.tr("LET OP: het totaal klopt niet met de stemmen")
        self.totals.setText(text)
        if ranking.tie_at_cut:
            codes = [r.code for r in ranking.rows if r.concern_id in ranking.tie_at_cut]
            template = (
                self.tr("Gelijke stand op de grens van de top: %1 strijden om 1 plaats.")
                if ranking.cut_seats == 1
                else self.tr("Gelijke stand op de grens van de top: %1 strijden om %2 plaatsen.")
            )
            self.tie_label.setText(arg(template, ", ".join(codes), ranking.cut_seats))
        self.tie_frame.setVisible(bool(ranking.tie_at_cut))

    def _changed(self, meeting_id: int) -> None:
        """After an undo or redo."""
        self.refresh(meeting_id)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # -- counting -------------------------------------------------------------------------

    def commit_tally(self, concern_id: int, count: int) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None:
            return False
        self._offer_start()
        before = self.counts.get(concern_id, 0)
        try:
            change = voting.set_tally(lib, mid, concern_id, count)
        except VoteRefused as exc:
            code = next((c.code for c in self.tally.model.concerns if c.id == concern_id), "")
            text = refusal(exc.code)
            self.show_message(f"{code}: {text}" if code else text, error=True)
            return False
        self._push(TallyCommand(lib, mid, self._changed, concern_id, change.code, before, count))
        self.counts = {**self.counts, concern_id: count}
        if not count:
            self.counts.pop(concern_id, None)
        if self.fast_ranking is not None and not self.ballots.model.rows:
            self._show_ranking(self.fast_ranking.compute(self.counts))
        else:
            self._show_ranking(voting.meeting_ranking(lib, mid))
        self.tally.set_counts(self.counts)
        self.tally.entry_done()
        self.show_message(arg(self.tr("%1: %2 geteld."), change.code, count))
        return True

    def add_ballot(self, ballot_no: str, choices: list[str]) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None:
            return False
        self._offer_start()
        try:
            result = voting.add_ballot(lib, mid, ballot_no, choices)
        except VoteRefused as exc:
            self.show_message(refusal(exc.code, [ballot_no.strip()]), error=True)
            return False
        no = result.ballot.ballot_no
        self._push(AddBallotCommand(lib, mid, self._changed, no, list(result.ballot.choices)))
        self.refresh(mid)
        self.ballots.entry_done()
        if result.valid:
            self.show_message(arg(self.tr("Briefje %1 geteld."), no))
        else:
            reason = ballot_reason(result.reason_code, result.ballot.choices, self.known)
            self.show_message(
                arg(self.tr("Briefje %1 is ongeldig: %2 Het telt mee als ongeldig."), no, reason),
                error=True,
            )
        return result.valid

    def correct_ballot(self, ballot_no: str, choices: list[str]) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None:
            return False
        old = next((b for b in self.ballots.model.rows if b.ballot_no == ballot_no), None)
        try:
            result = voting.correct_ballot(lib, mid, ballot_no, choices)
        except VoteRefused as exc:
            self.show_message(refusal(exc.code, [ballot_no]), error=True)
            return False
        before = list(old.choices) if old is not None else []
        self._push(
            CorrectBallotCommand(
                lib, mid, self._changed, ballot_no, before, list(result.ballot.choices)
            )
        )
        self.refresh(mid)
        self.ballots.entry_done()
        self.show_message(arg(self.tr("Briefje %1 gecorrigeerd."), ballot_no))
        return True

    def delete_ballot(self, ballot_no: str) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None:
            return False
        try:
            row = voting.delete_ballot(lib, mid, ballot_no)
        except VoteRefused as exc:
            self.show_message(refusal(exc.code, [ballot_no]), error=True)
            return False
        self._push(DeleteBallotCommand(lib, mid, self._changed, ballot_no, list(row.choices)))
        self.refresh(mid)
        self.show_message(arg(self.tr("Briefje %1 verwijderd."), ballot_no))
        return True

    # -- decisions ------------------------------------------------------------------------

    def change_settings(self, after: dict[str, Any]) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None or self.settings is None:
            return False
        before = self.settings_row.values_of(self.settings)
        after = {k: v for k, v in after.items() if before.get(k) != v}
        if not after:
            return True
        try:
            voting.set_method(lib, mid, **after)
        except VoteRefused as exc:
            self.show_message(refusal(exc.code), error=True)
            self.settings_row.show_settings(self.settings)
            return False
        before = {k: before[k] for k in after}
        self._push(SettingsCommand(lib, mid, self._changed, before, after))
        self.show_message("")
        self.refresh(mid)
        return True

    def resolve_tie(self, how: str) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid, ranking = self.library, self.meeting_id, self.ranking
        if lib is None or mid is None or ranking is None or not ranking.tie_at_cut:
            return False
        rows = [r for r in ranking.rows if r.concern_id in ranking.tie_at_cut]
        dialog = TieDialog(self, rows, ranking.cut_seats, how)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        previous = voting.tie_resolution(lib, mid)
        try:
            voting.resolve_tie(lib, mid, dialog.chosen(), how, dialog.note())
        except VoteRefused as exc:
            self.show_message(refusal(exc.code), error=True)
            return False
        self._push(
            TieCommand(lib, mid, self._changed, dialog.chosen(), how, dialog.note(), previous)
        )
        self.refresh(mid)
        self.show_message(self.tr("De gelijke stand is beslist."))
        return True

    def choose_priorities(self) -> bool:
        from buurtdesk.core.voting import counting as voting

        lib, mid = self.library, self.meeting_id
        if lib is None or mid is None:
            return False
        self._offer_start()
        try:
            voting.choose_priorities(lib, mid)
        except VoteRefused as exc:
            self.show_message(refusal(exc.code), error=True)
            return False
        self._push(PrioritiesCommand(lib, mid, self._changed))
        self.refresh(mid)
        self.show_message(self.tr("De prioriteiten zijn vastgelegd."))
        return True
