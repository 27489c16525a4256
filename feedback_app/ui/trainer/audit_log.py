"""The audit log, read-only: what was done on this laptop and when, newest first, and whether
the log is still the one the app wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...services.audit import AuditService
from ..widgets.dates import format_moment
from ..widgets.fit import dialog_body, fit_to_screen
from .audit_texts import AuditTexts

#: The background of an entry the chain shows to have been changed or put in.
BROKEN = QColor("#fbeaea")


class AuditLogDialog(QDialog):
    COL_NUMBER, COL_AT, COL_ACTION, COL_TARGET, COL_DETAILS = range(5)

    def __init__(self, audit: AuditService, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_log_dialog")
        self.setWindowTitle(self.tr("Audit log"))
        self._language = language
        self._texts = AuditTexts(language, self)
        self._build()
        self._fill(audit)
        fit_to_screen(self, 1100, 640)

    def _build(self) -> None:
        layout = dialog_body(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "What has been done with the data on this laptop, newest first. The log holds "
                "no responses and nothing about the participants. Each entry is linked to the "
                "one before it, so an entry changed or deleted outside the app shows here."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Date and time"),
                self.tr("Action"),
                self.tr("Concerns"),
                self.tr("Details"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line an entry; a cell's tooltip holds it all
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column in (self.COL_NUMBER, self.COL_AT, self.COL_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_TARGET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("audit_close_button")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        self.layout().addLayout(buttons)

    def _fill(self, audit: AuditService) -> None:
        entries = audit.entries(newest_first=True)
        problems = audit.problems()
        self.status.setText(self._texts.status(len(entries), problems))
        self.status.setProperty("role", "error" if problems else "notice")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        broken = {p.position for p in problems if p.kind in ("changed", "inserted")}
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [
                str(entry.position),
                format_moment(entry.at, self._language),
                self._texts.action(entry.action),
                self._texts.target(entry),
                self._texts.details(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == self.COL_NUMBER:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.position in broken:
                    item.setBackground(BROKEN)
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(self.COL_TARGET, 260)

    # -- for tests and screen readers ------------------------------------------------------
    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
