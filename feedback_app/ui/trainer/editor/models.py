"""The Qt model of the stored questionnaire versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ....services.types import QuestionnaireInfo


class QuestionnaireTableModel(QAbstractTableModel):
    COL_TITLE, COL_ID, COL_VERSION, COL_RESPONSES = range(4)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[QuestionnaireInfo] = []

    def set_rows(self, rows: list[QuestionnaireInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def info_at(self, row: int) -> QuestionnaireInfo:
        return self._rows[row]

    def row_of(self, qid: str, version: int) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if (r.id, r.version) == (qid, version)), -1
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Title"), self.tr("Id"), self.tr("Version"), self.tr("Responses")][section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_VERSION,
            self.COL_RESPONSES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [info.title, info.id, str(info.version), str(info.responses)][column]
