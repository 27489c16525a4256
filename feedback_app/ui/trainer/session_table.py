"""The home's list of sessions: every title readable, however long, at any text size.

The title takes the room the other columns leave, and a title or an organisation longer than
its column wraps onto a second line (the row grows) instead of being cut to a few letters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .models import SessionTableModel

#: The narrowest title column, and the widest organisation column, in average characters (a
#: longer name wraps; the column is never narrower than its longest word).
TITLE_CHARACTERS = 26
ORGANISATION_CHARACTERS = 16


class SessionTable(QTableView):
    def __init__(self, model: SessionTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessions_table")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(
            self.horizontalScrollBarPolicy().ScrollBarAlwaysOff
        )  # the title column takes what is left; nothing to scroll to
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            SessionTableModel.COL_ORGANISATION, QHeaderView.ResizeMode.Fixed
        )
        self._rows_later = QTimer(self)
        self._rows_later.setSingleShot(True)
        self._rows_later.setInterval(0)
        self._rows_later.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_later.start())
        self._columns_later = QTimer(self)  # once the style sheet's font is in (not before)
        self._columns_later.setSingleShot(True)
        self._columns_later.setInterval(0)
        self._columns_later.timeout.connect(self.fit_columns)
        model.modelReset.connect(self._columns_later.start)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns_later.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._columns_later.start()

    def _em(self) -> int:
        return self.fontMetrics().averageCharWidth()

    def fit_columns(self) -> None:
        """The organisation column as wide as its longest name up to a limit, past which the
        names wrap (never narrower than its longest word or its header)."""
        column = SessionTableModel.COL_ORGANISATION
        model = self.model()
        metrics = self.fontMetrics()
        padding = 2 * (self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 1)
        words = {
            word
            for row in range(model.rowCount())
            for word in str(model.index(row, column).data() or "").split()
        }
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0) + padding + 2
        width = min(self.sizeHintForColumn(column), ORGANISATION_CHARACTERS * self._em())
        header = self.horizontalHeader()
        header.resizeSection(column, max(width, longest, header.sectionSizeHint(column)))
        self.updateGeometries()
        self._rows_later.start()

    def width_needed(self) -> int:
        """The width that shows every column, the title at its narrowest readable."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.model().columnCount())
            if c != SessionTableModel.COL_TITLE
        )
        title = header.sectionSizeHint(SessionTableModel.COL_TITLE)
        title = max(TITLE_CHARACTERS * self._em(), title)
        scroll = self.verticalScrollBar().sizeHint().width()
        return others + title + scroll + 2 * self.frameWidth()

    def rows_height(self, rows: int, lines: int = 1) -> int:
        """The height that shows ``rows`` rows of ``lines`` lines under the header."""
        row = max(self.verticalHeader().defaultSectionSize(), self.sizeHintForRow(0))
        row += (lines - 1) * self.fontMetrics().lineSpacing()
        return self.horizontalHeader().sizeHint().height() + rows * row + 2 * self.frameWidth()
