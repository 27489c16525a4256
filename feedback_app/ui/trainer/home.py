"""The trainer's home: sessions newest first, one session's details, and the way into the kiosk."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.types import Session
from ...store.errors import NotFoundError, StoreError
from ..jobs import BackgroundJob
from ..review.window import ReviewWindow
from ..widgets.errors import show_error, show_warning
from ..widgets.pin_dialogs import SetPinDialog
from .bundle_import import BundleImportDialog
from .data_menu import DataMenu
from .export import SessionExporter
from .handover import HandoverDialog
from .laptop_filter import LaptopFilter
from .models import SessionTableModel
from .session_detail import SessionDetail
from .session_dialog import SessionDialog
from .settings_dialog import SettingsDialog

T = TypeVar("T")


class TrainerHome(QWidget):
    start_requested = Signal(str)
    session_closed = Signal(str)  # after the file has been tidied and checked

    def __init__(self, services: Services, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_window")
        self.setWindowTitle(self.tr("Training feedback"))
        self._services = services
        self._language = language
        self.dialog: QDialog | None = None
        self.error: QMessageBox | None = None
        self.closing: BackgroundJob | None = None
        self.review: ReviewWindow | None = None
        #: True while the app's start-up work (the day's backup) runs; set by the app.
        self.starting: Callable[[], bool] = lambda: False
        self.model = SessionTableModel(self)
        self._build()
        self.refresh()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Training feedback"), self)
        heading.setProperty("role", "title")
        top.addWidget(heading, 1)
        self.review_button = self._button(
            "review_button", self.tr("Review results…"), self._review, top
        )
        self.review_button.setToolTip(
            self.tr("The results of every session: charts, comparisons, trends and comments")
        )
        self.pin_button = self._button("pin_button", "", self._edit_pin, top)
        self._button(
            "questionnaires_button", self.tr("Questionnaires…"), self._edit_questionnaires, top
        )
        self.data = DataMenu(self, self._services, self._language)
        top.addWidget(self.data.button)
        self._button("settings_button", self.tr("Settings…"), self._edit_settings, top)
        layout.addLayout(top)
        self.pin_notice = QLabel(
            self.tr(
                "Set a trainer PIN: you need it to leave the kiosk, and it keeps participants "
                "away from these screens."
            ),
            self,
        )
        self.pin_notice.setObjectName("pin_notice")
        self.pin_notice.setProperty("role", "notice")
        self.pin_notice.setWordWrap(True)
        layout.addWidget(self.pin_notice)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start_feedback_button")
        self.start_button.setProperty("role", "big")
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button)
        splitter = QSplitter(self)
        splitter.addWidget(self._sessions_panel())
        self.detail = SessionDetail(self)
        self.exporter = SessionExporter(self._services.data_dir, self, self._language)
        self.detail.export_requested.connect(self._export)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # halves, whatever the panels' own wishes
        layout.addWidget(splitter, 1)
        layout.addLayout(self._actions())

    def _actions(self) -> QHBoxLayout:
        """The session's actions under the list, and handing results over between laptops."""
        buttons = QHBoxLayout()
        self._button("new_session_button", self.tr("New session…"), self._new_session, buttons)
        self.edit_button = self._button(
            "edit_session_button", self.tr("Edit…"), self._edit_session, buttons
        )
        self.close_button = self._button("close_session_button", "", self._toggle_closed, buttons)
        buttons.addStretch(1)
        self._button("handover_button", self.tr("Hand over results…"), self._hand_over, buttons)
        self._button("import_bundles_button", self.tr("Import bundles…"), self._import, buttons)
        return buttons

    def _sessions_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        caption = QLabel(self.tr("Sessions"), panel)
        caption.setProperty("role", "section")
        heading.addWidget(caption, 1)
        self.laptop_filter = LaptopFilter(panel)
        self.laptop_filter.changed.connect(self.refresh)
        heading.addWidget(self.laptop_filter)
        layout.addLayout(heading)
        self.table = QTableView(panel)
        self.table.setObjectName("sessions_table")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self._edit_session())
        layout.addWidget(self.table, 1)
        return panel

    def _button(self, name: str, text: str, slot, layout) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- state -----------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload the sessions (keeping or moving the selection) and the PIN state."""
        current = select or self.selected_id()
        self.laptop_filter.set_laptops(self._services.bundles.laptops())
        sessions = self._services.sessions.list()
        self.model.set_rows([s for s in sessions if self.laptop_filter.shows(s)])
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            today = self._services.sessions.today()
            row = max(self.model.row_of(today.id), 0) if today else 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        has_pin = self._services.pin.is_set()
        self.pin_notice.setVisible(not has_pin)
        self.pin_button.setText(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))
        self._show_selected()

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        return self.model.session_at(index.row()).id

    def selected(self) -> Session | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        try:
            return self._services.sessions.get(session_id)
        except NotFoundError as exc:  # removed meanwhile, e.g. from the command line
            self.error = show_error(self, self.tr("Training feedback"), exc)
            self.refresh()
            return None

    def _show_selected(self) -> None:
        session = self.selected()
        has = session is not None
        self.edit_button.setEnabled(has)
        self.close_button.setEnabled(has)
        self.detail.setVisible(has)
        if session is None:
            self.start_button.setText(self.tr("Start feedback"))
            self.start_button.setEnabled(False)
            return
        self.close_button.setText(
            self.tr("Reopen session") if session.closed else self.tr("Close session")
        )
        self.edit_button.setEnabled(not session.imported)
        self.close_button.setEnabled(not session.imported)
        self.start_button.setEnabled(session.accepts_responses)
        if session.imported:
            text = self.tr("This session came from another laptop: it is answered there")
        elif session.closed:
            text = self.tr("This session is closed: reopen it to collect feedback")
        else:
            text = self.tr("Start feedback: %1").replace("%1", session.title)
        self.start_button.setText(text)
        self.start_button.setAccessibleName(self.tr("Start feedback"))
        results, minimum = self._services.results.session_results(session.id)
        self.detail.show_session(session, results, minimum, self._language)

    # -- actions ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.close_review()
        self.exporter.shutdown()
        if isinstance(self.dialog, HandoverDialog | BundleImportDialog):
            with contextlib.suppress(RuntimeError):  # closed and deleted already
                self.dialog.shutdown()
        if self.closing is not None:
            self.closing.shutdown()
        self.data.shutdown()
        super().closeEvent(event)

    def _export(self) -> None:
        session = self.selected()
        if session is not None:
            self.exporter.export(session)

    def _start(self) -> None:
        session_id = self.selected_id()
        if session_id:
            self.close_review()  # nothing of the results stays open behind the kiosk
            self.start_requested.emit(session_id)

    def _review(self) -> None:
        """The project manager's review, in a window of its own (one at a time)."""
        if self.review is None:
            self.review = ReviewWindow(self._services, self._language, self)
            self.review.destroyed.connect(self._review_gone)
            self.review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.review.resize(1366, 768)
            self.review.showMaximized()
        else:
            self.review.reload()
            if self.review.isMinimized():
                self.review.showNormal()
            self.review.show()
        self.review.raise_()
        self.review.activateWindow()

    def _review_gone(self) -> None:
        self.review = None

    def close_review(self) -> None:
        if self.review is not None:
            self.review.close()

    def _new_session(self) -> None:
        dialog = SessionDialog(
            self._services.settings.organisations(),
            None,
            self._language,
            self,
            questionnaires=self._services.questionnaires.list(self._language),
        )
        self.open_dialog(dialog, lambda: self._created(dialog))

    def _created(self, dialog: SessionDialog) -> None:
        draft = dialog.draft()
        if draft is not None:
            created = self._act(
                self.tr("New session"),
                lambda: self._services.sessions.create(draft, dialog.questionnaire_choice()),
            )
            self.refresh(select=created.id if created else None)

    def _edit_session(self) -> None:
        session = self.selected()
        if session is None:
            return
        dialog = SessionDialog(
            self._services.settings.organisations(),
            session,
            self._language,
            self,
            questionnaires=self._services.questionnaires.list(self._language),
            questionnaire_locked=self._services.sessions.has_responses(session.id),
        )
        self.open_dialog(dialog, lambda: self._edited(session.id, dialog))

    def _edited(self, session_id: str, dialog: SessionDialog) -> None:
        draft = dialog.draft()
        if draft is not None:
            locked = not dialog.questionnaire.isEnabled()
            choice = None if locked else dialog.questionnaire_choice()
            self._act(
                self.tr("Edit session"),
                lambda: self._services.sessions.update(session_id, draft, choice),
            )
            self.refresh(select=session_id)

    def _toggle_closed(self) -> None:
        session = self.selected()
        if session is None:
            return
        if session.closed:
            self._act(
                self.tr("Training feedback"),
                lambda: self._services.sessions.set_closed(session.id, False),
            )
            self.refresh(select=session.id)
            return
        self._close_in_background(session.id)

    def _close_in_background(self, session_id: str) -> None:
        """Closing rewrites and checks the whole file, which takes a while when it is large."""
        data_dir = self._services.data_dir

        def close(_progress):  # noqa: ANN001, ANN202 - the job's callback
            with Services(data_dir, verify=False) as services:
                return services.sessions.close(session_id)

        self.closing = BackgroundJob(
            close,
            self,
            title=self.tr("Close session"),
            label=self.tr("Closing the session and tidying the database…"),
            cancellable=False,  # a rewrite of the file runs to its end
        )
        self.closing.succeeded.connect(lambda _session: self._closed(session_id, None))
        self.closing.failed.connect(lambda message: self._closed(session_id, message))
        self.closing.start()

    def _closed(self, session_id: str, failure: str | None) -> None:
        job, self.closing = self.closing, None
        if job is not None:
            job.deleteLater()
        if failure is not None:
            self.error = show_warning(self, self.tr("Close session"), failure)
        self.refresh(select=session_id)
        self.session_closed.emit(session_id)

    def _edit_pin(self) -> None:
        self.open_dialog(SetPinDialog(self._services.pin, self), self.refresh)

    def _edit_questionnaires(self) -> None:
        from .editor import QuestionnaireListDialog

        dialog = QuestionnaireListDialog(self._services, self._language, self)
        self.open_dialog(dialog, lambda: None)
        # Edits may move sessions to a new version however the list is closed (Esc too).
        dialog.finished.connect(lambda _result: self.refresh())

    def _hand_over(self) -> None:
        self.open_dialog(HandoverDialog(self._services, self, self.selected_id()), lambda: None)

    def _import(self) -> None:
        dialog = BundleImportDialog(self._services, self)
        dialog.imported.connect(lambda _files: self.refresh())
        self.open_dialog(dialog, lambda: None)

    def _edit_settings(self) -> None:
        self.open_dialog(SettingsDialog(self._services, self), self.refresh)

    def _act(self, title: str, action: Callable[[], T]) -> T | None:
        """Run a service action; a store error becomes a dialog and None."""
        try:
            return action()
        except StoreError as exc:
            self.error = show_error(self, title, exc)
            return None

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open a dialog without blocking; ``dialog`` stays reachable (and testable) meanwhile."""
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
