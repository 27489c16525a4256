"""Settings and the trainer PIN."""

from __future__ import annotations

from typing import Any

from ..store.pin import PinCheck
from ..store.store import Store


class SettingsService:
    def __init__(self, store: Store):
        self._store = store

    def get(self, key: str) -> Any:
        return self._store.settings.get(key)

    def set(self, key: str, value: Any) -> None:
        """Store one setting; a number out of its range raises ``ValueError``."""
        self._store.settings.set(key, value)

    def update(self, values: dict[str, Any]) -> None:
        """Store several settings at once: all of them, or (on a bad value) none."""
        with self._store.transaction():
            for key, value in values.items():
                self._store.settings.set(key, value)

    def organisations(self) -> list[str]:
        """The organisations offered when a session is created, in the trainer's order."""
        return list(self._store.settings.get("organisations"))

    def remember_organisation(self, name: str) -> None:
        """Offer ``name`` from now on (the caller holds the transaction)."""
        known = self.organisations()
        if name and name not in known:
            self._store.settings.set("organisations", [*known, name])


class PinService:
    """Checks, sets, changes and resets the trainer PIN; each check and its lock-out
    bookkeeping is one transaction."""

    def __init__(self, store: Store):
        self._store = store

    @property
    def _pin(self):  # noqa: ANN202 - the store's TrainerPin (a new one after a restore)
        return self._store.pin

    def is_set(self) -> bool:
        return self._pin.is_set()

    def seconds_locked(self) -> float:
        return self._pin.seconds_locked()

    def check(self, pin: str) -> PinCheck:
        with self._store.transaction():
            return self._pin.check(pin)

    def set_first(self, new_pin: str) -> PinCheck:
        with self._store.transaction():
            check = self._pin.set_first(new_pin)
            if check.accepted:
                self._store.audit.append("pin_set")
            return check

    def change(self, old_pin: str, new_pin: str) -> PinCheck:
        with self._store.transaction():
            check = self._pin.change(old_pin, new_pin)
            if check.accepted:
                self._store.audit.append("pin_changed")
            return check

    def reset(self) -> None:
        """Forget the PIN and any lock-out (the command-line recovery); data stays."""
        with self._store.transaction():
            self._pin.reset()
            self._store.audit.append("pin_reset")
