"""The trend of one scale item by month: its mean or top-2 share as a line, n per month as
light bars under it. A month under the minimum size breaks the line (a gap, never a zero);
its bar still shows how many answered, the one figure a small group may show."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from ...domain.questionnaire import pick
from ..widgets.fit import scaled
from ..widgets.flow import FlowLayout
from ..widgets.numbers import MISSING, count, decimal, percent
from .figures import ItemFigures, ItemKey, TrendPoint
from .palette import GRID, TEXT, WITHHELD, scale_colours

LINE = scale_colours(5)[-1]
BARS = "#d5dde5"
#: More months than this get one rotated line each on the axis.
CROWDED = 18


class TrendView(QWidget):
    """The item and measure choices, and the chart; ``item_chosen`` asks for another item."""

    item_chosen = Signal(object)  # ItemKey

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trend_view")
        self._points: list[TrendPoint] = []
        self._item: ItemFigures | None = None
        self._language = "en"
        self._minimum = 5
        self.item_choice = QComboBox(self)
        self.item_choice.setObjectName("trend_item")
        self.item_choice.setAccessibleName(self.tr("Item"))
        self.item_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_choice.setMinimumContentsLength(40)
        self.item_choice.activated.connect(self._item_activated)
        self.measure = QComboBox(self)
        self.measure.setObjectName("trend_measure")
        self.measure.setAccessibleName(self.tr("Measure"))
        self.measure.addItem(self.tr("Mean"), "mean")
        self.measure.addItem(self.tr("Top 2 %"), "top2")
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())
        choices = FlowLayout(spacing=12, justify=True)  # the two choices wrap when narrow
        choices.addWidget(self._labelled(self.tr("Item"), self.item_choice))
        choices.addWidget(self._labelled(self.tr("Measure"), self.measure))
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart, self)
        self.view.setObjectName("trend_chart_view")
        self.view.setAccessibleName(self.tr("Trend by month"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.note = QLabel(self)
        self.note.setObjectName("trend_note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def _labelled(self, text: str, control: QWidget) -> QWidget:
        """A caption and its control, side by side, as one piece of a row."""
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, pair)
        label.setBuddy(control)
        row.addWidget(label)
        row.addWidget(control, 1)
        return pair

    # -- choices ---------------------------------------------------------------------------
    def set_choices(self, items: list[ItemFigures], chosen: ItemKey | None, language: str) -> None:
        """The items to choose from (without emitting ``item_chosen``)."""
        self.item_choice.blockSignals(True)
        self.item_choice.clear()
        for item in items:
            text = pick(item.question.text, language, item.question.id)
            self.item_choice.addItem(text, item.key)
            self.item_choice.setItemData(
                self.item_choice.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        keys = [item.key for item in items]
        self.item_choice.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.item_choice.blockSignals(False)

    def chosen_item(self) -> ItemKey | None:
        return self.item_choice.currentData()

    def chosen_measure(self) -> str:
        return self.measure.currentData()

    def _item_activated(self, _index: int) -> None:
        self.item_chosen.emit(self.chosen_item())

    # -- the chart -------------------------------------------------------------------------
    def set_points(
        self, item: ItemFigures | None, points: list[TrendPoint], language: str, minimum: int
    ) -> None:
        self._item = item
        self._points = list(points)
        self._language = language
        self._minimum = minimum
        self._draw()

    def points(self) -> list[TrendPoint]:
        return list(self._points)

    def drawn(self) -> list[tuple[str, int, float | None]]:
        """(month, n, value on the line) of every month, as drawn (a gap is None)."""
        values: dict[int, float] = {}
        for series in self.chart.series():
            if isinstance(series, QLineSeries) and not isinstance(series, QScatterSeries):
                for point in series.points():
                    values[round(point.x())] = point.y()
        return [(p.month, p.n, values.get(i)) for i, p in enumerate(self._points)]

    def _draw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        measure = self.chosen_measure()
        gaps = sum(1 for p in self._points if p.value(measure) is None)
        self.note.setText(self._note(gaps))
        if not self._points:
            return
        chart.setLocale(QLocale(self._language))  # the axes write 4,5 in fi and sv, 4.5 in en
        chart.setLocalizeNumbers(True)
        months = QBarCategoryAxis()
        crowded = len(self._points) > CROWDED
        months.append([self._month_label(p, compact=crowded) for p in self._points])
        if crowded:
            months.setLabelsAngle(-90)
        values = QValueAxis()
        low, high = self._range(measure)
        values.setRange(low, high)
        values.setLabelFormat("%.0f" if measure == "top2" else "%.1f")
        values.setTitleText(self.tr("Top 2 %") if measure == "top2" else self.tr("Mean"))
        counts = QValueAxis()
        counts.setRange(0, max(1, max(p.n for p in self._points)) * 1.15)
        counts.setLabelFormat("%.0f")  # localized, "%d" shows no labels
        counts.applyNiceNumbers()
        counts.setTitleText("n")
        counts.setGridLineVisible(False)
        for axis in (months, values, counts):
            self._style_axis(axis)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignRight)
        bars = self._bars()
        chart.addSeries(bars)
        bars.attachAxis(months)
        bars.attachAxis(counts)
        for series in self._lines(measure):
            chart.addSeries(series)
            series.attachAxis(months)
            series.attachAxis(values)

    def _bars(self) -> QStackedBarSeries:
        shown, withheld = QBarSet("n"), QBarSet("withheld")  # names the hidden legend would show
        for point in self._points:
            shown.append(0 if point.withheld else point.n)
            withheld.append(point.n if point.withheld else 0)
        shown.setColor(QColor(BARS))
        withheld.setColor(QColor(WITHHELD))
        withheld.setBorderColor(QColor(GRID))
        shown.setPen(QPen(Qt.PenStyle.NoPen))
        series = QStackedBarSeries()  # one of the two is 0 in every month
        series.setBarWidth(0.6)
        series.append(shown)
        series.append(withheld)
        series.hovered.connect(self._hovered)
        return series

    def _lines(self, measure: str) -> list[QLineSeries]:
        """One line per run of months with a value, and a dot on every such month."""
        runs: list[list[tuple[int, float]]] = [[]]
        for index, point in enumerate(self._points):
            value = point.value(measure)
            if value is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append((index, value))
        made: list[QLineSeries] = []
        dots = QScatterSeries()
        dots.setMarkerSize(9)
        dots.setColor(QColor(LINE))
        dots.setBorderColor(QColor(LINE))
        for run in runs:
            if not run:
                continue
            line = QLineSeries()
            line.setPen(QPen(QColor(LINE), 2.5))
            for x, y in run:
                line.append(x, y)
                dots.append(x, y)
            made.append(line)
        made.append(dots)
        return made

    def _range(self, measure: str) -> tuple[float, float]:
        if measure == "top2":
            return 0.0, 100.0
        points = self._item.points if self._item is not None else (1, 5)
        return float(min(points)), float(max(points))

    def _style_axis(self, axis) -> None:  # noqa: ANN001
        font = QFont(self.font())
        font.setPixelSize(scaled(12))
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
        axis.setLabelsColor(QColor(TEXT))
        axis.setLinePen(QPen(QColor(GRID), 1))
        axis.setGridLinePen(QPen(QColor(GRID), 1))

    # -- texts -----------------------------------------------------------------------------
    def _month_label(self, point: TrendPoint, *, compact: bool = False) -> str:
        """The month and its n: "maalis / 2025 / n = 143" on three lines, or "3/2025 (143)"
        when there are too many months for that."""
        year, month = int(point.month[:4]), int(point.month[5:7])
        if compact:
            return f"{month}/{year} ({count(point.n)})"
        name = QLocale(self._language).toString(QDate(year, month, 1), "MMM")
        return f"{name}<br>{year}<br>n = {count(point.n)}"

    def month_name(self, point: TrendPoint) -> str:
        year, month = int(point.month[:4]), int(point.month[5:7])
        return QLocale(self._language).toString(QDate(year, month, 1), "MMMM yyyy")

    def _note(self, gaps: int) -> str:
        text = self.tr(
            "The line shows each month with at least %1 responses; bars show n per month."
        ).replace("%1", str(self._minimum))
        if gaps:
            text += " " + self.tr(
                "%n month(s) with fewer responses are left out of the line.", "", gaps
            )
        return text

    def tooltip(self, index: int) -> str:
        point = self._points[index]
        measure = self.chosen_measure()
        value = point.value(measure)
        if point.withheld:
            shown = self.tr("withheld: fewer than %1 responses").replace("%1", str(self._minimum))
        elif value is None:
            shown = MISSING
        elif measure == "top2":
            shown = percent(value, self._language)
        else:
            shown = decimal(value, 2, self._language)
        n = f"n = {count(point.n)}"
        return f"{self.month_name(point)}: {shown} ({n})"

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.tooltip(index), self.view)
        else:
            QToolTip.hideText()
