"""Small key/value settings kept in the database, values stored as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..domain.sessions import DEFAULT_ORGANISATIONS
from .errors import InvalidInputError

if TYPE_CHECKING:
    from sqlite_utils import Database


DEFAULTS: dict[str, Any] = {
    "thank_you_seconds": 8,
    "idle_timeout_seconds": 90,
    "keep_incomplete": False,
    "minimum_group_size": 5,
    "organisations": list(DEFAULT_ORGANISATIONS),
}
#: Allowed ranges of the numeric settings (inclusive).
RANGES: dict[str, tuple[int, int]] = {
    "thank_you_seconds": (1, 120),
    "idle_timeout_seconds": (15, 3600),
    "minimum_group_size": (1, 100),
}


class SettingsRepository:
    def __init__(self, db: Database):
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        if key in RANGES:
            low, high = RANGES[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise InvalidInputError(
                    f"{key} must be a whole number from {low} to {high}",
                    key=key,
                    low=low,
                    high=high,
                )
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )
