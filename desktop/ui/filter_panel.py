"""The search box and the filter panel: together they build the SearchQuery every platform
tab shows. Typing filters as you type (debounced so a fast typist does not queue searches)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.store import SearchQuery
from desktop.ui.translation import shown
from shared_models.records import METRIC_LABELS

TYPING_PAUSE_MS = 150
NO_LIMIT = 0  # a spin box at 0 means "no bound"


def _bound_box(maximum: int = 2_000_000_000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText(QCoreApplication.translate("FilterPanel", "any"))
    box.setGroupSeparatorShown(True)
    box.setSingleStep(100)
    return box


class SearchBox(QLineEdit):
    """Emits `search_changed(text)` once the user pauses typing."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr("Search name, handle, email, phone, tags, notes …  (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text().strip()))
        self.textChanged.connect(lambda _: self._timer.start())

    def flush(self) -> None:
        """Search now (Enter, tests) instead of waiting for the pause. The search itself
        runs on a worker: the window's `search_applied` says when its rows are shown."""
        self._timer.stop()
        self.search_changed.emit(self.text().strip())


class FilterPanel(QWidget):
    """Category, tag, metric ranges and stale metrics; emits `filters_changed`."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = QLineEdit(placeholderText=self.tr("any category"))
        self.tag = QLineEdit(placeholderText=self.tr("any tag"))
        self.min_followers, self.max_followers = _bound_box(), _bound_box()
        self.min_visitors, self.max_visitors = _bound_box(), _bound_box()
        self.stale_hours = _bound_box(24 * 365)
        self.stale_hours.setSingleStep(24)
        self.stale_hours.setSuffix(self.tr(" h"))
        self.deleted = QCheckBox(self.tr("Recently deleted"))
        self.deleted.setToolTip(self.tr("Show deleted accounts, to restore them"))
        clear = QPushButton(self.tr("Clear filters"))
        clear.clicked.connect(self.clear)

        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(shown(METRIC_LABELS["followers"]),
                    self._range(self.min_followers, self.max_followers))
        form.addRow(shown(METRIC_LABELS["daily_visitors"]),
                    self._range(self.min_visitors, self.max_visitors))
        form.addRow(self.tr("Metrics older than"), self.stale_hours)
        form.addRow(self.deleted)
        form.addRow(clear)

        for line in (self.category, self.tag):
            line.editingFinished.connect(self.filters_changed)
        for box in (self.min_followers, self.max_followers, self.min_visitors,
                    self.max_visitors, self.stale_hours):
            box.valueChanged.connect(lambda _=None: self.filters_changed.emit())
        self.deleted.toggled.connect(lambda _=None: self.filters_changed.emit())

    @staticmethod
    def _range(low: QSpinBox, high: QSpinBox) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(low)
        row.addWidget(high)
        low.setPrefix("≥ ")
        high.setPrefix("≤ ")
        return box

    def clear(self) -> None:
        widgets = (self.category, self.tag, self.min_followers, self.max_followers,
                   self.min_visitors, self.max_visitors, self.stale_hours, self.deleted)
        for widget in widgets:
            widget.blockSignals(True)
        self.category.clear()
        self.tag.clear()
        for box in widgets[2:7]:
            box.setValue(NO_LIMIT)  # type: ignore[attr-defined]
        self.deleted.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.filters_changed.emit()

    def query(self, text: str) -> SearchQuery:
        metric_min: dict[str, float] = {}
        metric_max: dict[str, float] = {}
        for metric, low, high in (("followers", self.min_followers, self.max_followers),
                                  ("daily_visitors", self.min_visitors, self.max_visitors)):
            if low.value() != NO_LIMIT:
                metric_min[metric] = low.value()
            if high.value() != NO_LIMIT:
                metric_max[metric] = high.value()
        return SearchQuery(
            text=text,
            category=self.category.text().strip() or None,
            tag=self.tag.text().strip() or None,
            metric_min=metric_min,
            metric_max=metric_max,
            stale_hours=self.stale_hours.value() or None,
            deleted=self.deleted.isChecked(),
        )
