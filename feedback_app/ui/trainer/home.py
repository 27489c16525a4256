"""The trainer's home: sessions newest first, one session's details, and the way into the kiosk."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.types import Session
from ...store.errors import NotFoundError, StoreError
from ..jobs import BackgroundJob
from ..review.window import ReviewWindow
from ..widgets.errors import show_error, show_warning
from ..widgets.fit import scroll_area
from ..widgets.flow import FlowLayout
from ..widgets.pin_dialogs import SetPinDialog
from ..widgets.wrapping_button import WrappingButton
from .bundle_import import BundleImportDialog
from .data_menu import DataMenu
from .export import SessionExporter
from .handover import HandoverDialog
from .laptop_filter import LaptopFilter
from .models import SessionTableModel
from .session_detail import SessionDetail
from .session_dialog import SessionDialog
from .session_table import SessionTable
from .settings_dialog import SettingsDialog
from .tools_menu import ToolsMenu

T = TypeVar("T")


class TrainerHome(QWidget):
    start_requested = Signal(str)
    session_closed = Signal(str)  # after the file has been tidied and checked
    # The trainer chose another interface language in the settings (None: the system's).
    language_changed = Signal(object)

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
        self._shown_before = False  # show_remembered() sizes the window the first time only
        self._build()
        self.refresh()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        """Everything in one area that scrolls when large text needs more than the screen:
        button rows wrap, and the list and the details stack when side by side is too narrow
        (``_fit_panels``)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget(self)
        body.setObjectName("home_body")
        self.scroll = scroll_area(body, self, "home_scroll")
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        top = FlowLayout(spacing=8)
        heading = QLabel(self.tr("Training feedback"), self)
        heading.setProperty("role", "title")
        top.addWidget(heading)
        top.addStretch()
        self.review_button = self._button(
            "review_button", self.tr("Review results…"), self._review, top
        )
        self.review_button.setToolTip(
            self.tr("The results of every session: charts, comparisons, trends and comments")
        )
        self.pin_button = self._button("pin_button", "", self._edit_pin, top)
        questionnaires = self._button(
            "questionnaires_button", self.tr("Questionnaires…"), self._edit_questionnaires, top
        )
        self.data = DataMenu(self, self._services, self._language)
        top.addWidget(self.data.button)
        settings = self._button("settings_button", self.tr("Settings…"), self._edit_settings, top)
        tools = [self.review_button, self.pin_button, questionnaires, self.data.button, settings]
        self.menu_button = ToolsMenu(tools, self)
        top.addWidget(self.menu_button)
        self._heading = heading
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
        self.start_button = WrappingButton("", self)  # a long title takes a second line
        self.start_button.setObjectName("start_feedback_button")
        self.start_button.setProperty("role", "big")
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("home_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._sessions_panel())
        self.detail = SessionDetail(self)
        self.exporter = SessionExporter(self._services.data_dir, self, self._language)
        self.detail.export_requested.connect(self._export)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._side_by_side: bool | None = None

    def _actions(self) -> FlowLayout:
        """The session's actions under the list, and handing results over between laptops."""
        buttons = FlowLayout(spacing=8)
        self._button("new_session_button", self.tr("New session…"), self._new_session, buttons)
        self.edit_button = self._button(
            "edit_session_button", self.tr("Edit…"), self._edit_session, buttons
        )
        self.close_button = self._button("close_session_button", "", self._toggle_closed, buttons)
        buttons.addStretch()
        self._button("handover_button", self.tr("Hand over results…"), self._hand_over, buttons)
        self._button("import_bundles_button", self.tr("Import bundles…"), self._import, buttons)
        return buttons

    def _sessions_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = FlowLayout()
        caption = QLabel(self.tr("Sessions"), panel)
        caption.setProperty("role", "section")
        heading.addWidget(caption)
        heading.addStretch()
        self.laptop_filter = LaptopFilter(panel)
        self.laptop_filter.changed.connect(self.refresh)
        heading.addWidget(self.laptop_filter)
        layout.addLayout(heading)
        self.table = SessionTable(self.model, panel)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self._edit_session())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._actions())  # under the list: the details reach the bottom
        return panel

    # -- fitting the screen ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_panels()
        # The scrolling area takes its new width only after this window: fit again then.
        QTimer.singleShot(0, self._fit_panels)

    def _fit_panels(self) -> None:
        """The list and the details side by side when both have room (the list its columns
        with a readable title, the details a chart), else one above the other, the details
        then as tall as their content (the whole home scrolls)."""
        width = self.scroll.viewport().width() - 40  # less the margins
        self.menu_button.fit(width, 8)  # the buttons on a line of their own at most
        em = self.fontMetrics().averageCharWidth()
        list_width = self.table.width_needed()
        side_by_side = width >= list_width + 62 * em
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
            self.splitter.setOrientation(orientation)
            if side_by_side:
                share = max(list_width, int(width * 0.55))
                self.splitter.setSizes([share, max(width - share, 1)])
        self.detail.set_scrolls(side_by_side)
        rows = (6, 1) if side_by_side else (5, 2)  # under the details, titles wrap
        self.table.setMinimumHeight(self.table.rows_height(*rows))

    def _button(self, name: str, text: str, slot, layout) -> QPushButton:  # noqa: ANN001
        button = WrappingButton(text, self)
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
        self._fit_panels()  # the top row's width changes with the PIN button's text
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
    def show_remembered(self) -> None:
        """Show the home as the trainer left it last time: maximised (the first time too), or
        at the size it had, never larger than the screen. Where no window manager maximises
        it, the window still covers the screen's available area."""
        if self._shown_before:
            self.show()
            return
        self._shown_before = True
        stored = self._services.settings.get("window_size")
        screen = self.screen().availableGeometry()
        if isinstance(stored, list) and len(stored) == 3 and not stored[2]:
            size = QSize(int(stored[0]), int(stored[1])).boundedTo(screen.size())
            self.resize(size.expandedTo(self.minimumSizeHint()).boundedTo(screen.size()))
            self.show()
            return
        self.setGeometry(screen)
        self.showMaximized()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._shown_before = True  # shown some other way (a new language): keep its size

    def _remember_size(self) -> None:
        """Keep the window's size for the next start (``window_size``: width, height and
        whether it was maximised)."""
        if not self.isVisible():
            return
        maximised = self.isMaximized() or self.isFullScreen()
        size = self.normalGeometry().size() if maximised else self.size()
        if not size.isValid() or size.isEmpty():
            size = self.size()
        # Not worth a word when the database has been closed or broken meanwhile.
        with contextlib.suppress(StoreError, sqlite3.Error):
            self._services.settings.set("window_size", [size.width(), size.height(), maximised])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._remember_size()
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
            self.review.setGeometry(self.screen().availableGeometry())
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
        dialog = SettingsDialog(self._services, self)
        dialog.interface_language_changed.connect(self.language_changed)
        self.open_dialog(dialog, self.refresh)

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
