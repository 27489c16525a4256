"""The trainer PIN as kept in the database: its hash and the wrong-try lock-out state."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ..domain.pin import LockState, hash_pin, pin_format_ok, verify_pin
from .settings import SettingsRepository

HASH_KEY = "trainer_pin_hash"
LOCK_KEY = "trainer_pin_lock"


class PinOutcome(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NOT_SET = "not_set"
    BAD_FORMAT = "bad_format"


@dataclass(frozen=True)
class PinCheck:
    outcome: PinOutcome
    tries_left: int = 0
    seconds_left: float = 0.0

    @property
    def accepted(self) -> bool:
        return self.outcome is PinOutcome.ACCEPTED


class TrainerPin:
    """Checks and changes the PIN; the lock-out survives a restart of the app."""

    def __init__(self, settings: SettingsRepository, clock: Callable[[], float] = time.time):
        self._settings = settings
        self._clock = clock

    def is_set(self) -> bool:
        return bool(self._settings.get(HASH_KEY, ""))

    def lock_state(self) -> LockState:
        data = self._settings.get(LOCK_KEY, {}) or {}
        return LockState(int(data.get("failures", 0)), float(data.get("locked_until", 0.0)))

    def seconds_locked(self) -> float:
        return self.lock_state().seconds_left(self._clock())

    def check(self, pin: str) -> PinCheck:
        now = self._clock()
        state = self.lock_state()
        if state.is_locked(now):
            return PinCheck(PinOutcome.LOCKED, seconds_left=state.seconds_left(now))
        stored = self._settings.get(HASH_KEY, "")
        if not stored:
            return PinCheck(PinOutcome.NOT_SET)
        if verify_pin(pin, stored):
            if state.failures:
                self._save_lock(LockState())
            return PinCheck(PinOutcome.ACCEPTED)
        state = state.after_failure(now)
        self._save_lock(state)
        if state.is_locked(now):
            return PinCheck(PinOutcome.LOCKED, seconds_left=state.seconds_left(now))
        return PinCheck(PinOutcome.WRONG, tries_left=state.tries_before_lock() + 1)

    def set_first(self, new_pin: str) -> PinCheck:
        """Set the PIN when none exists yet."""
        if self.is_set():
            return PinCheck(PinOutcome.WRONG)
        return self._store(new_pin)

    def change(self, old_pin: str, new_pin: str) -> PinCheck:
        """Change the PIN; the old one must be right (and counts as a try if it is not)."""
        if not pin_format_ok(new_pin):
            return PinCheck(PinOutcome.BAD_FORMAT)
        result = self.check(old_pin)
        return self._store(new_pin) if result.accepted else result

    def reset(self) -> None:
        """Forget the PIN and the lock-out (the command-line recovery); data stays."""
        self._settings.set(HASH_KEY, "")
        self._save_lock(LockState())

    def _store(self, new_pin: str) -> PinCheck:
        if not pin_format_ok(new_pin):
            return PinCheck(PinOutcome.BAD_FORMAT)
        self._settings.set(HASH_KEY, hash_pin(new_pin))
        self._save_lock(LockState())
        return PinCheck(PinOutcome.ACCEPTED)

    def _save_lock(self, state: LockState) -> None:
        self._settings.set(
            LOCK_KEY, {"failures": state.failures, "locked_until": state.locked_until}
        )
