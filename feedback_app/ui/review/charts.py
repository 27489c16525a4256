"""The diverging stacked bar chart of the agreement items, for the review and the session details.

One bar per item: disagreement to the left of zero, agreement to the right, the neutral point
split half and half around zero, so the middle of the scale sits on the zero line. "Cannot say"
is not a point of the scale, so it is drawn apart, in a column of its own right of the bars,
as a share of the item's responses, with its count beside the bar. A withheld item (a group
under the minimum size) gets a light band and no bars. Colours come from ``palette``.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QToolTip, QVBoxLayout, QWidget

from ...domain.questionnaire import pick
from ..widgets.fit import scaled
from ..widgets.numbers import count, percent
from .chart_labels import SideTexts, TickTexts
from .chart_legend import ChartLegend
from .figures import ItemFigures, diverging_segments
from .palette import CANNOT_SAY, GRID, WITHHELD, scale_colours

#: Where the "cannot say" column starts, past the 100 % of agreement.
GAP = 8


class DivergingChart(QWidget):
    """``set_items()`` draws the items; ``drawn()`` reads back what the bars show."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.setObjectName("diverging_chart")
        self._compact = compact
        self._items: list[ItemFigures] = []
        self._language = "en"
        self._minimum = 5
        self._sets: dict[tuple, QBarSet] = {}
        self._chart = QChart()
        self._chart.legend().hide()
        self._chart.setBackgroundVisible(False)
        self._chart.setMargins(QMargins(0, 0, 0, 0))
        self._texts = SideTexts(self._chart, self._font(), 2 if compact else 3)
        self._ticks = TickTexts(self._chart, self._font())
        self._range = (-100.0, 100.0)
        self._left_width = 0
        self._chart.geometryChanged.connect(self._arrange)
        self._chart.plotAreaChanged.connect(self._place_texts)
        self.view = QChartView(self._chart, self)
        self.view.setObjectName("diverging_chart_view")
        self.view.setAccessibleName(self.tr("Agreement by item"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QColor("#ffffff"))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMinimumHeight(scaled(140 if compact else 240))
        self.legend = ChartLegend(self, compact=compact)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    # -- what it shows ---------------------------------------------------------------------
    def set_items(self, items: list[ItemFigures], language: str, minimum: int) -> None:
        """Draw ``items`` (agreement items, in questionnaire order, top to bottom)."""
        self._items = list(items)
        self._language = language
        self._minimum = minimum
        if self._compact:  # a bar and its two lines of text each, and the axis below
            self.view.setMinimumHeight(max(scaled(140), scaled(34) * len(items) + scaled(28)))
        self._rebuild()
        self._fill_legend()

    def items(self) -> list[ItemFigures]:
        return list(self._items)

    def drawn(self) -> list[dict]:
        """Per item, top first, what the chart draws: its n, the share of each scale point
        (the two halves of the neutral point added up), the "cannot say" count, whether it
        is withheld, and the texts beside the bar."""
        rows = []
        last = len(self._items) - 1
        for position, (item, texts) in enumerate(
            zip(self._items, self._texts.shown(), strict=True)
        ):
            category = last - position  # the first item is the top bar
            shares = [0.0] * len(item.points)
            for key, bar_set in self._sets.items():
                if key[0] == "point" and key[1] == len(item.points):
                    shares[key[2]] += abs(bar_set.at(category))
            rows.append(
                {
                    "n": item.n,
                    "shares": shares if item.has_bars else None,
                    "cannot_say": item.cannot_say,
                    "withheld": item.withheld,
                    "label": texts[0],
                    "side_label": texts[1],
                }
            )
        return rows

    # -- building --------------------------------------------------------------------------
    def _rebuild(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self._sets = {}
        self._ticks.set_ticks([])
        self._texts.set_texts(
            [
                (pick(i.question.text, self._language, i.question.id), self._side_lines(i))
                for i in self._items
            ]  # fmt: skip
        )
        if not self._items:
            return
        ordered = list(reversed(self._items))  # Qt draws the first category at the bottom
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.72)
        self._add_sets(series, ordered)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        values = self._value_axis(ordered)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        categories = QBarCategoryAxis()  # places the bars; the texts beside them are ours
        categories.append([f"{number}" for number in range(len(ordered))])
        categories.setLabelsVisible(False)
        categories.setGridLineVisible(False)
        categories.setLinePen(QPen(QColor(GRID), 1))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        self._arrange()

    def _arrange(self) -> None:
        """Leave room for the texts on both sides of the bars (as the chart's margins: Qt
        draws the axes of a plot area set by hand in the wrong place)."""
        width = self._chart.size().width()
        if width < 50:
            return
        self._left_width = int(min(max(width * (0.34 if self._compact else 0.27), 120), 380))
        below = QFontMetrics(self._font()).height() + 6
        margins = QMargins(self._left_width, 4, self._texts.right_width(), below)
        if margins != self._chart.margins():
            self._chart.setMargins(margins)
        self._place_texts(self._chart.plotArea())

    def _place_texts(self, plot: QRectF) -> None:
        if self._items and plot.width() > 0:
            self._texts.place(plot, self._left_width)
            self._ticks.place(plot, self._range)

    def _add_sets(self, series: QHorizontalStackedBarSeries, ordered: list[ItemFigures]) -> None:
        """One bar set per scale point (per scale length), then the band of withheld items,
        the invisible spacer up to the "cannot say" column, and that column."""
        sets: dict[tuple, list[float]] = {}
        colours: dict[tuple, str] = {}
        for category, item in enumerate(ordered):
            points = len(item.points)
            palette = scale_colours(points)
            for index, value in diverging_segments(item):
                side = "left" if value < 0 else "right"
                key = ("point", points, index, side)
                sets.setdefault(key, [0.0] * len(ordered))[category] = value
                colours[key] = palette[index]
            if item.withheld:
                for key, value in ((("withheld", "left"), -100.0), (("withheld", "right"), 100.0)):
                    sets.setdefault(key, [0.0] * len(ordered))[category] = value
                    colours[key] = WITHHELD
        agreement = [sum(max(v[c], 0) for k, v in sets.items() if k[0] == "point")
                     for c in range(len(ordered))]  # fmt: skip
        spacer = ("spacer",)
        sets[spacer] = [0.0 if ordered[c].withheld else (100 + GAP) - a
                        for c, a in enumerate(agreement)]  # fmt: skip
        cannot = ("cannot_say",)
        sets[cannot] = [self._cannot_say_share(item) or 0.0 for item in ordered]
        colours[cannot] = CANNOT_SAY
        # Nearest the zero line first: Qt stacks each side outwards in the order of the sets.
        for key in sorted(sets, key=_stacking_order):
            bar_set = QBarSet(key[0])
            bar_set.append(sets[key])
            bar_set.setColor(QColor(0, 0, 0, 0) if key == spacer else QColor(colours[key]))
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
            series.append(bar_set)
            self._sets[key] = bar_set

    def _value_axis(self, ordered: list[ItemFigures]) -> QValueAxis:
        """100 % to either side of zero, then the "cannot say" column; its labels are ours."""
        widest = max((self._cannot_say_share(item) or 0.0) for item in ordered)
        column = max(20, 10 * math.ceil(widest / 10))
        self._range = (-100.0, float(100 + GAP + column))
        axis = QValueAxis()
        axis.setRange(*self._range)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(50)
        axis.setLabelsVisible(False)
        axis.setLinePen(QPen(QColor(GRID), 1))
        axis.setGridLinePen(QPen(QColor(GRID), 1))
        self._ticks.set_ticks(
            [
                (value, "0" if value == 0 else percent(abs(value), self._language, places=0))
                for value in (-100, -50, 0, 50, 100)
            ]  # fmt: skip
        )
        return axis

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(scaled(12 if self._compact else 13))
        return font

    # -- texts -----------------------------------------------------------------------------
    def _side_lines(self, item: ItemFigures) -> list[str]:
        """n, and the "cannot say" count or why the item is withheld."""
        lines = [f"n = {count(item.n)}"]  # the same in every language
        if item.withheld:
            lines.append(self.tr("fewer than %1 responses").replace("%1", str(self._minimum)))
        else:
            lines.append(self.tr("cannot say: %1").replace("%1", count(item.cannot_say or 0)))
        return lines

    @staticmethod
    def _cannot_say_share(item: ItemFigures) -> float | None:
        if item.withheld or not item.cannot_say or not item.responses:
            return None
        return 100 * item.cannot_say / item.responses

    def tooltip(self, key: tuple, category: int) -> str:
        """What hovering a bar says: the item, the scale point, its share and its count."""
        item = list(reversed(self._items))[category]
        text = self._segment_text(key, item)
        if not text:
            return ""
        return f"{pick(item.question.text, self._language, item.question.id)}\n{text}"

    def _segment_text(self, key: tuple, item: ItemFigures) -> str:
        language = self._language
        if key[0] == "withheld":
            return self.tr("Withheld: fewer than %1 responses").replace("%1", str(self._minimum))
        if key[0] == "cannot_say":
            return (
                self.tr("Cannot say: %1 of %2 responses (%3)")
                .replace("%1", count(item.cannot_say or 0))
                .replace("%2", count(item.responses))
                .replace("%3", percent(self._cannot_say_share(item), language))
            )
        if key[0] != "point" or item.counts is None or item.shares is None:
            return ""
        index = key[2]
        label = item.question.option_label(item.points[index], language)
        return (
            self.tr("%1: %2 (%3 of %4)")
            .replace("%1", label)
            .replace("%2", percent(item.shares[index], language))
            .replace("%3", count(item.counts[index]))
            .replace("%4", count(item.n))
        )

    def _hovered(self, status: bool, category: int, bar_set: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        key = next((k for k, s in self._sets.items() if s is bar_set), None)
        text = self.tooltip(key, category) if key is not None else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)

    def _fill_legend(self) -> None:
        sample = next(iter(self._items), None)
        if sample is None:
            self.legend.set_entries([], ("", ""))
            return
        language = self._language
        colours = scale_colours(len(sample.points))
        scale = [
            (colour, sample.question.option_label(point, language))
            for colour, point in zip(colours, sample.points, strict=True)
        ]
        words = pick(sample.question.cannot_say, language, "") or self.tr("Cannot say")
        self.legend.set_entries(scale, (CANNOT_SAY, words))


def _stacking_order(key: tuple) -> tuple:
    """Sets nearest the zero line first on each side, then the band, the spacer and the
    "cannot say" column (which must come after every agreement point)."""
    if key[0] == "point":
        _, points, index, side = key
        middle = (points - 1) / 2
        return (0, abs(index - middle), side)
    return ({"withheld": 1, "spacer": 2, "cannot_say": 3}[key[0]], 0, "")
