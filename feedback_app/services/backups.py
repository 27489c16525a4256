"""Backups and restore: the automatic ones in the data folder, a copy elsewhere, a way back.

What is backed up when, where and for how long is ``docs/backups.md``. Every backup is a
complete, checked SQLite file; a restore checks the backup, keeps the database it replaces as a
backup, and swaps the files so that the data folder always holds one whole database.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..paths import database_path
from ..reports.output import atomic_output, check_output_path
from ..store.backups import (
    BackupSummary,
    automatic_backups,
    backup_folder,
    copy_damaged,
    next_backup_path,
    parse_name,
    read_summary,
    rotate,
    write_backup,
)
from ..store.errors import BackupError, StoreError
from ..store.store import Store

#: The lock file the running app holds in the data folder (Qt's QLockFile format: its first
#: line is the process id).
LOCK_FILENAME = "feedback-app.lock"


@dataclass(frozen=True)
class BackupInfo:
    """A backup as a list shows it: where, when, why, and what it holds (``problem`` set, and
    no counts, when it cannot be restored)."""

    path: Path
    day: date | None
    kind: str
    """why it was made (``store.backups.KINDS``), or ``file`` for a file chosen elsewhere"""
    sessions: int | None = None
    responses: int | None = None
    problem: str | None = None
    """a ``BackupError`` problem code"""
    message: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def usable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    kept: Path | None
    """the backup of the database that the restore replaced (None when there was none)"""
    sessions: int
    responses: int


class BackupService:
    def __init__(self, store: Store):
        self._store = store

    def folder(self) -> Path:
        return backup_folder(self._store.data_dir)

    def list(self) -> list[BackupInfo]:
        """The automatic backups, newest first, each read quickly (its schema and counts; the
        full check runs when one is restored)."""
        return list_backups(self._store.data_dir)

    def _backups(self):  # noqa: ANN202 - a list of store BackupFile
        return automatic_backups(self._store.data_dir)

    def automatic(self, kind: str, today: date | None = None) -> Path:
        """Back the database up into the backups folder, then rotate; the backup is in the
        audit log. ``BackupError`` when it cannot be written (nothing else changes)."""
        today = today or date.today()
        store = self._store
        target = next_backup_path(store.data_dir, kind, today)
        write_backup(store.path, target)
        rotate(store.data_dir, today)
        with store.transaction():
            store.audit.append("backup", target.name, {"kind": kind})
        return target

    def daily(self, today: date | None = None) -> Path | None:
        """The start-up backup, at most one a day: None when today has one already."""
        today = today or date.today()
        if any(b.day == today for b in self._backups()):
            return None
        return self.automatic("startup", today)

    def suggested_name(self, today: date | None = None) -> str:
        """A file name for a copy elsewhere: the date and the organisation of the newest
        session (never a time of day)."""
        today = today or date.today()
        sessions = self._store.sessions.list()
        organisation = sessions[0].organisation if sessions else ""
        slug = re.sub(r"[^\w]+", "-", organisation, flags=re.UNICODE).strip("-")[:40]
        parts = ["feedback-backup", today.isoformat()] + ([slug] if slug else [])
        return "-".join(parts) + ".db"

    def check_output(self, path: Path, *, force: bool = False) -> None:
        """``OutputError`` for a file a backup must not be written to (inside the data
        folder, a folder, an existing file without ``force``)."""
        check_output_path(Path(path), force=force, protect=[self._store.data_dir])

    def back_up_to(self, path: Path, *, force: bool = False) -> BackupSummary:
        """A backup to ``path`` (a USB stick, say): checked, whole or not at all."""
        store = self._store
        path = Path(path)
        with atomic_output(path, force=force, protect=[store.data_dir]) as temporary:
            write_backup(store.path, temporary)
            summary = read_summary(temporary, full=False)
        with store.transaction():
            store.audit.append(
                "backup",
                path.name,
                {"kind": "manual", "sessions": summary.sessions, "responses": summary.responses},
            )
        return BackupSummary(
            path, summary.sessions, summary.responses, summary.questionnaires, True
        )


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in the data folder's backups folder, newest first (without opening the
    database, which may be the damaged one)."""
    return [describe_backup(b.path, full=False) for b in reversed(automatic_backups(data_dir))]


