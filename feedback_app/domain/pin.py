"""The trainer PIN: format rules, salted scrypt hashes and the lock-out after wrong tries.

Only a salted hash is ever stored. After ``FREE_TRIES`` wrong PINs in a row, entry is locked
for 30 s; every further wrong PIN doubles the pause (60 s, 120 s, ...), capped at one hour.
A right PIN clears the count. The clock is passed in, so the timings can be tested.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

MIN_LENGTH = 4
MAX_LENGTH = 12
FREE_TRIES = 5
FIRST_PAUSE = 30.0
MAX_PAUSE = 3600.0
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def pin_format_ok(pin: str) -> bool:
    """4 to 12 digits (ASCII digits only, so every keyboard layout types the same PIN)."""
    return MIN_LENGTH <= len(pin) <= MAX_LENGTH and all("0" <= c <= "9" for c in pin)


def hash_pin(pin: str) -> str:
    """A self-describing salted scrypt hash: ``scrypt$n$r$p$salt$digest`` (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    parts = ["scrypt", str(_SCRYPT["n"]), str(_SCRYPT["r"]), str(_SCRYPT["p"])]
    return "$".join([*parts, _b64(salt), _b64(digest)])


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class LockState:
    """Wrong tries in a row and, when locked, the clock time the lock ends."""

    failures: int = 0
    locked_until: float = 0.0

    def seconds_left(self, now: float) -> float:
        return max(0.0, self.locked_until - now)

    def is_locked(self, now: float) -> bool:
        return self.seconds_left(now) > 0

    def after_failure(self, now: float) -> LockState:
        failures = self.failures + 1
        if failures < FREE_TRIES:
            return LockState(failures, 0.0)
        pause = min(FIRST_PAUSE * 2 ** (failures - FREE_TRIES), MAX_PAUSE)
        return LockState(failures, now + pause)

    def tries_before_lock(self) -> int:
        return max(0, FREE_TRIES - self.failures - 1)
