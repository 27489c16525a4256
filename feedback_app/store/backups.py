"""Backup files of the database: written with SQLite's online backup API, checked, rotated.

The automatic backups live in the ``backups`` folder of the data folder, named
``2026-12-01-02-session-closed.db``: the day, the number of the backup that day and why it
was made; never a time of day. A backup is written to a hidden temporary file, checked in full
(``integrity_check``) and only then renamed to its name, so a file with a backup's name is a
backup that was sound when written. It is read from a connection of its own in one step: in
WAL mode that reads a snapshot and blocks no submit meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import BackupError, describe_sqlite_error, sqlite_reason
from .migrations import migration_names
from .readonly import connect_read_only

BACKUP_FOLDER = "backups"
SUFFIX = ".db"
#: Why a backup was made (the last part of its name, with hyphens).
KINDS = (
    "startup",
    "session_closed",
    "manual",
    "before_import",
    "before_deletion",
    "before_restore",
    "before_upgrade",
    "damaged",
)
#: The rotation: the newest KEEP_LAST, plus the newest of each of the last KEEP_MONTHS months.
KEEP_LAST = 10
KEEP_MONTHS = 12
#: A backup made just before a deletion holds what was deleted: it is kept this many days to
#: undo a mistake, then removed whatever the rotation says.
KEEP_BEFORE_DELETION_DAYS = 7

_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{2,})-([a-z-]+)\.db$")
_SQLITE_HEADER = b"SQLite format 3\x00"
_TABLES = {"_sqlite_migrations", "questionnaires", "sessions", "responses", "answers"}


@dataclass(frozen=True)
class BackupFile:
    """An automatic backup in the backups folder, as its name describes it."""

    path: Path
    day: date
    number: int
    kind: str

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, read from the file itself."""

    path: Path
    sessions: int
    responses: int
    """completed responses"""
    questionnaires: int
    current: bool
    """its schema is this app's (False: an older app wrote it; a restore brings it up to date)"""


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def parse_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    kind = match.group(3).replace("-", "_")
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        return None
    if kind not in KINDS:
        return None
    return BackupFile(path, day, int(match.group(2)), kind)


def automatic_backups(data_dir: Path) -> list[BackupFile]:
    """The backups in the folder, oldest first."""
    folder = backup_folder(data_dir)
    try:
        found = [parse_name(p) for p in folder.iterdir() if p.is_file()]
    except OSError:  # no folder yet, or not a folder
        return []
    return sorted((b for b in found if b is not None), key=lambda b: (b.day, b.number))


def next_backup_path(data_dir: Path, kind: str, today: date) -> Path:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    numbers = [b.number for b in automatic_backups(data_dir) if b.day == today]
    number = max(numbers, default=0) + 1
    name = f"{today.isoformat()}-{number:02d}-{kind.replace('_', '-')}{SUFFIX}"
    return backup_folder(data_dir) / name


def write_backup(source: Path, target: Path) -> None:
    """Copy the database at ``source`` to ``target`` with the online backup API, check the
    copy in full and only then give it its name. ``BackupError`` when the source cannot be
    read or is damaged (``damaged``), or the copy cannot be written (``write_failed``, with
    the SQLite reason, e.g. ``disk_full``); no file is left under ``target`` then."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"there is no database at {source} to back up", problem="unreadable")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"cannot create the folder {target.parent}: {exc.strerror}",
            problem="write_failed",
            why="cannot_open",
        ) from None
    temporary = target.with_name(f".{target.name}.part")
    try:
        _copy(source, temporary)
        _sync(temporary)
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except sqlite3.Error as exc:
        why = sqlite_reason(exc)
        problem = "damaged" if why == "damaged" else "write_failed"
        raise BackupError(
            f"the backup could not be written: {describe_sqlite_error(exc)}",
            problem=problem,
            why=why,
        ) from None
    except OSError as exc:
        raise BackupError(
            f"the backup could not be written to {target}: {exc.strerror or exc}",
            problem="write_failed",
            why="disk_full" if exc.errno == 28 else "other",
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        with contextlib.suppress(OSError):
            temporary.with_name(temporary.name + "-journal").unlink()


def _copy(source: Path, temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    # read-only: closing it never writes to the source (a damaged file keeps its log)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)  # every page in one step: one read snapshot, no writer waits
            dst.execute("PRAGMA journal_mode = DELETE")  # a file of its own, no log beside it
            problems = [row[0] for row in dst.execute("PRAGMA integrity_check")]
        finally:
            dst.close()
    finally:
        src.close()
    if problems != ["ok"]:
        raise sqlite3.DatabaseError(f"database disk image is malformed ({problems[0]})")


def copy_damaged(source: Path, target: Path) -> None:
    """Keep a database that cannot be backed up (it is damaged) as it is: the file and its
    write-ahead log, byte for byte, so that nothing in it is lost to a restore."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        original = Path(f"{source}{suffix}")
        if original.exists():
            temporary = target.with_name(f".{target.name}{suffix}.part")
            shutil.copyfile(original, temporary)
            _sync(temporary)
            os.replace(temporary, Path(f"{target}{suffix}"))
    _sync_folder(target.parent)


