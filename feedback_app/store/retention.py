"""Deleting responses for good: those of chosen sessions, on any database file of this app.

The sessions themselves stay (a training took place; its title, date and expected number of
participants are not about anyone); their responses, answers and counts go, and the ids of the
responses are kept as ``deleted_responses`` so that importing the same bundle again does not
bring them back. ``secure_delete`` zeroes what is deleted; the caller then rewrites the file
(VACUUM) and empties the write-ahead log, so no copy of a deleted answer stays in the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DeletionCount:
    sessions: int
    """sessions that had responses"""
    completed: int
    unfinished: int

    @property
    def responses(self) -> int:
        return self.completed + self.unfinished


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months before ``day`` (the month's last day where it is
    shorter: 31 May less three months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable


def sessions_before(conn: sqlite3.Connection, cutoff: date) -> list[str]:
    """The sessions held before ``cutoff`` that still have responses."""
    rows = conn.execute(
        "SELECT s.id FROM sessions s WHERE s.session_date < ? AND EXISTS "
        "(SELECT 1 FROM responses r WHERE r.session_id = s.id) ORDER BY s.session_date",
        [cutoff.isoformat()],
    )
    return [row[0] for row in rows]


def count_responses(conn: sqlite3.Connection, session_ids: Sequence[str]) -> DeletionCount:
    completed = unfinished = sessions = 0
    for session_id in session_ids:
        done, open_ = conn.execute(
            "SELECT coalesce(sum(completed = 1), 0), coalesce(sum(completed = 0), 0) "
            "FROM responses WHERE session_id = ?",
            [session_id],
        ).fetchone()
        completed += done
        unfinished += open_
        sessions += 1 if done or open_ else 0
    return DeletionCount(sessions, completed, unfinished)


def delete_responses(conn: sqlite3.Connection, session_ids: Sequence[str]) -> int:
    """Delete every response of the sessions, with its answers and counts; returns how many
    responses went. The caller holds the transaction (this works on a backup's older schema
    too, where there may be no ``deleted_responses`` yet)."""
    tombstones = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deleted_responses'"
    ).fetchone()
    removed = 0
    for session_id in session_ids:
        if tombstones:
            conn.execute(
                "INSERT OR IGNORE INTO deleted_responses (id) "
                "SELECT id FROM responses WHERE session_id = ?",
                [session_id],
            )
        conn.execute(
            "DELETE FROM answers WHERE response_id IN "
            "(SELECT rid FROM responses WHERE session_id = ?)",
            [session_id],
        )
        removed += conn.execute("DELETE FROM responses WHERE session_id = ?", [session_id]).rowcount
        for table in ("response_counts", "answer_counts"):
            conn.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
    return removed


def delete_from_file(path: str, session_ids: Sequence[str]) -> int:
    """Apply the same deletion to another database file of this app (a backup): delete,
    rewrite the file, and check it. Returns how many responses went. ``sqlite3.Error`` when
    the file cannot be changed."""
    conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            removed = delete_responses(conn, session_ids)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if removed:
            conn.execute("VACUUM")
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"database disk image is malformed ({problems[0]})")
        return removed
    finally:
        conn.close()
