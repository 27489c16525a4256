"""The trainer's "Backups and data" menu: a backup to a file, a restore, deleting responses,
and the audit log.

The backup and the deletion run as background jobs with services of their own. A restore
replaces the database file itself, so the home closes its own connection first and reopens it
after, whatever the outcome; meanwhile the home takes no input, and nothing else may run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from ...services import Services
from ...services.backups import RestoreResult, restore_backup
from ...services.retention import Deletion, DeletionResult
from ...services.types import KEEP_BEFORE_DELETION_DAYS, BackupSummary, OutputError
from ...store.errors import StoreError
from ..jobs import BackgroundJob
from ..widgets.errors import error_text, show_error, show_warning
from ..widgets.save_path import choose_save_path
from .audit_log import AuditLogDialog
from .data_texts import DataTexts
from .delete_responses import DeleteResponsesDialog
from .restore import RestoreDialog

if TYPE_CHECKING:
    from ...services.backups import BackupInfo
    from .home import TrainerHome

SUFFIX = ".db"


class DataMenu(QObject):
    """The button with its menu, and what each of its actions does."""

    done = Signal(str)  # the message shown at the end, for tests

    def __init__(self, home: TrainerHome, services: Services, language: str):
        super().__init__(home)
        self._home = home
        self._services = services
        self._language = language
        self._texts = DataTexts(self)
        self.job: BackgroundJob | None = None
        self.message: QMessageBox | None = None
        self.button = QPushButton(self.tr("Backups and data…"), home)
        self.button.setObjectName("data_button")
        self.button.setToolTip(
            self.tr("Back up the database, restore a backup, delete responses, see the log")
        )
        menu = QMenu(self.button)
        menu.setObjectName("data_menu")
        self.backup_action = self._action(menu, "backup_action", self.tr("Back up to…"))
        self.restore_action = self._action(menu, "restore_action", self.tr("Restore…"))
        menu.addSeparator()
        self.delete_action = self._action(
            menu, "delete_responses_action", self.tr("Delete responses…")
        )
        menu.addSeparator()
        self.audit_action = self._action(menu, "audit_action", self.tr("Audit log…"))
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.delete_action.triggered.connect(self.delete_responses)
        self.audit_action.triggered.connect(self.audit_log)
        self.button.setMenu(menu)

    def _action(self, menu: QMenu, name: str, text: str):  # noqa: ANN202 - a QAction
        action = menu.addAction(text)
        action.setObjectName(name)
        return action

    # -- backing up ------------------------------------------------------------------------
    def choose_backup_path(self, suggested: str) -> tuple[Path, bool] | None:
        """Where to write the backup, and whether the file dialog has asked before replacing
        that file; None when cancelled."""
        return choose_save_path(
            self._home, self.tr("Back up to"), suggested, self.tr("Backups (*.db)"), SUFFIX
        )

    @Slot()
    def back_up(self) -> None:
        title = self.tr("Back up")
        if self._refuse_while_busy(title):
            return
        chosen = self.choose_backup_path(self._services.backups.suggested_name())
        if chosen is None:
            return
        path, asked = chosen
        try:
            self._services.backups.check_output(path, force=asked)
        except OutputError as exc:
            self._say(title, error_text(exc), failed=True)
            return
        data_dir = self._services.data_dir

        def work(_progress):  # noqa: ANN001, ANN202 - the job's callback
            with Services(data_dir, verify=False) as services:
                return services.backups.back_up_to(path, force=True)

        self._start(work, title, self.tr("Writing the backup…"), self._backed_up)

    def _backed_up(self, summary: BackupSummary) -> None:
        text = self.tr("Backed up: %1.").replace(
            "%1", self._texts.responses_of_sessions(summary.responses, summary.sessions)
        )
        text += "\n\n" + self.tr("File: %1").replace("%1", str(summary.path))
        self._say(self.tr("Back up"), text)

    # -- restoring -------------------------------------------------------------------------
    @Slot()
    def restore(self) -> None:
        dialog = RestoreDialog(self._services.backups, self._language, self._home)
        dialog.restore_requested.connect(self._restore)
        self._home.open_dialog(dialog, lambda: None)

    def _restore(self, info: BackupInfo) -> None:
        title = self.tr("Restore from a backup")
        if self._refuse_while_busy(title):
            return
        self._home.close_review()  # its questions go to the connection closed below
        data_dir = self._services.data_dir
        self._services.suspend()
        self._start(
            lambda _progress: restore_backup(data_dir, info.path),
            title,
            self.tr("Restoring the backup and checking it…"),
            self._restored,
            self._restore_failed,
            hold=True,
        )

    def _resume(self) -> bool:
        try:
            self._services.resume()
        except StoreError as exc:
            self.message = show_error(self._home, self.tr("Restore from a backup"), exc)
            return False
        finally:
            self._hold_home(False)
        self._home.refresh()
        return True

    def _restored(self, result: RestoreResult) -> None:
        if not self._resume():
            return
        text = self.tr("Restored %1: %2.").replace("%1", result.backup.name)
        held = self._texts.responses_of_sessions(result.responses, result.sessions)
        text = text.replace("%2", held)
        if result.kept is not None:
            text += " " + self.tr(
                "The database it replaced is kept as the backup %1 in the data folder."
            ).replace("%1", result.kept.name)
        else:
            text += " " + self.tr("There was no database to keep.")
        self._say(self.tr("Restore from a backup"), text)

    def _restore_failed(self, message: str) -> None:
        if self._resume():
            self._say(self.tr("Restore from a backup"), message, failed=True)

    def _hold_home(self, held: bool) -> None:
        """No input to the home while its database is closed (the progress window is a
        window of its own, which stays usable)."""
        self._home.setEnabled(not held)
        if self.job is not None:
            self.job.progress.setEnabled(True)

    # -- deleting responses ----------------------------------------------------------------
    @Slot()
    def delete_responses(self) -> None:
        dialog = DeleteResponsesDialog(
            self._services.retention, self._home.selected(), self._language, self._home
        )
        dialog.delete_requested.connect(self._delete)
        self._home.open_dialog(dialog, lambda: None)

    def _delete(self, deletion: Deletion) -> None:
        title = self.tr("Delete responses")
        if self._refuse_while_busy(title):
            return
        data_dir = self._services.data_dir

        def work(_progress):  # noqa: ANN001, ANN202 - the job's callback
            with Services(data_dir, verify=False) as services:
                return services.retention.delete(deletion)

        self._start(
            work,
            title,
            self.tr("Deleting the responses and rewriting the database…"),
            self._deleted,
            hold=True,
        )

    def _deleted(self, result: DeletionResult) -> None:
        self._hold_home(False)
        self._home.refresh()
        found = result.deletion.count
        text = self.tr("Deleted: %1.").replace(
            "%1", self._texts.responses_of_sessions(found.responses, found.sessions)
        )
        if result.backup is not None:
            text += " " + (
                self.tr("The backup made just before, %1, is kept for %2 days.")
                .replace("%1", result.backup.name)
                .replace("%2", str(KEEP_BEFORE_DELETION_DAYS))
            )
        if result.cleaned_backups:
            text += " " + self.tr(
                "They were also removed from %n other backup(s) in the data folder.",
                "",
                result.cleaned_backups,
            )
        if result.failed_backups:
            text += "\n\n" + self.tr(
                "These backups could not be rewritten and still hold the deleted responses: "
                "%1. Delete them from the data folder's backups folder, or try again."
            ).replace("%1", ", ".join(result.failed_backups))
        self._say(self.tr("Delete responses"), text, failed=bool(result.failed_backups))

    # -- the audit log ---------------------------------------------------------------------
    @Slot()
    def audit_log(self) -> None:
        dialog = AuditLogDialog(self._services.audit, self._language, self._home)
        self._home.open_dialog(dialog, lambda: None)

    # -- the jobs --------------------------------------------------------------------------
    def busy_text(self) -> str | None:
        """What is running that a backup, a restore or a deletion must wait for."""
        home = self._home
        if self.job is not None:
            return self.tr("A backup, a restore or a deletion is still running.")
        if home.closing is not None:
            return self.tr("A session is still being closed.")
        if home.starting():
            return self.tr("The daily backup is still being written.")
        if home.exporter.running():
            return self.tr("Responses are still being exported.")
        review = home.review
        if review is not None and review.exporter.job is not None:
            return self.tr("A report is still being written.")
        return None

    def _refuse_while_busy(self, title: str) -> bool:
        busy = self.busy_text()
        if busy is not None:
            self._say(title, busy + " " + self.tr("Wait until it has finished, then try again."),
                      failed=True)  # fmt: skip
        return busy is not None

    def _start(
        self,
        work: Callable[[Any], Any],
        title: str,
        label: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None] | None = None,
        *,
        hold: bool = False,
    ) -> None:
        """Run ``work``; with ``hold`` the home takes no input until it ends, and the progress
        shows at once."""
        self.job = BackgroundJob(
            work,
            self._home,
            title=title,
            label=label,
            cancellable=False,
            show_after_ms=0 if hold else 400,
        )
        self.job.progress.setObjectName("data_progress")
        self.job.succeeded.connect(lambda result: self._ended(on_success, result))
        self.job.failed.connect(
            lambda text: self._ended(on_failure or (lambda t: self._failed(title, t)), text)
        )
        if hold:
            self._hold_home(True)
        self.job.start()

    def _ended(self, then: Callable[[Any], None], value: Any) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        then(value)

    def _failed(self, title: str, text: str) -> None:
        self._hold_home(False)
        self._home.refresh()
        self._say(title, text, failed=True)

    def _say(self, title: str, text: str, *, failed: bool = False) -> None:
        if failed:
            self.message = show_warning(self._home, title, text)
        else:
            self.message = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._home)
            self.message.setObjectName("data_message")
            self.message.setStyleSheet("#qt_msgbox_label { min-width: 440px; }")
            self.message.open()
        self.done.emit(text)

    def shutdown(self) -> None:
        """Wait for a running job (the window is closing); a restore or a deletion runs to
        its end, and the database is then closed with the window."""
        if self.job is not None:
            self.job.shutdown()
            self.job = None
