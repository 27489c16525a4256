"""The comparison table: one row per organisation or audience, the overall row pinned on top;
for each scale item its mean, top-2 share and n. A group under the minimum size shows "–"
(with a tooltip saying why) in place of every figure but n."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from ...domain.questionnaire import pick
from ..widgets.numbers import MISSING, count, decimal, percent
from .figures import ItemFigures, ItemKey
from .textfit import fit_lines

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERALL_ROLE = Qt.ItemDataRole.UserRole + 2
#: The header's top part: the item's text spanning its columns.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3
MEASURES = ("mean", "top2", "n")
#: Lines of an item's text over its columns.
HEADER_LINES = 3


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    overall: bool
    items: dict[ItemKey, ItemFigures]


class ComparisonModel(QAbstractTableModel):
    """Rows of groups, columns: the group, then (mean, top 2, n) per item."""

    COL_GROUP = 0

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ComparisonRow] = []
        self._items: list[ItemFigures] = []
        self._language = "en"
        self._minimum = 5
        self._group_caption = ""

    def set_rows(
        self,
        items: list[ItemFigures],
        rows: list[ComparisonRow],
        language: str,
        minimum: int,
        group_caption: str,
    ) -> None:
        """``items``: the columns (the overall figures, in questionnaire order)."""
        self.beginResetModel()
        self._items = list(items)
        self._rows = list(rows)
        self._language = language
        self._minimum = minimum
        self._group_caption = group_caption
        self.endResetModel()

    def column_of(self, key: ItemKey, measure: str) -> int:
        index = next(i for i, item in enumerate(self._items) if item.key == key)
        return 1 + 3 * index + MEASURES.index(measure)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1 + 3 * len(self._items)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.COL_GROUP:
            if role in (Qt.ItemDataRole.DisplayRole, ITEM_ROLE):
                return self._group_caption if role == ITEM_ROLE else ""
            return None
        item = self._items[(section - 1) // 3]
        measure = MEASURES[(section - 1) % 3]
        text = pick(item.question.text, self._language, item.question.id)
        if role == ITEM_ROLE:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "mean": self.tr("Mean", "short heading of a column"),
                "top2": self.tr("Top 2", "short heading of a column"),
                "n": "n",
            }[measure]
        if role == Qt.ItemDataRole.ToolTipRole:
            what = {
                "mean": self.tr("Mean of the answers on the scale"),
                "top2": self.tr("Share of answers in the two highest points of the scale"),
                "n": self.tr("Answers on the scale (without “cannot say”)"),
            }[measure]
            return f"{text}\n{what}"
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OVERALL_ROLE:
            return row.overall
        if column == self.COL_GROUP:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return row.label  # the tooltip: whole, where a long name is cut
            if role == Qt.ItemDataRole.FontRole and row.overall:
                return _bold()
            return None
        item_key = self._items[(column - 1) // 3].key
        measure = MEASURES[(column - 1) % 3]
        figures = row.items.get(item_key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.overall:
            return _bold()
        if role == SORT_ROLE:
            return _value(figures, measure)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(figures, measure)
        if role == Qt.ItemDataRole.ToolTipRole and figures is not None and figures.withheld:
            return self.tr("Withheld: fewer than %1 responses").replace("%1", str(self._minimum))
        return None

    def _text(self, figures: ItemFigures | None, measure: str) -> str:
        if figures is None:
            return ""  # the group had no responses with this item
        if measure == "n":
            return count(figures.n)
        if measure == "mean":
            return decimal(figures.mean, 2, self._language, MISSING)
        return percent(figures.top2_pct, self._language, missing=MISSING)


def _value(figures: ItemFigures | None, measure: str) -> float | None:
    if figures is None:
        return None
    return {"mean": figures.mean, "top2": figures.top2_pct, "n": float(figures.n)}[measure]


def _bold():  # noqa: ANN202
    from PySide6.QtGui import QFont

    font = QFont()
    font.setBold(True)
    return font


class OverallFirstProxy(QSortFilterProxyModel):
    """Sorts by any column, but the overall row stays on top and empty or withheld cells at
    the bottom, whichever way the column is sorted."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(  # noqa: N802
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        model = self.sourceModel()
        left_overall = bool(model.data(left, OVERALL_ROLE))
        right_overall = bool(model.data(right, OVERALL_ROLE))
        if left_overall or right_overall:
            return left_overall and not right_overall if ascending else right_overall
        a, b = model.data(left, SORT_ROLE), model.data(right, SORT_ROLE)
        if a is None or b is None:
            # missing values last: "greater" when ascending, "less" when descending
            return a is not None and b is None if ascending else a is None and b is not None
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        return a < b


class GroupedHeader(QHeaderView):
    """A two-line header: the item's text over its three columns, the measure under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def sizeHint(self):  # noqa: ANN201, N802
        hint = super().sizeHint()
        line = self.fontMetrics().height()
        hint.setHeight(line * (HEADER_LINES + 1) + 16)  # the item's text, then the measure
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        model = self.model()
        if model is None:
            return
        top_height = rect.height() - self.fontMetrics().height() - 10
        lower = QRect(
            rect.left(), rect.top() + top_height, rect.width(), rect.height() - top_height
        )
        upper = QRect(rect.left(), rect.top(), rect.width(), top_height)
        painter.save()
        super().paintSection(painter, lower, logical_index)
        painter.restore()
        first, last = self._span(logical_index)
        span = QRect(
            self.sectionViewportPosition(first),
            rect.top(),
            sum(self.sectionSize(i) for i in range(first, last + 1)),
            top_height,
        )
        painter.save()
        painter.setClipRect(upper)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = span
        option.section = logical_index
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        text = model.headerData(logical_index, Qt.Orientation.Horizontal, ITEM_ROLE) or ""
        inner = span.adjusted(6, 3, -6, -3)
        lines = fit_lines(text, self.fontMetrics(), inner.width(), HEADER_LINES)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
        painter.restore()

    def _span(self, logical_index: int) -> tuple[int, int]:
        if logical_index == 0:
            return 0, 0
        first = 1 + 3 * ((logical_index - 1) // 3)
        return first, first + 2
