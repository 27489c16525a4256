"""Opening the laptop's SQLite file with the settings every connection needs."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from .errors import (
    DamagedDatabaseError,
    SchemaTooNewError,
    StoreError,
    describe_sqlite_error,
    sqlite_reason,
)
from .migrations import MIGRATION_SET, apply_migrations, migration_names
from .readonly import connect_read_only

__all__ = ["BUSY_TIMEOUT_MS", "describe_sqlite_error", "open_database", "unknown_migrations"]

#: How long a write waits for a lock held by another program before it gives up.
BUSY_TIMEOUT_MS = 5000


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """A transaction that takes the write lock at once (BEGIN IMMEDIATE), so a lock held by
    another program is waited for (``BUSY_TIMEOUT_MS``) instead of failing half-way; nested,
    it is a savepoint of the outer one."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def unknown_migrations(conn: sqlite3.Connection) -> list[str]:
    """Migrations applied to the database that this app does not know: a newer app wrote it."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if exists is None:
        return []
    known = set(migration_names())
    applied = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [name for (name,) in applied if name not in known]


def _check_sound(conn: sqlite3.Connection, path: Path, verify: bool = True) -> None:
    """Refuse a damaged file, or an SQLite file of some other program, before any write.

    ``quick_check`` reads every page but skips the slow index comparisons of a full
    ``integrity_check`` (which runs when a session is closed and in ``doctor``); without
    ``verify`` it is skipped (a further connection of a process that checked the file)."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if verify else ["ok"]
    except sqlite3.DatabaseError as exc:
        if sqlite_reason(exc) != "damaged":
            raise
        problems = [str(exc)]
    if problems != ["ok"]:
        detail = problems[0].strip().splitlines()[-1]  # without "*** in database main ***"
        raise DamagedDatabaseError(
            f"the database file {path} is damaged ({detail}); nothing was written to it. "
            "Restore it from a backup, or start with another --data-dir",
            path=str(path),
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "_sqlite_migrations" not in tables:
        raise DamagedDatabaseError(
            f"{path} is not a feedback-app database; nothing was written to it. "
            "Move it away, or start with another --data-dir",
            path=str(path),
            foreign=True,
        )


def _refuse_unusable(path: Path, verify: bool) -> None:
    """Check an existing file from a read-only connection before any other opens it: closing
    a writing connection would copy a damaged file's write-ahead log into it (and delete the
    log), where a read-only one leaves both exactly as they are, to be kept by a restore."""
    try:
        if path.stat().st_size == 0:
            return
    except FileNotFoundError:
        return
    conn = connect_read_only(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        unknown = unknown_migrations(conn)
        if unknown:
            raise SchemaTooNewError(
                f"{path} was written by a newer version of feedback-app "
                f"(it has {', '.join(unknown)}); install that version to open it",
                path=str(path),
                unknown=unknown,
            )
        _check_sound(conn, path, verify)
    finally:
        conn.close()


def _back_up_before_upgrade(db: Database, path: Path, data_dir: Path) -> None:
    from datetime import date

    from .backups import next_backup_path, write_backup
    from .migrations import pending_migrations

    has_schema = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if has_schema and pending_migrations(db):
        write_backup(path, next_backup_path(data_dir, "before_upgrade", date.today()))


def open_database(
    path: Path, *, migrate: bool = True, verify: bool = True, backups: Path | None = None
) -> Database:
    """Open (and create on first use) the database at ``path`` and bring its schema up to date.

    A database written by a newer app is refused before anything is written to it
    (``SchemaTooNewError``), a damaged file too (``DamagedDatabaseError``); any other problem
    raises :class:`StoreError` with a readable message. Without ``verify`` the pages are not
    read through first: for a further connection of a process that opened the file verified,
    such as a background job of the window (on a large file the check takes seconds). With
    ``backups`` (the data folder), a database that a migration is about to change is backed
    up there first; when that backup cannot be written, nothing is migrated (``BackupError``).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the data folder {path.parent}: {exc.strerror}",
            reason="cannot_open",
            path=str(path.parent),
        ) from None
    db: Database | None = None
    try:
        _refuse_unusable(path, verify)
        db = Database(path)
        db.conn.isolation_level = None  # autocommit: every transaction is an explicit one
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.conn.execute("PRAGMA journal_mode = WAL")
        db.conn.execute("PRAGMA synchronous = FULL")
        db.conn.execute("PRAGMA foreign_keys = ON")
        db.conn.execute("PRAGMA secure_delete = ON")  # nothing deleted lingers in the file
        if migrate:
            if backups is not None:
                _back_up_before_upgrade(db, path, backups)
            apply_migrations(db)
    except StoreError:
        if db is not None:
            db.close()
        raise
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        reason = sqlite_reason(exc)
        message = f"cannot open {path}: {describe_sqlite_error(exc)}"
        if reason == "damaged":
            raise DamagedDatabaseError(message, path=str(path)) from None
        raise StoreError(message, reason=reason, path=str(path)) from None
    return db
