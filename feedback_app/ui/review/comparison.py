"""The comparison tab: the choice of grouping and the table of groups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.types import COMPARISONS, Overview, QuestionResult
from ..trainer.labels import audience_label
from ..widgets.fit import scaled
from .figures import item_figures, scale_items
from .tables import (
    HEADER_LINES,
    ComparisonModel,
    ComparisonRow,
    GroupedHeader,
    OverallFirstProxy,
)

#: The widest the column of organisation names grows (at 100 % text).
GROUP_WIDTH = 260


class ComparisonView(QWidget):
    group_by_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparison_view")
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("comparison_group_by")
        self.grouping.addItem(self.tr("Organisation"), "organisation")
        self.grouping.addItem(self.tr("Audience"), "audience")
        assert tuple(self.grouping.itemData(i) for i in range(2)) == COMPARISONS
        self.grouping.currentIndexChanged.connect(lambda _i: self.group_by_changed.emit())
        caption = QLabel(self.tr("Compare by"), self)
        caption.setBuddy(self.grouping)
        self.grouping.setAccessibleName(self.tr("Compare by"))
        self.note = QLabel(self)
        self.note.setObjectName("comparison_note")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.grouping)
        bar.addWidget(self.note, 1)
        self.model = ComparisonModel(self)
        self.proxy = OverallFirstProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("comparison_table")
        self.table.setAccessibleName(self.tr("Comparison"))
        self.table.setHorizontalHeader(GroupedHeader(self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def group_by(self) -> str:
        return self.grouping.currentData()

    def show_results(
        self,
        overview: Overview,
        comparison: list[QuestionResult],
        language: str,
        minimum: int,
    ) -> None:
        """The overall row from ``overview``, one row per group of ``comparison``."""
        group_by = self.group_by()
        columns = scale_items(overview.agreement_items, ("likert",))
        rows = [ComparisonRow(self.tr("Overall"), True, {i.key: i for i in columns})]
        by_group: dict[str, dict] = {}
        for result in comparison:
            if result.question.type == "likert" and group_by in result.group:
                figures = item_figures(result)
                by_group.setdefault(result.group[group_by], {})[figures.key] = figures
        for code, items in by_group.items():
            rows.append(ComparisonRow(self._group_label(group_by, code), False, items))
        caption = self.grouping.currentText()
        self.model.set_rows(columns, rows, language, minimum, caption)
        self._fit_columns()
        self.note.setText(
            self.tr(
                "“–”: a group with fewer than %1 responses, withheld. Click a heading to sort."
            ).replace("%1", str(minimum))
        )

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text (Qt's own fit leaves room for a sort arrow
        in every heading, which makes the table wider than the window)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        heading = QFontMetrics(bold)  # how a heading is measured and drawn
        arrow = header.sizeHint().height() // (HEADER_LINES + 1) + 8  # beside the sorted one
        for column in range(self.proxy.columnCount()):
            texts = [self.cell(row, column) for row in range(self.proxy.rowCount())]
            title = self.proxy.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            widest = max(widest, heading.horizontalAdvance(title))
            if column == header.sortIndicatorSection():
                widest += arrow
            if column == 0:  # long names wrap onto a second line, up to a limit
                words = [w for t in texts for w in t.split()]
                longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
                width = min(widest + 20, max(scaled(GROUP_WIDTH), longest + 20))
            else:
                width = widest + 16
            header.resizeSection(column, max(width, header.minimumSectionSize()))
        self.table.resizeRowsToContents()

    def _group_label(self, group_by: str, code: str) -> str:
        if group_by == "audience":
            return audience_label(code) if code else self.tr("(no audience)")
        return code or self.tr("(no organisation)")

    def cell(self, row: int, column: int) -> str:
        """The text in the table as shown (sorted), for tests."""
        return self.proxy.data(self.proxy.index(row, column)) or ""
