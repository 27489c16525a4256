"""QApplication bootstrap and the top-level windows; nothing here starts an event loop."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .services.kiosk import KioskService, read_kiosk_start
from .store.errors import StoreError
from .ui.i18n import Translations, application_name, system_language
from .ui.kiosk.window import KioskWindow

if TYPE_CHECKING:
    from .services import Services
    from .ui.jobs import QuietJob
    from .ui.review.window import ReviewWindow
    from .ui.trainer.home import TrainerHome

LOCK_FILENAME = "feedback-app.lock"
# The sizes of the app's icon in resources/icons (feedback-app-<size>.png, from its SVG).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Names a file: the app writes its first frame there and ends (scripts/build_app.py's check).
FIRST_FRAME_FILE_ENV = "FEEDBACK_APP_FIRST_FRAME_FILE"


class AlreadyRunning(RuntimeError):
    """Another copy of the app uses the same data folder."""


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not app.property("feedback_app_ready"):
        app.setApplicationName("feedback-app")
        app.setApplicationDisplayName(application_name())
        app.setWindowIcon(_app_icon())
        from .ui.theme import apply_theme

        apply_theme(app)
        app.setProperty("feedback_app_ready", True)
    return app  # type: ignore[return-value]


def _app_icon():  # noqa: ANN202 - a QIcon
    """The app's icon at every size shipped; every top-level window shows it."""
    from PySide6.QtGui import QIcon

    from .paths import resource

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"feedback-app-{size}.png")))
    return icon


