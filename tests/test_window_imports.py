"""The import contracts that keep the window's controllers and the store free of circles, checked
with the imports named only for the type checker counted too.

``lint-imports`` leaves ``if TYPE_CHECKING:`` imports out (pyproject), so an annotation could
bring an arrow back to ``MainWindow`` unseen; this reads the same graph with them in.
"""

from __future__ import annotations

import grimp
import pytest

STARTERS = {"buurtdesk.gui.app", "buurtdesk.gui.self_test"}  # what opens the window


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("buurtdesk", exclude_type_checking_imports=False, cache_dir=None)


def test_only_what_starts_the_window_imports_it(graph: grimp.ImportGraph) -> None:
    importers = graph.find_modules_that_directly_import("buurtdesk.gui.main_window")
    assert importers - STARTERS == set()


@pytest.mark.parametrize("package", ["buurtdesk.core.store", "buurtdesk.gui.concerns"])
def test_no_circle_between_the_modules_of(graph: grimp.ImportGraph, package: str) -> None:
    assert graph.nominate_cycle_breakers(package) == set()
