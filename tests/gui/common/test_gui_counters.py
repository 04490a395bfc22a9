"""The header's counts agree with what the areas show: knelpunten with the list, punten with
the Stemmen total, open acties van eerder with the Terugblik tab, acties afgesproken with the
actions under the priorities, for every meeting of the demo file and
after a merge."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from buurtdesk.gui.pages import ACTIONS, CONCERNS, DOCUMENTS, VOTING


def header_count(window: Any, word: str) -> int:
    text = window.meeting_summary.text()
    found = re.search(r"(\d+) " + word, text)
    assert found, (word, text)
    return int(found.group(1))


def shown_everywhere(window: Any, qtbot: Any) -> dict[str, int]:
    for area in (CONCERNS, VOTING, ACTIONS, DOCUMENTS):
        window.show_area(area)
    qtbot.wait(400)  # the header's debounced refresh after the ranking
    c = window.controller
    total = re.fullmatch(r"Totaal (\d+) punten.*", c.voting_area.totals.text())
    review = re.fullmatch(r"Terugblik(?: \((\d+)\))?", c.actions_area.tabs.tabText(1))
    listed = re.fullmatch(r"(\d+) knelpunt(?:en)?", c.concerns_area.toolbar.count_label.text())
    assert total and review and listed, (
        c.voting_area.totals.text(),
        c.actions_area.tabs.tabText(1),
        c.concerns_area.toolbar.count_label.text(),
    )
    tree = c.actions_area.priorities_tree
    agreed = sum(
        1
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
        if tree.topLevelItem(i).child(j).data(0, 256)[0] == "action"
    )
    return {
        "punt": int(total.group(1)),
        "open actie": int(review.group(1) or 0),
        "actie(?:s)? afgesproken": agreed,
        "knelpunt": int(listed.group(1)),
    }


def test_header_counts_match_the_areas_for_every_meeting(
    window: Any, demo_file: Path, qtbot: Any
) -> None:
    window.start(demo_file)
    seen = []
    for index in range(window.meeting_combo.count()):
        window.meeting_combo.setCurrentIndex(index)
        areas = shown_everywhere(window, qtbot)
        for word, number in areas.items():
            assert header_count(window, word) == number, (
                index,
                word,
                window.meeting_summary.text(),
            )
        seen.append(areas)
    assert any(a["punt"] > 0 for a in seen) and any(a["open actie"] > 0 for a in seen)
    assert any(a["actie(?:s)? afgesproken"] > 0 for a in seen)


def test_counts_still_agree_after_a_merge(window: Any, demo_file: Path, qtbot: Any) -> None:
    window.start(demo_file)
    window.meeting_combo.setCurrentIndex(0)
    area = window.controller.concerns_area
    window.show_area(CONCERNS)
    first, second = (area.model.row(0).id, area.model.row(1).id)
    area.select_ids([first, second])
    window.controller.concerns_area.actions.merge.trigger()
    areas = shown_everywhere(window, qtbot)
    assert header_count(window, "knelpunt") == areas["knelpunt"]