def acquire_instance_lock(data_dir: Path) -> QLockFile:
    """Hold the data folder for this process; raises ``AlreadyRunning`` if another holds it.

    A lock left by a crashed process is recognised as stale and taken over. A folder the lock
    cannot be made in is a ``StoreError``, not "already running".
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the data folder {data_dir}: {exc.strerror}",
            reason="cannot_open",
            path=str(data_dir),
        ) from None
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.PermissionError:
            raise StoreError(
                f"the data folder {data_dir} is read-only; check its permissions and try again",
                reason="read_only",
                path=str(data_dir),
            )
        raise AlreadyRunning(
            f"feedback-app is already running with the data folder {data_dir}; "
            "switch to that window, or close it first"
        )
    return lock


class AppController(QObject):
    """Owns the services and the windows of one running application."""

    def __init__(self, data_dir: Path, language: str | None = None):
        super().__init__()
        ensure_application()
        self.data_dir = data_dir
        self._services: Services | None = None
        self.translations = Translations()
        # --language; without it the trainer's setting, read once the database is open
        self.language_given = language
        self.interface_language = language or system_language()
        self.translations.install(self.interface_language)
        self.home: TrainerHome | None = None
        self.kiosk: KioskWindow | None = None
        self.review: ReviewWindow | None = None
        self.maintenance: QuietJob | None = None
        self.maintenance_problem: str | None = None
        self.warning: object = None

    @property
    def services(self) -> Services:
        """The services of the data folder, opened on first use."""
        if self._services is None:
            from .services import Services

            self._services = Services(self.data_dir)
            self.apply_trainer_view()
        return self._services

    def apply_trainer_view(self) -> None:
        """The trainer's text size and contrast (settings), on every window at once."""
        from .ui.theme import apply_theme

        settings = self.services.settings
        apply_theme(
            ensure_application(), settings.get("text_scale"), bool(settings.get("high_contrast"))
        )

    def default_session_title(self) -> str:
        from .ui.widgets.dates import format_day

        return QCoreApplication.translate("AppController", "Training %1").replace(
            "%1", format_day(date.today(), self.interface_language)
        )

    # -- the interface language ------------------------------------------------------------
    def _use_stored_language(self) -> None:
        """Without ``--language``, the language chosen in the settings (None: the system's)."""
        if self.language_given is None:
            stored = self.services.settings.get("interface_language")
            self.interface_language = stored or system_language()
            self.translations.install(self.interface_language)

    def change_interface_language(self, language: str | None) -> None:
        """The trainer chose another language in the settings (stored already): the home is
        built again in it, at the same place, once the settings dialog has closed."""
        self.language_given = None
        QTimer.singleShot(0, lambda: self._rebuild_home(language or system_language()))

    def _rebuild_home(self, language: str) -> None:
        old = self.home
        self.interface_language = language
        self.translations.install(language)
        if old is None:
            return
        old.close_review()
        geometry, maximised, shown = old.saveGeometry(), old.isMaximized(), old.isVisible()
        home = self.build_home()
        home.controller = self  # the controller lives as long as its home
        home.restoreGeometry(geometry)
        old.close()
        old.deleteLater()
        if maximised:
            home.showMaximized()
        elif shown:
            home.show()

    # -- trainer ---------------------------------------------------------------------------
    def build_home(self) -> TrainerHome:
        from .ui.trainer.home import TrainerHome

        services = self.services
        self._use_stored_language()
        services.sessions.default_session(self.default_session_title(), self.interface_language)
        self.home = TrainerHome(services, self.interface_language)
        self.home.language_changed.connect(self.change_interface_language)
        self.home.starting = lambda: self.maintenance is not None and self.maintenance.running()
        self.home.start_requested.connect(self.open_kiosk)
        return self.home

    def show_home(self) -> None:
        self.translations.install(self.interface_language)
        if self.home is None:
            self.build_home()
        assert self.home is not None
        self.home.refresh()
        self.home.show_remembered()
        self.home.raise_()
        self._tell_maintenance_problem()

    # -- start-up maintenance --------------------------------------------------------------
    def start_maintenance(self, *, retention: bool = True) -> QuietJob:
        """The day's first start-up backup and, with ``retention``, the automatic deletion
        past the retention period, in a thread of their own: the window is usable meanwhile
        (a backup blocks no submit; a kiosk started during a deletion waits for its end)."""
        from .services import Services
        from .ui.jobs import QuietJob

        data_dir = self.data_dir

        def work(_progress):  # noqa: ANN001, ANN202 - the job's callback
            with Services(data_dir, verify=False) as services:
                backup = services.backups.daily()
                deleted = services.retention.run_automatic() if retention else None
                return backup, deleted

        job = QuietJob(work, self)
        job.succeeded.connect(self._maintained)
        job.failed.connect(self._maintenance_failed)
        self.maintenance = job
        job.start()
        return job

    def _maintained(self, result: object) -> None:
        self.maintenance = None
        _backup, deleted = result  # type: ignore[misc]
        if deleted is not None and self.home is not None:
            self.home.refresh()

    def _maintenance_failed(self, message: str) -> None:
        self.maintenance = None
        self.maintenance_problem = QCoreApplication.translate(
            "AppController", "The daily backup or the automatic deletion did not run: %1"
        ).replace("%1", message)
        if self.home is not None and self.kiosk is None:  # never in front of participants
            self._tell_maintenance_problem()

    def _tell_maintenance_problem(self) -> None:
        from .ui.widgets.errors import show_warning

        text, self.maintenance_problem = self.maintenance_problem, None
        if text and self.home is not None:
            title = QCoreApplication.translate("AppController", "Daily backup")
            self.warning = show_warning(self.home, title, text)

    def wait_for_maintenance(self) -> None:
        """Let the start-up work end first (it may be rewriting the file after a deletion)."""
        job = self.maintenance
        if job is None or not job.running():
            return
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtGui import QGuiApplication

        loop = QEventLoop()
        job.succeeded.connect(loop.quit)
        job.failed.connect(loop.quit)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if job.running():
                loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()

    # -- project manager -------------------------------------------------------------------
    def build_review(self) -> ReviewWindow:
        """The review window on its own (``feedback-app review``)."""
        from .ui.review.window import ReviewWindow

        self._use_stored_language()
        self.review = ReviewWindow(self.services, self.interface_language)
        self.review.setGeometry(self.review.screen().availableGeometry())
        return self.review

    # -- kiosk -----------------------------------------------------------------------------
    def kiosk_service(self, session_id: str | None) -> KioskService:
        """The service for the kiosk; from a quick read when the database is ready for it."""
        snapshot = read_kiosk_start(self.data_dir, session_id, date.today())
        if snapshot is not None:
            return KioskService(lambda: self.services, snapshot.session, snapshot.definition)
        if session_id is None:
            session_id = self.services.sessions.default_session(
                self.default_session_title(), self.interface_language
            ).id
        return KioskService.for_session(self.services, session_id)

    def build_kiosk(self, session_id: str | None) -> KioskWindow:
        kiosk = KioskWindow(self.kiosk_service(session_id), self.translations)
        kiosk.first_frame_shown.connect(lambda: self._guard(kiosk))
        self.kiosk = kiosk
        return kiosk

    def _guard(self, kiosk: KioskWindow) -> None:
        if kiosk.out_of_service is not None:
            # No PIN can be read from a database that cannot be used, and nothing is being
            # collected: the kiosk closes on the trainer's shortcut or any close, with a word.
            kiosk.trainer_requested.connect(lambda: self._leave_broken_kiosk(kiosk))
            kiosk.exit_requested.connect(lambda: self._leave_broken_kiosk(kiosk))
            return
        from .ui.kiosk.lockdown import KioskGuard

        kiosk.guard = KioskGuard(kiosk, lambda: self.services.pin)
        kiosk.guard.unlocked.connect(self.leave_kiosk)

    def open_kiosk(self, session_id: str) -> KioskWindow:
        self.wait_for_maintenance()
        kiosk = self.build_kiosk(session_id)
        kiosk.showFullScreen()
        if self.home is not None:
            self.home.hide()
        return kiosk

    def _leave_broken_kiosk(self, kiosk: KioskWindow) -> None:
        assert kiosk.out_of_service is not None
        show_start_error(kiosk.out_of_service)
        kiosk.close_unlocked()

    def leave_kiosk(self) -> None:
        """The trainer unlocked the kiosk: close it and show the trainer's home."""
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.close_unlocked()
            kiosk.deleteLater()
        self.show_home()


