"""Checking the database: the count tables against a recount, and repairing them."""

from __future__ import annotations

from ..store.counts import CountDifference
from ..store.store import Store


class CheckService:
    def __init__(self, store: Store):
        self._store = store

    def count_differences(self) -> list[CountDifference]:
        """Recount every completed response in memory and list where the stored counts differ
        (empty when every report reads exact numbers). Writes nothing."""
        return self._store.counts.differences()

    def rebuild_counts(self) -> int:
        """Count everything again from the responses; returns how many keys had been wrong."""
        with self._store.transaction():
            wrong = len(self._store.counts.differences())
            self._store.counts.rebuild()
        return wrong

    def integrity(self) -> list[str]:
        """SQLite's own check of the whole file: empty when it is sound."""
        return self._store.integrity_problems()
