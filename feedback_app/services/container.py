"""The services of one data folder, over one database connection."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from ..store.store import Store
from .bundles import BundleService
from .checks import CheckService
from .exports import ExportService
from .questionnaires import QuestionnaireService
from .responses import ResponseService
from .results import ResultsService
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
        self._store = Store(self.data_dir, verify=verify)
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

    @property
    def store(self) -> Store:
        """The layer below, for tests and benchmarks that inspect the database itself."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