def read_summary(path: Path, *, full: bool = True) -> BackupSummary:
    """Check a backup (or any database file) and say what it holds. ``BackupError``:
    ``not_backup`` (not an SQLite file, or not this app's), ``damaged`` (``full`` runs the
    full ``integrity_check``, else the quicker ``quick_check``), ``too_new`` (a newer app's
    schema), ``unreadable``. The file is opened read-only and left exactly as it was."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup", problem="not_backup") from None
    except OSError as exc:
        raise BackupError(
            f"{path} cannot be read: {exc.strerror}", problem="unreadable", file=str(path)
        ) from None
    if header != _SQLITE_HEADER:
        raise BackupError(
            f"{path.name} is not a backup of feedback-app (not an SQLite database)",
            problem="not_backup",
            file=path.name,
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            f"{path.name} cannot be opened: {describe_sqlite_error(exc)}",
            problem="unreadable",
            file=path.name,
        ) from None
    try:
        return _summary(conn, path, full)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{path.name} is damaged ({exc}); choose another backup",
            problem="damaged",
            file=path.name,
        ) from None
    finally:
        conn.close()


def _summary(conn: sqlite3.Connection, path: Path, full: bool) -> BackupSummary:
    check = "integrity_check" if full else "quick_check"
    problems = [row[0] for row in conn.execute(f"PRAGMA {check}(5)")]
    if problems != ["ok"]:
        detail = problems[0].strip().splitlines()[-1]
        raise BackupError(
            f"{path.name} is damaged ({detail}); choose another backup",
            problem="damaged",
            file=path.name,
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not _TABLES <= tables:
        raise BackupError(
            f"{path.name} is not a backup of feedback-app (it lacks its tables)",
            problem="not_backup",
            file=path.name,
        )
    applied = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'feedback_app'"
        )
    ]
    known = migration_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise BackupError(
            f"{path.name} was made by a newer version of feedback-app (it has "
            f"{', '.join(unknown)}); install that version to restore it",
            problem="too_new",
            file=path.name,
        )
    (sessions,) = conn.execute("SELECT count(*) FROM sessions").fetchone()
    (responses,) = conn.execute("SELECT count(*) FROM responses WHERE completed").fetchone()
    (versions,) = conn.execute("SELECT count(*) FROM questionnaires").fetchone()
    return BackupSummary(path, sessions, responses, versions, set(applied) == set(known))


def rotation_victims(backups: list[BackupFile], today: date) -> list[BackupFile]:
    """The backups the rotation removes: all but the newest ``KEEP_LAST`` and the newest of
    each of the last ``KEEP_MONTHS`` months (this one included); a backup made before a
    deletion never counts as a month's, is kept ``KEEP_BEFORE_DELETION_DAYS`` however many
    backups follow it, and then goes."""
    ordered = sorted(backups, key=lambda b: (b.day, b.number))
    keep = set(ordered[-KEEP_LAST:])
    newest_of_month: dict[int, BackupFile] = {}
    for backup in ordered:
        if backup.kind not in ("before_deletion", "damaged"):
            newest_of_month[backup.day.year * 12 + backup.day.month] = backup
    this_month = today.year * 12 + today.month
    keep.update(b for m, b in newest_of_month.items() if 0 <= this_month - m < KEEP_MONTHS)
    for backup in ordered:
        if backup.kind == "before_deletion":
            if (today - backup.day).days > KEEP_BEFORE_DELETION_DAYS:
                keep.discard(backup)
            else:
                keep.add(backup)  # the only copy of what was deleted, to undo a mistake
    return [b for b in ordered if b not in keep]


def rotate(data_dir: Path, today: date) -> list[Path]:
    """Remove what the rotation says; returns the removed files."""
    removed = []
    for backup in rotation_victims(automatic_backups(data_dir), today):
        for path in (backup.path, Path(f"{backup.path}-wal")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        removed.append(backup.path)
    return removed


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to flush; the rename is journalled
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
