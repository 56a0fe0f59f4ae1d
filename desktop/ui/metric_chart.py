"""A small line chart of one account's metric history (QtCharts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desktop.ui.formatting import as_utc, locale, month_day_pattern

if TYPE_CHECKING:
    from shared_models.records import MetricSnapshot


class MetricChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.show_history("", [])

    def show_history(self, title: str, history: list[MetricSnapshot]) -> None:
        chart = QChart()
        chart.legend().hide()
        # Axis numbers the locale's way (12,345; the window's language picks the locale).
        chart.setLocale(locale())
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.empty = not history
        if history:
            chart.setTitle(title)
            self._plot(chart, history)
        else:  # no axes: an empty grid with made-up dates would look like data
            empty = self.tr("No history yet")
            chart.setTitle(f"{title}<br><br><br>{empty}" if title else empty)
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    @staticmethod
    def _plot(chart: QChart, history: list[MetricSnapshot]) -> None:
        series = QLineSeries()
        for snap in history:
            stamp = QDateTime.fromMSecsSinceEpoch(int(as_utc(snap.observed_at).timestamp() * 1000))
            series.append(stamp.toMSecsSinceEpoch(), float(snap.value))
        chart.addSeries(series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(month_day_pattern())
        x_axis.setTickCount(min(max(len(history), 2), 5))
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        values = [float(s.value) for s in history]
        low, high = min(values), max(values)
        pad = max((high - low) * 0.1, 1.0)
        y_axis.setRange(max(0.0, low - pad), high + pad)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(series.at(0).x())),
            QDateTime.fromMSecsSinceEpoch(int(series.at(series.count() - 1).x()) + 1))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
