"""Opening a database file without writing to it, or beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_read_only(path: Path, *, timeout: float = 5) -> sqlite3.Connection:
    """A connection that never writes the file: closing it copies no write-ahead log into a
    damaged file. A file with no log beside it is opened as immutable, so that no empty
    ``-wal`` and ``-shm`` files are left either; one with a log reads through it."""
    path = Path(path)
    has_log = Path(f"{path}-wal").exists()
    mode = "mode=ro" if has_log else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=timeout)
