"""The application's actions, Qt-free: what the CLI and the screens both call.

One object per area, reached through :class:`Services` (``services.sessions.create(...)``).
Each action does the whole thing, its rule and its side effects, in one transaction, so the
command line and the trainer's window can never apply two versions of a rule. Below this layer
are ``reports`` and ``store``; the CLI and ``ui`` import neither (``store.errors`` excepted),
and a test keeps it so.

Names load on first use, as in ``store``: the kiosk's first frame imports the kiosk service
without the database library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Services": ".container",
    "KioskService": ".kiosk",
    "read_kiosk_start": ".kiosk",
}

__all__ = ["KioskService", "Services", "read_kiosk_start"]

if TYPE_CHECKING:
    from .container import Services
    from .kiosk import KioskService, read_kiosk_start


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name], __name__), name)
