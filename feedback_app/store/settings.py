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
    # the trainer's screens: their language (None: the system's), text size and contrast
    "interface_language": None,
    "text_scale": 1.0,
    "high_contrast": False,
    # the trainer's window as it was last left: [width, height, maximised] (None: maximised)
    "window_size": None,
    # the organisation's name and logo (a PNG, base64) on the kiosk's welcome screen
    "branding_title": "",
    "branding_logo": "",
}
#: Settings that take one of a few values.
CHOICES: dict[str, tuple[Any, ...]] = {
    "interface_language": (None, "fi", "sv", "en"),
    "text_scale": (1.0, 1.25, 1.5, 1.75, 2.0),
    "high_contrast": (False, True),
}
#: The largest logo stored, in bytes of its base64 text (about 375 KB of PNG).
MAX_LOGO_CHARS = 500_000
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
        if key in CHOICES and value not in CHOICES[key]:
            raise InvalidInputError(
                f"{key} must be one of {', '.join(map(str, CHOICES[key]))}", key=key
            )
        if key == "branding_logo" and (not isinstance(value, str) or len(value) > MAX_LOGO_CHARS):
            raise InvalidInputError("the logo must be a PNG file of at most 375 KB", key=key)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )
