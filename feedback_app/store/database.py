"""Opening the laptop's SQLite file with the settings every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .errors import StoreError
from .migrations import apply_migrations


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A plain-language reason for a failed database operation."""
    text = str(exc).lower()
    if "full" in text:
        return "the disk is full; free some space and try again"
    if "locked" in text or "busy" in text:
        return "the database is busy in another program; close it and try again"
    if "readonly" in text or "read-only" in text:
        return "the data folder is read-only; check its permissions and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "the database file is damaged; restore it from a backup"
    if "unable to open" in text:
        return (
            "the database file cannot be opened; check that the data folder exists and is writable"
        )
    return f"the database reported an error ({exc})"


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (and create on first use) the database at ``path`` and bring its schema up to date.

    Raises :class:`StoreError` with a readable message when the file is unusable.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {path.parent}: {exc.strerror}") from None
    try:
        db = Database(path)
        db.conn.execute("PRAGMA busy_timeout = 3000")
        db.conn.execute("PRAGMA journal_mode = WAL")
        db.conn.execute("PRAGMA synchronous = FULL")
        db.conn.execute("PRAGMA foreign_keys = ON")
        if migrate:
            apply_migrations(db)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {describe_sqlite_error(exc)}") from None
    return db
