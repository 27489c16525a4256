"""Random keys for records that must not tell when they were made."""

from __future__ import annotations

import secrets


def random_key() -> int:
    """A response key: random, 63 bits, positive; it says nothing about when it was made (the
    order of submission is exactly what an anonymous questionnaire must not keep)."""
    return secrets.randbits(63) or 1