def create_app_window(
    data_dir: Path,
    *,
    kiosk: bool = False,
    session_id: str | None = None,
    language: str | None = None,
    controller: AppController | None = None,
    review: bool = False,
) -> QWidget:
    """Build the top-level window (trainer home, the kiosk, or the project manager's review)
    without an event loop."""
    controller = controller or AppController(Path(data_dir), language)
    window: QWidget
    if kiosk:
        window = controller.build_kiosk(session_id)
    elif review:
        window = controller.build_review()
    else:
        window = controller.build_home()
    window.controller = controller  # keeps the controller alive as long as the window
    return window


def show_start_error(exc: BaseException, data_dir: Path | None = None) -> bool:
    """The database cannot be used: say so in the interface language. When it is damaged or
    missing and a good backup is there, offer to restore it; True when it was restored (the
    start can be tried again)."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.widgets.errors import error_text

    title = QCoreApplication.translate("AppController", "Feedback cannot start")
    box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(exc))
    box.setObjectName("start_error")
    backup = getattr(exc, "details", {}).get("backup") if data_dir is not None else None
    restore = None
    if backup:
        box.setInformativeText(
            QCoreApplication.translate(
                "AppController", "The newest good backup is %1. Restore it now?"
            ).replace("%1", Path(backup).name)
        )
        restore = box.addButton(
            QCoreApplication.translate("AppController", "Restore this backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restore_backup_button")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    return _restore_at_start(Path(data_dir), Path(backup))  # type: ignore[arg-type]


def _restore_at_start(data_dir: Path, backup: Path) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from .services.backups import restore_backup
    from .ui.widgets.errors import error_text

    try:
        result = restore_backup(data_dir, backup)
    except StoreError as exc:
        title = QCoreApplication.translate("AppController", "Feedback cannot start")
        box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(exc))
        box.setObjectName("restore_error")
        box.exec()
        return False
    text = QCoreApplication.translate(
        "AppController",
        "%1 was restored: %2 responses of %3 sessions. The damaged database is kept as %4.",
    )
    kept = result.kept.name if result.kept else "-"
    for key, value in (("%1", backup.name), ("%2", str(result.responses)),
                       ("%3", str(result.sessions)), ("%4", kept)):  # fmt: skip
        text = text.replace(key, value)
    box = QMessageBox(QMessageBox.Icon.Information, application_name(), text)
    box.setObjectName("restored")
    box.exec()
    return True


def run(
    data_dir: Path,
    *,
    kiosk: bool = False,
    session_id: str | None = None,
    language: str | None = None,
    review: bool = False,
) -> int:
    """Run the app until its last window closes. A database that cannot be used is shown in a
    dialog, then raised (``StoreError``) for the command line's one line and exit code 2."""
    app = ensure_application()
    try:
        lock = acquire_instance_lock(data_dir)
    except StoreError as exc:
        AppController(Path(data_dir), language)  # installs the interface language
        show_start_error(exc)
        raise
    except AlreadyRunning:
        from PySide6.QtWidgets import QMessageBox

        AppController(Path(data_dir), language)  # installs the interface language
        text = QCoreApplication.translate(
            "AppController",
            "The app is already running with the data folder %1. Switch to that window, or "
            "close it first.",
        )
        QMessageBox.warning(None, application_name(), text.replace("%1", str(data_dir)))
        raise
    try:
        controller = AppController(Path(data_dir), language)
        try:
            window = create_app_window(
                data_dir, kiosk=kiosk, session_id=session_id, controller=controller, review=review
            )
        except StoreError as exc:
            if not show_start_error(exc, Path(data_dir)):
                raise
            controller = AppController(Path(data_dir), language)
            window = create_app_window(
                data_dir, kiosk=kiosk, session_id=session_id, controller=controller, review=review
            )
        controller.start_maintenance(retention=not kiosk)
        if kiosk:
            window.showFullScreen()
        elif review:
            window.showMaximized()
        else:
            window.show_remembered()  # maximised, or as the trainer left it
        _end_at_first_frame(window, controller)
        return app.exec()
    finally:
        lock.unlock()


class _FirstFrame(QObject):
    """At the window's first paint (the kiosk's ``first_frame_shown``, once its pages are
    loaded): writes the window's name to the file, waits for the start-up work and closes the
    window the way a user does (the kiosk as after the trainer's PIN)."""

    def __init__(self, window: QWidget, controller: AppController, path: str):
        super().__init__(window)
        self._window, self._controller, self._path = window, controller, path
        if isinstance(window, KioskWindow):
            window.first_frame_shown.connect(self._end)
        else:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._end)
        return False

    def _end(self) -> None:
        self._controller.wait_for_maintenance()
        window = self._window
        Path(self._path).write_text(f"first frame: {window.objectName()}\n", encoding="utf-8")
        if isinstance(window, KioskWindow):
            window.close_unlocked()
        else:
            window.close()


def _end_at_first_frame(window: QWidget, controller: AppController) -> None:
    """With $FEEDBACK_APP_FIRST_FRAME_FILE set, the app ends at its first frame: how a built
    application is shown to start for real, also where it has no console to print to."""
    import os

    path = os.environ.get(FIRST_FRAME_FILE_ENV)
    if path:
        window.first_frame_watcher = _FirstFrame(window, controller, path)
