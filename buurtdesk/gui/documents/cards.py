"""The look of the Documenten area's cards, and what each card stands for."""

from __future__ import annotations

from dataclasses import dataclass

CARD_STYLE = """
QScrollArea, QWidget#documentsBody { background: #ffffff; }
QFrame[card="true"] { border: 1px solid #d5dce4; border-radius: 8px; background: #f7f9fb; }
QFrame[card="true"] QLabel { background: transparent; border: none; }
QLabel[cardTitle="true"] { font-size: 12pt; font-weight: 600; color: #1d3557; }
"""


@dataclass(frozen=True)
class Kind:
    key: str  # the core's document kind
    stem: str  # the default file name, before the date
    title: str
    description: str
