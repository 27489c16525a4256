"""The laptop's SQLite store: schema, migrations and repositories (no Qt here).

Names are loaded on first use, so that importing an error class or the session record does not
load the database library (the kiosk shows its first frame before it needs it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Store": ".store",
    "Session": ".sessions",
    "StoreError": ".errors",
    "StoreWriteError": ".errors",
    "ClosedSessionError": ".errors",
}

__all__ = ["ClosedSessionError", "Session", "Store", "StoreError", "StoreWriteError"]

if TYPE_CHECKING:
    from .errors import ClosedSessionError, StoreError, StoreWriteError
    from .sessions import Session
    from .store import Store


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name], __name__), name)
