"""Qt models over the store's plain dataclasses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.types import Session
from ..widgets.dates import format_date

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionTableModel(QAbstractTableModel):
    COL_DATE, COL_TITLE, COL_ORGANISATION, COL_RESPONSES, COL_STATUS = range(5)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Session] = []

    def set_rows(self, rows: list[Session]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def session_at(self, row: int) -> Session:
        return self._rows[row]

    def row_of(self, session_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Training"),
            self.tr("Organisation"),
            self.tr("Responses"),
            self.tr("Status"),
        ][section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        session = self._rows[index.row()]
        column = index.column()
        if role == SESSION_ROLE:
            return session.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_RESPONSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ORGANISATION:
            return session.organisation or None  # whole, where a long name is cut
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_DATE:
            return format_date(session.session_date)
        if column == self.COL_TITLE:
            return session.title
        if column == self.COL_ORGANISATION:
            return session.organisation
        if column == self.COL_RESPONSES:
            return str(session.completed_responses)
        return self.tr("Closed") if session.closed else self.tr("Open")
