"""Choosing a backup to restore: the ones in the data folder, or a file from elsewhere.

The dialog only chooses and confirms; the trainer's home then runs the restore (it has to
close its own connection to the database while the file is replaced).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...services.backups import BackupInfo, BackupService, describe_backup
from ..widgets.confirm import confirmation
from ..widgets.dates import format_day
from ..widgets.fit import dialog_body, fit_to_screen
from ..widgets.numbers import count
from .data_texts import DataTexts


class RestoreDialog(QDialog):
    """The backups found, newest first; Restore asks once more, then ``restore_requested``."""

    COL_DATE, COL_KIND, COL_SESSIONS, COL_RESPONSES = range(4)
    restore_requested = Signal(object)  # the BackupInfo

    def __init__(self, backups: BackupService, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._language = language
        self._texts = DataTexts(self)
        self.backups: list[BackupInfo] = []
        self.confirmation: QMessageBox | None = None
        self._build()
        for info in backups.list():
            self._add(info)
        if not self.backups:
            self.empty.show()
        self._select_first_usable()
        self._update()
        fit_to_screen(self, 860, 580)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = dialog_body(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Restoring replaces the database with a backup: the sessions and responses "
                "are then what they were when the backup was made. The current database is "
                "kept as a backup first, so a restore can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups_table")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made"), self.tr("Sessions"), self.tr("Responses")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.Stretch)
        # The counts' columns as wide as their headings (and a few digits), whatever the
        # reason a refused backup spans across them says.
        digits = self.table.fontMetrics().horizontalAdvance("0 000 000")
        for column in (self.COL_SESSIONS, self.COL_RESPONSES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = max(header.sectionSizeHint(column), digits) + 24
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda *_: self._ask())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No backups in the data folder yet. Choose a backup file from elsewhere."),
            self,
        )
        self.empty.setObjectName("no_backups")
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("restore_chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setProperty("role", "hint")
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.chosen)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Choose a file…"), self)
        self.file_button.setObjectName("choose_backup_button")
        self.file_button.clicked.connect(self._choose)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self._ask)
        buttons.addWidget(self.restore_button)
        close = QPushButton(self.tr("Cancel"), self)
        close.setObjectName("restore_cancel_button")
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        self.layout().addLayout(buttons)

    def _add(self, info: BackupInfo, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.backups.insert(row, info)
        day = info.day or _modified(info.path)
        cells = [format_day(day, self._language) if day else "", self._texts.kind(info.kind)]
        if info.usable:
            cells += [count(info.sessions or 0), count(info.responses or 0)]
        else:
            cells += [self._texts.problem(info.problem), ""]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(
                str(info.path)
                if info.usable
                else f"{self._texts.why_not(info.problem)}\n{info.path}"
            )
            if column in (self.COL_SESSIONS, self.COL_RESPONSES) and info.usable:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not info.usable:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, column, item)
        if not info.usable:
            self.table.setSpan(row, self.COL_SESSIONS, 1, 2)
        return row

    # -- the choice ------------------------------------------------------------------------
    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        for row, info in enumerate(self.backups):
            if Path(info.path) == Path(path):
                self.table.selectRow(row)
                return

    def _select_first_usable(self) -> None:
        row = next((r for r, info in enumerate(self.backups) if info.usable), None)
        if row is not None:
            self.table.selectRow(row)

    @Slot()
    def _update(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)
        if info is None:
            self.chosen.setText("")
        elif info.usable:
            self.chosen.setText(self.tr("File: %1").replace("%1", str(info.path)))
        else:
            self.chosen.setText(
                self._texts.why_not(info.problem)
                + "\n"
                + self.tr("File: %1").replace("%1", str(info.path))
            )

    def choose_file(self) -> Path | None:
        """A backup file from elsewhere (a USB stick); None when cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("Backups (*.db);;All files (*)"),
        )
        return Path(path) if path else None

    @Slot()
    def _choose(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        known = [r for r, info in enumerate(self.backups) if Path(info.path) == path]
        if known:
            self.table.removeRow(known[0])
            del self.backups[known[0]]
        self.empty.hide()
        row = self._add(describe_backup(path, full=False), 0)
        self.table.selectRow(row)
        self._update()

    # -- restoring -------------------------------------------------------------------------
    @Slot()
    def _ask(self) -> None:
        info = self.selected()
        if info is None or not info.usable:
            return
        day = info.day or _modified(info.path)
        when = format_day(day, self._language) if day else info.name
        text = self.tr("Restore the backup of %1?").replace("%1", when)
        detail = (
            self.tr("%1 (%2) holds %3.")
            .replace("%1", info.name)
            .replace("%2", self._texts.kind(info.kind).lower())
            .replace(
                "%3", self._texts.responses_of_sessions(info.responses or 0, info.sessions or 0)
            )
            + "\n\n"
            + self.tr(
                "The sessions and responses stored now are replaced by those of the backup. "
                "The current database is kept as a backup, so that it can be restored again."
            )
        )
        self.confirmation = confirmation(
            self,
            icon=QMessageBox.Icon.Question,
            title=self.tr("Restore from a backup"),
            text=text,
            detail=detail,
            action=self.tr("Restore"),
            role=QMessageBox.ButtonRole.AcceptRole,
            name="restore",
            on_confirmed=lambda: self._confirmed(info),
        )

    def _confirmed(self, info: BackupInfo) -> None:
        self.accept()  # closed first: the home then takes no input until the work is done
        self.restore_requested.emit(info)


def _modified(path: Path) -> date | None:
    try:
        return date.fromtimestamp(Path(path).stat().st_mtime)
    except OSError:
        return None
