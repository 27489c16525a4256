"""The texts beside the bars of the diverging chart, placed by hand.

Qt's category axis gives its labels at most a fifth of the chart's width and a seventh of its
height each, and cuts any label that does not fit down to "..."; an item's statement is longer
than that. So the chart fixes its plot area itself, leaves room on both sides, and puts the
item's text on the left (as many lines as the bar's height allows, all of it in the tooltip)
and n with the "cannot say" count on the right.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem

from .palette import TEXT
from .textfit import fit_lines

#: Space between a text and the plot.
PADDING = 8


class SideTexts:
    """One text item per bar on each side of a chart's plot area, top bar first."""

    def __init__(self, chart: QChart, font: QFont, max_lines: int):
        self._chart = chart
        self._font = font
        self._max_lines = max_lines
        self._left: list[QGraphicsTextItem] = []
        self._right: list[QGraphicsTextItem] = []
        self._texts: list[tuple[str, list[str]]] = []

    def set_texts(self, texts: list[tuple[str, list[str]]]) -> None:
        """(the item's text, the lines to its right) per bar, top first."""
        for item in self._left + self._right:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._texts = list(texts)
        self._left = [self._text_item(Qt.AlignmentFlag.AlignRight) for _ in texts]
        self._right = [self._text_item(Qt.AlignmentFlag.AlignLeft) for _ in texts]

    def right_width(self) -> int:
        metrics = QFontMetrics(self._font)
        widths = [metrics.horizontalAdvance(line) for _, lines in self._texts for line in lines]
        return max(widths, default=0) + 2 * PADDING

    def place(self, plot: QRectF, left_width: float) -> None:
        """Put each text beside its bar of ``plot``; the left ones get ``left_width`` (less
        some padding) left of the plot."""
        if not self._texts:
            return
        metrics = QFontMetrics(self._font)
        slot = plot.height() / len(self._texts)
        fitting = int((slot - 2) // max(metrics.lineSpacing(), 1))
        lines = max(1, min(self._max_lines, fitting))
        width = max(int(left_width - 2 * PADDING), 40)
        for position, (text, right) in enumerate(self._texts):
            centre = plot.top() + (position + 0.5) * slot
            left_item = self._left[position]
            left_item.setTextWidth(width)
            left_item.setPlainText("\n".join(fit_lines(text, metrics, width, lines)))
            left_item.setToolTip(text)
            self._centre(left_item, plot.left() - PADDING - width, centre)
            right_item = self._right[position]
            right_item.setTextWidth(-1)
            right_item.setPlainText("\n".join(right[: max(lines, 1)]))
            right_item.setToolTip("\n".join(right))
            self._centre(right_item, plot.right() + PADDING, centre)

    def shown(self) -> list[tuple[str, str]]:
        """(left text, right text) as drawn, top first."""
        return [
            (left.toPlainText(), right.toPlainText())
            for left, right in zip(self._left, self._right, strict=True)
        ]

    def _text_item(self, alignment: Qt.AlignmentFlag) -> QGraphicsTextItem:
        item = QGraphicsTextItem(self._chart)
        item.setFont(self._font)
        item.setDefaultTextColor(QColor(TEXT))
        item.document().setDocumentMargin(0)
        item.document().setDefaultTextOption(QTextOption(alignment))
        item.setZValue(10)
        return item

    @staticmethod
    def _centre(item: QGraphicsTextItem, x: float, centre_y: float) -> None:
        item.setPos(x, centre_y - item.boundingRect().height() / 2)


class TickTexts:
    """The percentages under the bars: 100 % on either side of zero, as a diverging chart
    reads (Qt's axes can only write the signed values, or cut them where ticks are close)."""

    def __init__(self, chart: QChart, font: QFont):
        self._chart = chart
        self._font = font
        self._items: list[tuple[float, QGraphicsTextItem]] = []

    def set_ticks(self, ticks: list[tuple[float, str]]) -> None:
        for _value, item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items = []
        for value, text in ticks:
            item = QGraphicsTextItem(text, self._chart)
            item.setFont(self._font)
            item.setDefaultTextColor(QColor(TEXT))
            item.document().setDocumentMargin(0)
            self._items.append((value, item))

    def place(self, plot: QRectF, value_range: tuple[float, float]) -> None:
        low, high = value_range
        for value, item in self._items:
            x = plot.left() + (value - low) / (high - low) * plot.width()
            item.setPos(x - item.boundingRect().width() / 2, plot.bottom() + 4)

    def shown(self) -> list[str]:
        return [item.toPlainText() for _value, item in self._items]
