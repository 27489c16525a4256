"""The services of one data folder, over one database connection."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from ..store.errors import DamagedDatabaseError
from ..store.store import Store
from .audit import AuditService
from .backups import BackupService, newest_good_backup
from .bundles import BundleService
from .checks import CheckService
from .exports import ExportService
from .questionnaires import QuestionnaireService
from .responses import ResponseService
from .results import ResultsService
from .retention import RetentionService
from .review import ReviewService
from .sessions import SessionService
from .settings import PinService, SettingsService


class Services:
    """Every action of the app on one data folder; open one per thread (an SQLite connection
    belongs to the thread that opened it) and close it when done.

    Raises a ``StoreError`` (typed: damaged, schema too new, ...) when the database cannot be
    used; nothing is written to a file that is refused.
    """

    def __init__(self, data_dir: Path, *, verify: bool = True):
        """Without ``verify`` the file's pages are not read through at opening (a further
        connection of a process that opened the data folder verified, e.g. a background job
        of the window: on a large database the check takes seconds)."""
        self.data_dir = Path(data_dir)
        try:
            self._store = Store(self.data_dir, verify=verify)
        except DamagedDatabaseError as exc:
            raise _offer_backup(exc, self.data_dir) from None
        store = self._store
        self.settings = SettingsService(store)
        self.pin = PinService(store)
        self.questionnaires = QuestionnaireService(store)
        self.sessions = SessionService(store, self.settings)
        self.responses = ResponseService(store)
        self.results = ResultsService(store)
        self.exports = ExportService(store)
        self.checks = CheckService(store)
        self.bundles = BundleService(store)
        self.review = ReviewService(store, self.bundles)
        self.audit = AuditService(store)
        self.backups = BackupService(store)
        self.retention = RetentionService(store, self.backups)
        self.sessions.backups = self.backups
        self.sessions.retention = self.retention
        self.bundles.backups = self.backups

    @property
    def store(self) -> Store:
        """The layer below, for tests and benchmarks that inspect the database itself."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def suspend(self) -> None:
        """Close the database connection while the file is replaced (a restore); nothing may
        be asked of the services until :meth:`resume`."""
        self._store.close()

    def resume(self) -> None:
        """Open the database file again (the restored one, or the same one after a refusal)."""
        self._store.reopen()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _offer_backup(exc: DamagedDatabaseError, data_dir: Path) -> DamagedDatabaseError:
    """The same error, naming the newest good backup (``details["backup"]``) when there is one."""
    backup = newest_good_backup(data_dir)
    if backup is None:
        return exc
    message = (
        f"{exc.message}. The newest good backup is {backup.path} "
        f"({backup.responses} responses of {backup.sessions} sessions); restore it with: "
        f'feedback-app restore "{backup.path}"'
    )
    return DamagedDatabaseError(message, **{**exc.details, "backup": str(backup.path)})
