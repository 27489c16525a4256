"""One laptop's database and its repositories."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..domain.sessions import SessionDraft
from ..paths import database_path
from .audit import AuditLog
from .counts import CountTables
from .database import BUSY_TIMEOUT_MS, open_database, write_transaction
from .errors import DamagedDatabaseError, StoreWriteError, describe_sqlite_error, sqlite_reason
from .pin import TrainerPin
from .questionnaires import BUILTIN_ID, QuestionnaireRepository
from .responses import ResponseRepository
from .sessions import Session, SessionRepository
from .settings import SettingsRepository

#: Beside the database: this laptop's random id, made at its first start. It also tells that
#: the folder has held data, so a database found missing or empty is reported, not remade.
LAPTOP_ID_FILENAME = "feedback-app.id"
#: The page cache of a bulk write, in KiB as SQLite's negative ``cache_size`` takes it.
BULK_CACHE_KIB = -65536


def _laptop_id(marker: Path) -> str:
    try:
        return marker.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    import uuid

    laptop = str(uuid.uuid4())
    temporary = marker.with_name(f".{marker.name}.part")
    temporary.write_text(laptop + "\n", encoding="utf-8")
    os.replace(temporary, marker)
    return laptop


class Store:
    """One laptop's database and its repositories."""

    def __init__(self, data_dir: Path, *, verify: bool = True):
        self.data_dir = Path(data_dir)
        self.path = database_path(self.data_dir)
        marker = self.data_dir / LAPTOP_ID_FILENAME
        if marker.exists() and (not self.path.exists() or self.path.stat().st_size == 0):
            state = "missing" if not self.path.exists() else "empty"
            raise DamagedDatabaseError(
                f"the database {self.path} is {state}, although this folder has held data; "
                "restore it from a backup (a new empty database is not made in its place)",
                path=str(self.path),
                missing=True,
            )
        self._open(verify)

    def _open(self, verify: bool) -> None:
        marker = self.data_dir / LAPTOP_ID_FILENAME
        self.db = open_database(self.path, verify=verify, backups=self.data_dir)
        self.questionnaires = QuestionnaireRepository(self.db)
        self.sessions = SessionRepository(self.db)
        self.counts = CountTables(self.db, self.questionnaires.get)
        self.responses = ResponseRepository(self.db, self.counts)
        self.settings = SettingsRepository(self.db)
        self.pin = TrainerPin(self.settings)
        self.audit = AuditLog(self.db)
        try:
            if self.questionnaires.missing_builtins():
                with self.transaction():
                    self.questionnaires.install_builtins()
            self.laptop_id = self._own_laptop(marker)
        except (StoreWriteError, OSError):
            self.db.close()
            raise

    def _own_laptop(self, marker: Path) -> str:
        """This laptop's id: the database keeps it (laptop key 0) once it has one, so the
        sessions made here keep their origin when the file moves; the marker beside it holds
        the same id for a first start."""
        row = self.db.execute("SELECT id FROM laptops WHERE key = 0").fetchone()
        if row is not None:
            if not marker.exists():
                _laptop_id(marker)  # the folder has held data: say so for the next start
            return row[0]
        laptop = _laptop_id(marker)
        with self.transaction():
            self.db.execute("INSERT INTO laptops (key, id) VALUES (0, ?)", [laptop])
        return laptop

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> None:
        """Open the database file again after it was replaced (a restore); the repositories
        are made anew on the new connection."""
        self._open(verify=True)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One action's writes, all or none; a failed write raises ``StoreWriteError`` with
        its reason (disk full, locked, read-only, damaged) instead of an SQLite error."""
        try:
            with write_transaction(self.db):
                yield
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"nothing was changed: {describe_sqlite_error(exc)}", reason=sqlite_reason(exc)
            ) from None

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read a consistent state: what other connections commit meanwhile stays invisible
        (an export counts its rows first and must then write exactly those)."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            self.db.execute("SELECT count(*) FROM sessions").fetchone()  # the snapshot starts
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")

    def defer_checkpoints(self) -> None:
        """Stop SQLite from copying the write-ahead log back inside a commit.

        The kiosk calls :meth:`checkpoint` itself while the thank-you screen shows, so the
        occasional checkpoint (over 100 ms on a large database) never delays a submit.
        Durability is unchanged: a commit is on disk once it is in the log.
        """
        self.db.execute("PRAGMA wal_autocheckpoint = 0")

    @contextmanager
    def bulk_write(self) -> Iterator[None]:
        """Settings for a bulk write (an import of many bundles): no checkpoint inside its
        commits — the caller checkpoints once at the end (:meth:`checkpoint`), which copies
        each page back once, however many commits changed it — and a larger page cache for the
        random inserts that random keys make."""
        db = self.db
        (automatic,) = db.execute("PRAGMA wal_autocheckpoint").fetchone()
        (cache,) = db.execute("PRAGMA cache_size").fetchone()
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            yield
        finally:
            db.execute(f"PRAGMA wal_autocheckpoint = {int(automatic)}")
            db.execute(f"PRAGMA cache_size = {int(cache)}")

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it: the log keeps commits in
        the order they happened, which is the order people answered in."""
        conn = self.db.conn
        try:
            conn.execute("PRAGMA busy_timeout = 200")  # never hold up the kiosk for long
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error:
            pass  # a busy (or already closed) database is checkpointed next time

    def rewrite(self) -> None:
        """Rewrite the whole file in key order (VACUUM): rows, and the pages long answers
        overflow into, then lie in the random order of their keys, not in the order they
        were written. Raises ``StoreWriteError`` when it cannot (disk full, busy)."""
        try:
            self.db.execute("VACUUM")
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"the database could not be tidied: {describe_sqlite_error(exc)}",
                reason=sqlite_reason(exc),
            ) from None
        self.checkpoint()

    def integrity_problems(self) -> list[str]:
        """SQLite's full check of the file: empty when it is sound (slow on a large file)."""
        try:
            rows = self.db.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error as exc:
            return [str(exc)]
        problems = [row[0] for row in rows]
        return [] if problems == ["ok"] else problems

    def default_session(self, title: str, language: str = "fi", day: date | None = None) -> Session:
        """Today's open session, created with ``title`` when there is none yet.

        This is what lets a newcomer reach a working kiosk in one click.
        """
        day = day or date.today()
        existing = self.sessions.open_for_day(day)
        if existing is not None:
            return existing
        questionnaire = self.questionnaires.latest(BUILTIN_ID)
        draft = SessionDraft(title=title, session_date=day.isoformat(), default_language=language)
        return self.sessions.create(draft, questionnaire.id, questionnaire.version)