def describe_backup(path: Path, *, full: bool = False) -> BackupInfo:
    """What the backup at ``path`` holds, or why it cannot be restored."""
    path = Path(path)
    named = parse_name(path)
    day, kind = (named.day, named.kind) if named else (None, "file")
    try:
        summary = read_summary(path, full=full)
    except BackupError as exc:
        return BackupInfo(path, day, kind, problem=exc.details["problem"], message=str(exc))
    return BackupInfo(path, day, kind, summary.sessions, summary.responses)


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup in the folder that reads as sound (``quick_check``): what a damaged
    or missing database is offered to be restored from."""
    for backup in reversed(automatic_backups(Path(data_dir))):
        if backup.kind == "damaged":
            continue
        info = describe_backup(backup.path, full=False)
        if info.usable:
            return info
    return None


def app_running(data_dir: Path) -> bool:
    """True when another process holds the app's lock on the data folder (the trainer's
    window or the kiosk is open). A lock left by a process that has ended is not held."""
    lock = Path(data_dir) / LOCK_FILENAME
    if not lock.exists():
        return False
    if os.name == "nt":  # the running app keeps the file open, and Windows then refuses this
        try:
            with open(lock, "r+b"):
                return False
        except OSError:
            return True
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0])
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return False  # this process: the window restoring from its own menu
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def restore_backup(data_dir: Path, backup: Path, *, today: date | None = None) -> RestoreResult:
    """Replace the database with the backup at ``backup``.

    The backup is checked in full first (integrity, tables, a schema this app knows); the
    database it replaces is kept as a backup (as it is, byte for byte, when it is damaged);
    the backup is copied beside the database, checked again, and renamed over it, so the folder
    holds either database whole at every moment. A backup of an older app is brought up to
    date when it is opened. ``BackupError`` (nothing changed) when the backup is refused, the
    app is running with this folder (``running``), or the copy cannot be written.
    """
    data_dir, backup = Path(data_dir), Path(backup)
    today = today or date.today()
    if app_running(data_dir):
        raise BackupError(
            f"feedback-app is open with the data folder {data_dir}; close its window and the "
            "kiosk first, then restore",
            problem="running",
        )
    summary = read_summary(backup, full=True)
    database = database_path(data_dir)
    if Path(os.path.realpath(backup)) == Path(os.path.realpath(database)):
        raise BackupError(
            f"{backup.name} is the database itself; choose a backup",
            problem="not_backup",
            file=backup.name,
        )
    kept = _keep_current(data_dir, database, today)  # first: nothing else has opened it
    previous_log = (
        _log_head(data_dir) if kept is not None and kept.name.endswith("-before-restore.db") else {}
    )
    staging = database.with_name(f".{database.name}.restoring")
    try:
        shutil.copyfile(backup, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        read_summary(staging, full=False)  # what is swapped in is what was checked
        for suffix in ("-wal", "-shm", "-journal"):  # the replaced database's; kept above
            with contextlib.suppress(FileNotFoundError):
                Path(f"{database}{suffix}").unlink()
        os.replace(staging, database)
    except OSError as exc:
        raise BackupError(
            f"the backup could not be copied into the data folder: {exc.strerror or exc}; "
            "nothing was changed",
            problem="write_failed",
            why="disk_full" if exc.errno == 28 else "other",
        ) from None
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    store = Store(data_dir)  # brings an older schema up to date
    try:
        details = {
            "kept": kept.name if kept else None,
            "sessions": summary.sessions,
            "responses": summary.responses,
            **previous_log,
        }
        with store.transaction():
            store.audit.append("restore", backup.name, details)
    finally:
        store.close()
    return RestoreResult(backup, kept, summary.sessions, summary.responses)


def _keep_current(data_dir: Path, database: Path, today: date) -> Path | None:
    if not database.exists() or database.stat().st_size == 0:
        return None
    target = next_backup_path(data_dir, "before_restore", today)
    try:
        write_backup(database, target)
    except BackupError as exc:
        if exc.details.get("problem") not in ("damaged", "unreadable"):
            raise
        target = next_backup_path(data_dir, "damaged", today)
        copy_damaged(database, target)
    return target


def _log_head(data_dir: Path) -> dict:
    """How long the audit log of the database being replaced was, and its last hash: the
    restored log records them, so the replaced one can be matched to its backup."""
    if not database_path(data_dir).exists():
        return {}  # opening would make an empty database
    try:
        store = Store(data_dir, verify=False)
    except StoreError:
        return {}
    try:
        entries = store.audit.entries(newest_first=True, limit=1)
        if not entries:
            return {"replaced_log_entries": 0}
        return {"replaced_log_entries": entries[0].position, "replaced_log_hash": entries[0].hash}
    except Exception:  # noqa: BLE001 - a damaged file: there is nothing to record
        return {}
    finally:
        store.close()
