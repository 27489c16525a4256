"""Deleting responses for good: one session's, those older than a number of months, and
automatically past the retention period an organisation chose (``docs/privacy.md``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..store.backups import automatic_backups
from ..store.errors import InvalidInputError
from ..store.retention import (
    DeletionCount,
    count_responses,
    delete_from_file,
    delete_responses,
    months_before,
    sessions_before,
)
from ..store.store import Store
from .backups import BackupService

#: The setting that holds the retention period in months (absent or None: no automatic run).
PERIOD_SETTING = "retention_months"
PERIOD_RANGE = (1, 240)


@dataclass(frozen=True)
class Deletion:
    """What a deletion would remove (``count``) or removed, and the sessions it concerns."""

    session_ids: tuple[str, ...]
    count: DeletionCount
    cutoff: date | None = None
    """for a deletion by age: the sessions held before this day"""


@dataclass(frozen=True)
class DeletionResult:
    deletion: Deletion
    removed: int
    backup: Path | None
    """the backup made just before (kept for a week to undo a mistake)"""
    cleaned_backups: int = 0
    """other backups in the data folder that held these responses and no longer do"""
    failed_backups: tuple[str, ...] = field(default_factory=tuple)


class RetentionService:
    def __init__(self, store: Store, backups: BackupService):
        self._store = store
        self._backups = backups

    # -- what would go ---------------------------------------------------------------------
    def of_session(self, session_id: str) -> Deletion:
        self._store.sessions.get(session_id)  # NotFoundError for an unknown session
        ids = (session_id,)
        return Deletion(ids, count_responses(self._store.db.conn, ids))

    def older_than(self, months: int, today: date | None = None) -> Deletion:
        """The responses of the sessions held more than ``months`` months before today."""
        _check_months(months)
        cutoff = months_before(today or date.today(), months)
        ids = tuple(sessions_before(self._store.db.conn, cutoff))
        return Deletion(ids, count_responses(self._store.db.conn, ids), cutoff)

    # -- deleting --------------------------------------------------------------------------
    def delete(self, deletion: Deletion, *, automatic: bool = False) -> DeletionResult:
        """Delete what ``deletion`` names (counted again now): a backup first (``BackupError``
        and nothing deleted when it cannot be written), then the responses, their answers and
        counts in one transaction with the audit entry, then the file is rewritten so nothing
        deleted stays in it, and the other backups in the data folder lose them too."""
        store = self._store
        count = count_responses(store.db.conn, deletion.session_ids)
        deletion = Deletion(deletion.session_ids, count, deletion.cutoff)
        if not count.responses:
            return DeletionResult(deletion, 0, None)
        backup = self._backups.automatic("before_deletion")
        details = {
            "sessions": count.sessions,
            "completed": count.completed,
            "unfinished": count.unfinished,
            "automatic": automatic,
            "backup": backup.name,
        }
        if deletion.cutoff is not None:
            details["held_before"] = deletion.cutoff.isoformat()
        target = self._target(deletion)
        with store.transaction():
            removed = delete_responses(store.db.conn, deletion.session_ids)
            store.audit.append("responses_deleted", target, details)
        store.rewrite()
        cleaned, failed = self._clean_backups(deletion.session_ids, keep=backup)
        return DeletionResult(deletion, removed, backup, cleaned, tuple(failed))

    def _target(self, deletion: Deletion) -> str:
        if len(deletion.session_ids) == 1:
            return self._store.sessions.get(deletion.session_ids[0]).title
        return f"{len(deletion.session_ids)} sessions"

    def _clean_backups(self, session_ids: tuple[str, ...], keep: Path) -> tuple[int, list[str]]:
        cleaned, failed = 0, []
        for backup in automatic_backups(self._store.data_dir):
            if backup.path == keep:
                continue
            if backup.kind == "damaged":  # a damaged copy cannot be changed: say so
                failed.append(backup.name)
                continue
            try:
                if delete_from_file(str(backup.path), session_ids):
                    cleaned += 1
            except Exception:  # noqa: BLE001 - sqlite3 or OS error: the file is named below
                failed.append(backup.name)
        return cleaned, failed

    # -- the retention period --------------------------------------------------------------
    def period(self) -> int | None:
        """The retention period in months, or None (responses are deleted only on request)."""
        value = self._store.settings.get(PERIOD_SETTING)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def set_period(self, months: int | None) -> None:
        if months is not None:
            _check_months(months)
        if months == self.period():
            return
        with self._store.transaction():
            self._store.settings.set(PERIOD_SETTING, months)
            self._store.audit.append("retention_changed", "", {"months": months})

    def due(self, today: date | None = None) -> Deletion | None:
        """What the retention period says to delete now (None: no period, or nothing due)."""
        months = self.period()
        if months is None:
            return None
        deletion = self.older_than(months, today)
        return deletion if deletion.count.responses else None

    def run_automatic(self, today: date | None = None) -> DeletionResult | None:
        deletion = self.due(today)
        return None if deletion is None else self.delete(deletion, automatic=True)


def _check_months(months: int) -> None:
    low, high = PERIOD_RANGE
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        raise InvalidInputError(
            f"the number of months must be a whole number from {low} to {high}",
            key=PERIOD_SETTING,
            low=low,
            high=high,
        )
