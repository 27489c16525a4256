"""The import dialog's list: one row per file, with what its dry run found or why it was
refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...services.types import ImportPlan
from ..widgets.fit import scaled
from .bundle_texts import BundleTexts

#: The file column's width at first, in pixels at 100 % text (the trainer can widen it).
FILE_COLUMN_WIDTH = 260
#: The status column's narrowest, in average characters: past that the table scrolls sideways.
STATUS_CHARACTERS = 18


@dataclass
class BundleFile:
    """A row of the list: one file and what is known of it."""

    path: Path
    state: str = "waiting"  # checking, ready, refused, imported
    plan: ImportPlan | None = None
    error: BaseException | None = None
    percent: int | None = None
    encrypted: bool = field(default=False, compare=False)

    @property
    def needs_passphrase(self) -> bool:
        problem = getattr(self.error, "details", {}).get("problem")
        return self.state == "refused" and problem in ("passphrase_needed", "wrong_passphrase")


class BundleTable(QTableWidget):
    COLUMNS = range(8)
    (
        COL_FILE,
        COL_LAPTOP,
        COL_EXPORTED,
        COL_SESSIONS,
        COL_RESPONSES,
        COL_PRESENT,
        COL_CONFLICTS,
        COL_STATUS,
    ) = COLUMNS

    def __init__(self, texts: BundleTexts, this_laptop: str, parent: QWidget | None = None):
        super().__init__(0, len(self.COLUMNS), parent)
        self._texts = texts
        self._this_laptop = this_laptop
        self.setObjectName("bundle_table")
        self.setAccessibleName(self.tr("Files to import"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Laptop"),
                self.tr("Handed over"),
                self.tr("New sessions"),
                self.tr("New responses"),
                self.tr("Already here"),
                self.tr("Conflicts"),
                self.tr("Status"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        for column in self.COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A long file name is shortened in the middle (the whole path is its tooltip), so
        # that the status keeps room for a refused file's reason.
        header.setSectionResizeMode(self.COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COL_FILE, scaled(FILE_COLUMN_WIDTH))
        header.setSectionResizeMode(self.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        header.sectionResized.connect(lambda column, *_: self._keep_status_readable(column))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._keep_status_readable(-1)

    def _keep_status_readable(self, resized: int) -> None:
        """The status takes the room left, but never less than its heading and a readable
        width: with large text the table then scrolls sideways instead."""
        if resized == self.COL_STATUS:
            return
        header = self.horizontalHeader()
        narrowest = max(header.sectionSizeHint(self.COL_STATUS),
                        STATUS_CHARACTERS * self.fontMetrics().averageCharWidth())  # fmt: skip
        others = sum(header.sectionSize(c) for c in self.COLUMNS if c != self.COL_STATUS)
        room = self.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch
        if room < narrowest:
            mode = QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.COL_STATUS) != mode:
            header.setSectionResizeMode(self.COL_STATUS, mode)
        if mode == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(self.COL_STATUS, narrowest)

    def show_file(self, row: int, item: BundleFile, skip_conflicts: bool) -> None:
        self._cell(row, self.COL_FILE, item.path.name, tooltip=str(item.path))
        plan = item.plan if item.state in ("ready", "imported") else None
        values = self._texts.plan_cells(plan, self._this_laptop)
        for column, text in zip(range(self.COL_LAPTOP, self.COL_STATUS), values, strict=True):
            self._cell(row, column, text, number=column >= self.COL_SESSIONS)
        if item.state == "refused":
            self._cell(row, self.COL_STATUS, self._texts.refused(item.error), refused=True)
        else:
            self._cell(row, self.COL_STATUS, self._texts.status(item, skip_conflicts))
        self.resizeRowToContents(row)

    def _cell(
        self,
        row: int,
        column: int,
        text: str,
        *,
        number: bool = False,
        tooltip: str = "",
        refused: bool = False,
    ) -> None:
        cell = QTableWidgetItem(text)
        if number:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tooltip:
            cell.setToolTip(tooltip)
        if refused:
            cell.setForeground(Qt.GlobalColor.darkRed)
        self.setItem(row, column, cell)

    def cell_text(self, row: int, column: int) -> str:
        cell = self.item(row, column)
        return cell.text() if cell is not None else ""
