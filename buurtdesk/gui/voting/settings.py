"""The method settings of the Stemmen area: method, N dots, M per concern, K choices, ..."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from buurtdesk.gui.voting.texts import method_label

METHODS = ("dots", "ranked", "approval")


def _spin(parent: QWidget, low: int, high: int, special: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    if special:
        spin.setSpecialValueText(special)
    spin.setKeyboardTracking(False)
    return spin


class SettingsRow(QWidget):
    changed = Signal(dict)  # set_method keyword arguments

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method_combo = QComboBox(self)
        for method in METHODS:
            self.method_combo.addItem(method_label(method), method)
        self.dots_spin = _spin(self, 1, 20)
        self.max_spin = _spin(self, 0, 20, self.tr("= stippen"))
        self.choices_spin = _spin(self, 1, 20)
        self.priorities_spin = _spin(self, 1, 10)
        self.residents_spin = _spin(self, 0, 500, self.tr("onbekend"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for key, text, widget in (
            ("method", self.tr("Methode"), self.method_combo),
            ("dots", self.tr("Stippen per bewoner"), self.dots_spin),
            ("max_per_concern", self.tr("Hoogstens per knelpunt"), self.max_spin),
            ("choices", self.tr("Keuzes per briefje"), self.choices_spin),
            ("priorities", self.tr("Prioriteiten"), self.priorities_spin),
            ("residents_present", self.tr("Bewoners aanwezig"), self.residents_spin),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.labels[key] = label
            form = QFormLayout()
            form.addRow(label)
            form.addRow(widget)
            layout.addLayout(form)
        layout.addStretch(1)
        self.method_combo.activated.connect(self._emit)
        for spin in (
            self.dots_spin,
            self.max_spin,
            self.choices_spin,
            self.priorities_spin,
            self.residents_spin,
        ):
            spin.valueChanged.connect(self._emit)

    @staticmethod
    def values_of(settings: Any) -> dict[str, Any]:
        """The keyword arguments of ``set_method`` that reproduce ``settings``."""
        explicit_max = settings.max_per_concern if settings.max_per_concern != settings.dots else 0
        return {
            "method": str(settings.method),
            "dots": settings.dots,
            "max_per_concern": explicit_max,
            "choices": settings.choices,
            "priorities": settings.priorities,
            "residents_present": settings.residents_present or 0,
        }

    def values(self) -> dict[str, Any]:
        return {
            "method": self.method_combo.currentData(),
            "dots": self.dots_spin.value(),
            "max_per_concern": self.max_spin.value(),
            "choices": self.choices_spin.value(),
            "priorities": self.priorities_spin.value(),
            "residents_present": self.residents_spin.value(),
        }

    def show_settings(self, settings: Any) -> None:
        values = self.values_of(settings)
        blockers = [QSignalBlocker(w) for w in (self.method_combo, *self.spins())]
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(values["method"])))
        self.dots_spin.setValue(values["dots"])
        self.max_spin.setValue(values["max_per_concern"])
        self.choices_spin.setValue(values["choices"])
        self.priorities_spin.setValue(values["priorities"])
        self.residents_spin.setValue(values["residents_present"])
        del blockers
        method = values["method"]
        for key, widget in (("dots", self.dots_spin), ("max_per_concern", self.max_spin)):
            widget.setVisible(method == "dots")
            self.labels[key].setVisible(method == "dots")
        self.choices_spin.setVisible(method == "ranked")
        self.labels["choices"].setVisible(method == "ranked")
        self.method_combo.setToolTip(
            self.tr("Vast zolang er stemmen geteld zijn") if settings.locked else ""
        )

    def spins(self) -> tuple[QSpinBox, ...]:
        return (
            self.dots_spin,
            self.max_spin,
            self.choices_spin,
            self.priorities_spin,
            self.residents_spin,
        )

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.values())
