"""Qt's model checks on every table model of the window, filled from the demo file.

Each model is checked by Qt's own ``QAbstractItemModelTester`` (its complaints are warnings,
which fail the test) and by pytest-qt's Python tester, then changed the way the window
changes it (new rows, filter, sort, counts, personal data, header texts) while the testers
keep checking after every signal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from buurtdesk.core.store.library import Library
from tests.locations import ROOT

DEMO_TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, with the last meeting counted by ranked ballots (the demo has none)."""
    from buurtdesk.core.demo.create import create_demo
    from buurtdesk.core.voting import counting as voting

    path = tmp_path_factory.mktemp("models") / "demo-models.buurtdesk"
    create_demo(path, today=DEMO_TODAY)
    lib = Library(path)
    try:
        last = lib.meetings()[-1].id
        voting.set_method(lib, last, "ranked", choices=3)
        codes = [c.code for c in voting.voting_concerns(lib, last)]
        for number, choices in enumerate(
            [codes[:3], codes[2:5], [codes[0], codes[0]], ["K999"], codes[1:3], []], start=1
        ):
            voting.add_ballot(lib, last, str(number), choices)
    finally:
        lib.close()
    return path


@pytest.fixture
def lib(demo_path: Path) -> Iterator[Library]:
    library = Library(demo_path)
    yield library
    library.close()


def _concern_model(lib: Library) -> tuple[Any, Callable[[], None]]:
    from buurtdesk.core.concerns.queries import list_concerns, report_wordings
    from buurtdesk.core.privacy.submitters import submitter_summaries
    from buurtdesk.gui.concerns.model import STATUS, TITLE, ConcernListModel, ListFilter

    hood = lib.meetings()[0].neighbourhood_id
    rows = list_concerns(lib, hood, include_merged=True)
    model = ConcernListModel()
    model.set_rows(rows)

    def change() -> None:
        model.set_rows(rows, report_wordings(lib, hood))
        model.set_personal(submitter_summaries(lib, hood))
        for column in range(model.columnCount()):
            model.sort(column, Qt.SortOrder.DescendingOrder)
            model.sort(column, Qt.SortOrder.AscendingOrder)
        model.set_filter(ListFilter(query="afval"))
        model.set_filter(ListFilter(query="afval", status="open"))
        model.set_filter(ListFilter(query="geen-enkel-knelpunt-heet-zo"))
        model.set_filter(ListFilter(status="merged"))
        model.set_filter(ListFilter())
        model.sort(TITLE, Qt.SortOrder.DescendingOrder)
        model.set_header_text(STATUS, "Stat…")
        model.set_personal(None)
        model.set_rows(rows[:3])
        model.set_rows([])
        model.set_rows(rows)

    return model, change


def _concern_proxy(lib: Library) -> tuple[Any, Callable[[], None]]:
    from buurtdesk.gui.concerns.model import ConcernProxy, ListFilter

    model, change_model = _concern_model(lib)
    proxy = ConcernProxy(model)
    proxy.setParent(model)  # one owner: the model outlives the test's last use

    def change() -> None:
        change_model()
        proxy.set_filter(ListFilter(query="straat"))
        proxy.sort(1, Qt.SortOrder.DescendingOrder)
        proxy.set_filter(ListFilter())

    return proxy, change


def _tally_model(lib: Library) -> tuple[Any, Callable[[], None]]:
    from buurtdesk.core.voting import counting as voting
    from buurtdesk.gui.voting.models import TallyModel

    meeting = lib.meetings()[1].id
    concerns, counts = voting.voting_concerns(lib, meeting), voting.tallies(lib, meeting)
    model = TallyModel()
    model.set_concerns(concerns, counts)

    def change() -> None:
        first = concerns[0].id
        model.set_counts({**counts, first: counts.get(first, 0) + 5})
        model.set_counts({})
        model.setData(model.index(0, TallyModel.COUNT), "12")
        model.set_concerns(concerns[:2], {})
        model.set_concerns(concerns, counts)

    return model, change


def _ballot_model(lib: Library) -> tuple[Any, Callable[[], None]]:
    from buurtdesk.core.voting import counting as voting
    from buurtdesk.gui.voting.models import BallotModel

    meeting = lib.meetings()[-1].id
    rows = voting.ballots(lib, meeting)
    assert any(r.valid for r in rows) and any(not r.valid for r in rows)
    known = {c.number for c in voting.voting_concerns(lib, meeting)}
    model = BallotModel()
    model.set_rows(rows, known)

    def change() -> None:
        model.set_rows(rows[:1], known)
        model.set_rows(rows, set())
        model.set_rows(rows, known)

    return model, change


def _ranking_model(lib: Library) -> tuple[Any, Callable[[], None]]:
    from buurtdesk.core.voting import counting as voting
    from buurtdesk.gui.voting.models import RankingModel

    model = RankingModel()
    rankings = [voting.meeting_ranking(lib, m.id) for m in lib.meetings()]
    assert any(r.rows for r in rankings)

    def change() -> None:
        for ranking in rankings:
            model.set_rows(list(ranking.rows), set(ranking.tie_at_cut))
        last = rankings[1]
        model.set_rows(list(last.rows), {row.concern_id for row in last.rows[:2]})

    change()
    return model, change


MODELS = {
    "ConcernListModel": _concern_model,
    "ConcernProxy": _concern_proxy,
    "TallyModel": _tally_model,
    "BallotModel": _ballot_model,
    "RankingModel": _ranking_model,
}


def _built(name: str, lib: Library) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model, change = MODELS[name](lib)
    assert model.rowCount() > 0 and model.columnCount() > 0, name
    return model, change


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.parametrize("name", MODELS)
def test_qt_model_tester(name: str, lib: Library, qtmodeltester: Any) -> None:
    model, change = _built(name, lib)
    qtmodeltester.check(model)
    change()


@pytest.mark.parametrize("name", MODELS)
def test_python_model_tester(name: str, lib: Library, qtmodeltester: Any) -> None:
    model, change = _built(name, lib)
    qtmodeltester.check(model, force_py=True)
    change()


def test_every_table_model_of_the_window_is_checked() -> None:
    """A new model class in buurtdesk/gui gets its place in MODELS."""
    gui = ROOT / "buurtdesk" / "gui"
    pattern = (
        r"^class (\w+)\((?:QAbstract(?:Table|List|Item)Model|QSortFilterProxyModel"
        r"|QIdentityProxyModel|QAbstractProxyModel|QStandardItemModel|QStringListModel)\)"
    )
    found = {
        name
        for path in gui.rglob("*.py")
        for name in re.findall(pattern, path.read_text("utf-8"), re.M)
    }
    assert found == set(MODELS)
