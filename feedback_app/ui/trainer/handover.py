"""Handing results over: the trainer saves sessions and responses in one .fbundle file that the
project manager imports.

What will go in the file is counted off the GUI thread (on a big database that takes a
second or two), again whenever the choice changes; the file is written by a ``BackgroundJob``
with its own services, and the dialog then says where the file went and what it holds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...services import Services
from ...services.types import BundleExport, OutputError
from ..jobs import BackgroundJob, QuietJob
from ..widgets.dates import format_date
from ..widgets.errors import error_text, show_warning
from ..widgets.fit import dialog_body, fit_to_screen, scaled
from ..widgets.notice import notice_label
from ..widgets.save_path import choose_save_path
from .bundle_work import SUFFIX, HandoverChoice, HandoverJob, HandoverPreview, count_handover

#: How long the choice rests before it is counted again (a few ticks in a row count once).
RECOUNT_MS = 150


class HandoverDialog(QDialog):
    """Choose what to hand over, see what it holds, save it as one file."""

    handed_over = Signal(object)  # the BundleExport
    done_text = Signal(str)  # the message shown at the end, for tests

    def __init__(
        self, services: Services, parent: QWidget | None = None, selected: str | None = None
    ):
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Hand over results"))
        self._services = services
        self._data_dir = services.data_dir
        self.preview: HandoverPreview | None = None
        self.counting: QuietJob | None = None
        self.job: BackgroundJob | None = None
        self.message: QMessageBox | None = None
        self._recount = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_MS)
        self._timer.timeout.connect(self._count)
        self._build(selected)
        self._show_encryption()
        self._count()
        fit_to_screen(self, 860, 660)

    # -- layout ----------------------------------------------------------------------------
    def _build(self, selected: str | None) -> None:
        layout = dialog_body(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Save the sessions and their responses in one file for the project manager, "
                "who imports the files of every trainer. Give the file to the project manager, "
                "for example on a USB stick."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.everything = QRadioButton(self.tr("Everything not handed over yet"), self)
        self.everything.setObjectName("handover_everything")
        self.everything.setChecked(True)
        layout.addWidget(self.everything)
        hint = QLabel(
            self.tr(
                "New sessions and responses, and the sessions edited since the last hand-over."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        hint.setContentsMargins(26, 0, 0, 0)
        layout.addWidget(hint)
        self.chosen = QRadioButton(self.tr("Chosen sessions"), self)
        self.chosen.setObjectName("handover_chosen")
        layout.addWidget(self.chosen)
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.chosen)
        self.sessions = QTreeWidget(self)
        self.sessions.setObjectName("handover_sessions")
        self.sessions.setAccessibleName(self.tr("Sessions to hand over"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setStyleSheet("QTreeWidget::item { padding: 4px 0; }")
        self.sessions.setHeaderLabels(
            [self.tr("Date"), self.tr("Training"), self.tr("Organisation"), self.tr("Responses")]
        )
        header = self.sessions.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.setMinimumHeight(scaled(160))
        self._fill_sessions(selected)
        layout.addWidget(self.sessions, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("handover_summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "heading")
        layout.addWidget(self.summary)
        self.encryption = QLabel(self)
        self.encryption.setObjectName("handover_encryption")
        self.encryption.setWordWrap(True)
        self.encryption.setProperty("role", "hint")
        layout.addWidget(self.encryption)
        self.result = notice_label(self, "handover_result")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("handover_save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("handover_close_button")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        self.layout().addLayout(buttons)
        self.everything.toggled.connect(self._choice_changed)
        self.sessions.itemChanged.connect(lambda _item, _column: self._choice_changed())
        self.sessions.setEnabled(False)

    def _fill_sessions(self, selected: str | None) -> None:
        for session in self._services.sessions.list():
            item = QTreeWidgetItem(
                self.sessions,
                [
                    format_date(session.session_date),
                    session.title,
                    session.organisation,
                    str(session.completed_responses),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, session.id)
            item.setToolTip(1, session.title)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if session.imported:
                origin = self.tr("From another laptop (%1)").replace("%1", session.laptop[:8])
                item.setToolTip(0, origin)
                item.setToolTip(1, f"{session.title}\n{origin}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = session.id == selected
            item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _show_encryption(self) -> None:
        if self._services.bundles.recipient():
            text = self.tr("Encrypted for the project manager: only their key opens the file.")
        else:
            text = self.tr("Not encrypted: the project manager's key is not set in Settings.")
        self.encryption.setText(text)

    # -- the choice and its count ----------------------------------------------------------
    def choice(self) -> HandoverChoice:
        if self.everything.isChecked():
            return HandoverChoice()
        return HandoverChoice(tuple(self.checked_sessions()))

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.sessions.topLevelItem(row) for row in range(self.sessions.topLevelItemCount())]

    def checked_sessions(self) -> list[str]:
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, session_ids: set[str]) -> None:
        for item in self._items():
            chosen = item.data(0, Qt.ItemDataRole.UserRole) in session_ids
            item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _choice_changed(self) -> None:
        self.sessions.setEnabled(self.chosen.isChecked())
        self.preview = None
        self._update_buttons()
        self._timer.start()

    @Slot()
    def _count(self) -> None:
        choice = self.choice()
        if not choice.since_last_export and not choice.session_ids:
            self.summary.setText(self.tr("Tick the sessions to hand over."))
            return
        if self.counting is not None:
            self._recount = True  # counted again once the running count ends
            return
        self.summary.setText(self.tr("Counting what goes in the file…"))
        data_dir = self._data_dir
        self.counting = QuietJob(lambda _progress: count_handover(data_dir, choice), self)
        self.counting.succeeded.connect(self._counted)
        self.counting.failed.connect(self._count_failed)
        self.counting.start()

    def _end_count(self) -> bool:
        """Forget the finished count; True when the choice changed meanwhile (counted again)."""
        job, self.counting = self.counting, None
        if job is not None:
            job.deleteLater()
        if self._recount:
            self._recount = False
            self._count()
            return True
        return False

    @Slot(object)
    def _counted(self, preview: HandoverPreview) -> None:
        if self._end_count() or preview.choice != self.choice():
            return
        self.preview = preview
        selection = preview.selection
        if selection.sessions == 0:
            self.summary.setText(
                self.tr("Nothing to hand over: everything has been handed over already.")
                if preview.choice.since_last_export
                else self.tr("The chosen sessions are no longer here.")
            )
        else:
            self.summary.setText(
                self.tr("In the file: %1.").replace(
                    "%1", self._counts(selection.sessions, selection.completed)
                )
            )
        self._update_buttons()

    @Slot(str)
    def _count_failed(self, message: str) -> None:
        if not self._end_count():
            self.summary.setText(message)

    def _counts(self, sessions: int, responses: int) -> str:
        return (
            self.tr("%1 and %2")
            .replace("%1", self.tr("%n session(s)", "", sessions))
            .replace("%2", self.tr("%n response(s)", "", responses))
        )

    def _update_buttons(self) -> None:
        ready = self.preview is not None and self.preview.selection.sessions > 0
        self.save_button.setEnabled(ready and self.job is None)

    # -- saving ----------------------------------------------------------------------------
    def choose_path(self, suggested: str) -> tuple[Path, bool] | None:
        """Where to save (the trainer's Documents folder suggested), and whether the file
        dialog has asked before replacing that file; None when cancelled."""
        return choose_save_path(
            self,
            self.tr("Hand over results"),
            suggested,
            self.tr("Results files (*.fbundle)"),
            SUFFIX,
        )

    @Slot()
    def _save(self) -> None:
        preview = self.preview
        if preview is None or self.job is not None:
            return
        chosen = self.choose_path(preview.suggested_name)
        if chosen is None:
            return
        path, asked = chosen
        if path.exists() and not asked:
            text = self.tr("%1 exists already. Choose another name.").replace("%1", str(path))
            self._end(text, failed=True)
            return
        try:
            self._services.bundles.check_output(path, force=True)
        except OutputError as exc:
            self._end(error_text(exc), failed=True)
            return
        self.start(HandoverJob(self._data_dir, path, preview.choice))

    def start(self, job: HandoverJob) -> None:
        self.result.hide()
        self.job = BackgroundJob(
            job.run,
            self,
            title=self.tr("Hand over results"),
            label=self.tr("Writing the file for the project manager…"),
        )
        self.job.progress.setObjectName("handover_progress")
        self.job.succeeded.connect(self._written)
        self.job.failed.connect(lambda text: self._end(text, failed=True))
        self.job.cancelled.connect(
            lambda: self._end(self.tr("Cancelled. No file was written."), failed=False)
        )
        self._update_buttons()
        self.job.start()

    @Slot(object)
    def _written(self, written: BundleExport) -> None:
        text = self.tr("Saved in %1.").replace("%1", str(written.path))
        text += " " + self.tr("The file holds %1.").replace(
            "%1", self._counts(written.sessions, written.completed)
        )
        text += " " + (
            self.tr("It is encrypted for the project manager.")
            if written.encrypted
            else self.tr("It is not encrypted.")
        )
        text += " " + self.tr("Give the file to the project manager.")
        self._end(text, failed=False)
        self.close_button.setDefault(True)
        self.handed_over.emit(written)
        self._choice_changed()  # what is left to hand over now

    def _end(self, text: str, *, failed: bool) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._update_buttons()
        if failed:
            self.message = show_warning(self, self.tr("Hand over results"), text)
        else:
            self.result.setText(text)
            self.result.show()
        self.done_text.emit(text)

    # -- closing ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the count and the writing and wait for them (the dialog or window closes)."""
        self._timer.stop()
        for job in (self.counting, self.job):
            if job is not None:
                job.shutdown()
        self.counting = self.job = None

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.shutdown()
        super().done(result)
