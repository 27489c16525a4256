"""The audit log, read-only for screens and commands: the actions append to it themselves."""

from __future__ import annotations

from ..store.audit import AuditEntry, AuditProblem
from ..store.store import Store


class AuditService:
    def __init__(self, store: Store):
        self._store = store

    def entries(self, *, newest_first: bool = True, limit: int | None = None) -> list[AuditEntry]:
        return self._store.audit.entries(newest_first=newest_first, limit=limit)

    def count(self) -> int:
        return self._store.audit.count()

    def problems(self) -> list[AuditProblem]:
        """Every break in the hash chain (an entry changed, deleted or inserted other than by
        the app), in order; empty when the log is intact."""
        return self._store.audit.problems()

    def record_report(self, path_name: str, details: dict) -> None:
        """A document drawn by a screen (the PDF report) was written."""
        with self._store.transaction():
            self._store.audit.append("report", path_name, details)
