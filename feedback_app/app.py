"""QApplication bootstrap and the top-level windows; nothing here starts an event loop."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from .paths import database_path, resource
from .store.snapshot import read_kiosk_snapshot
from .ui.i18n import Translations, system_language
from .ui.kiosk.window import KioskWindow
from .ui.services import KioskService

if TYPE_CHECKING:
    from .store import Store
    from .ui.trainer.start_window import StartWindow

TRAINER_SHORTCUT = "Ctrl+Shift+T"


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not app.property("feedback_app_ready"):
        app.setApplicationName("feedback-app")
        app.setApplicationDisplayName("Feedback")
        app.setStyleSheet(resource("theme", "app.qss").read_text(encoding="utf-8"))
        app.setProperty("feedback_app_ready", True)
    return app  # type: ignore[return-value]


class AppController(QObject):
    """Owns the store and the windows of one running application."""

    def __init__(self, data_dir: Path, language: str | None = None):
        super().__init__()
        ensure_application()
        self.data_dir = data_dir
        self._store: Store | None = None
        self.translations = Translations()
        self.interface_language = language or system_language()
        self.translations.install(self.interface_language)
        self.start_window: StartWindow | None = None
        self.kiosk: KioskWindow | None = None

    @property
    def store(self) -> Store:
        """The database, opened on first use."""
        if self._store is None:
            from .store import Store

            self._store = Store(self.data_dir)
        return self._store

    def default_session_title(self) -> str:
        today = date.today()
        return QCoreApplication.translate("AppController", "Training %1").replace(
            "%1", f"{today.day}.{today.month}.{today.year}"
        )

    def build_start_window(self) -> StartWindow:
        from .ui.trainer.start_window import StartWindow

        session = self.store.default_session(self.default_session_title(), self.interface_language)
        self.start_window = StartWindow(session)
        self.start_window.start_requested.connect(self.open_kiosk)
        self.start_window.resize(900, 640)
        return self.start_window

    def kiosk_service(self, session_id: str | None) -> KioskService:
        """The service for the kiosk; from a quick read when the database is ready for it."""
        snapshot = read_kiosk_snapshot(database_path(self.data_dir), session_id, date.today())
        if snapshot is not None:
            return KioskService(lambda: self.store, snapshot.session, snapshot.definition)
        if session_id is None:
            session_id = self.store.default_session(
                self.default_session_title(), self.interface_language
            ).id
        return KioskService.for_session(self.store, session_id)

    def build_kiosk(self, session_id: str | None) -> KioskWindow:
        service = self.kiosk_service(session_id)
        kiosk = KioskWindow(service, self.translations)
        kiosk.first_frame_shown.connect(lambda: self._add_trainer_shortcut(kiosk))
        self.kiosk = kiosk
        return kiosk

    def _add_trainer_shortcut(self, kiosk: KioskWindow) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        shortcut = QShortcut(QKeySequence(TRAINER_SHORTCUT), kiosk)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.leave_kiosk)

    def open_kiosk(self, session_id: str) -> KioskWindow:
        kiosk = self.build_kiosk(session_id)
        kiosk.showFullScreen()
        if self.start_window is not None:
            self.start_window.hide()
        return kiosk

    def leave_kiosk(self) -> None:
        if self.kiosk is None:
            return
        self.kiosk.close()
        self.kiosk.deleteLater()
        self.kiosk = None
        self.translations.install(self.interface_language)
        if self.start_window is not None:
            session = self.store.default_session(self.default_session_title())
            self.start_window.set_session(session)
            self.start_window.show()


def create_app_window(
    data_dir: Path,
    *,
    kiosk: bool = False,
    session_id: str | None = None,
    language: str | None = None,
) -> QWidget:
    """Build the top-level window (trainer start window, or the kiosk) without an event loop."""
    controller = AppController(Path(data_dir), language)
    if kiosk:
        window: QWidget = controller.build_kiosk(session_id)
    else:
        window = controller.build_start_window()
    window.controller = controller  # keeps the controller alive as long as the window
    return window


def run(
    data_dir: Path,
    *,
    kiosk: bool = False,
    session_id: str | None = None,
    language: str | None = None,
) -> int:
    app = ensure_application()
    window = create_app_window(data_dir, kiosk=kiosk, session_id=session_id, language=language)
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
    return app.exec()
