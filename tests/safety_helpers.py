"""Damaged files and a tampered audit log, for the backup, restore and audit tests (pytest puts
this folder on the import path, so any test imports it by name)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from builtin_items import AGREEMENT

from feedback_app.store.audit import AuditProblem, entry_hash

PAGE = 4096


def answers(i: int, comment: str | None = None) -> dict:
    """A complete answer to the built-in questionnaire, different for each ``i``."""
    given = {qid: 1 + (i + n) % 5 for n, qid in enumerate(AGREEMENT)} | {"overall": 1 + i % 5}
    return given | ({"improve": comment} if comment else {})


def damage_pages(path: Path) -> None:
    """Overwrite the page headers of the middle half of an SQLite file: whatever the layout,
    some of those pages belong to a table or an index, which SQLite's check then refuses."""
    data = bytearray(Path(path).read_bytes())
    pages = len(data) // PAGE
    assert pages >= 4, "too small a file to damage in its middle"
    for page in range(pages // 4, 3 * pages // 4 + 1):
        start = page * PAGE
        data[start : start + 12] = bytes(b ^ 0xFF for b in data[start : start + 12])
    Path(path).write_bytes(bytes(data))


def state_of(conn: sqlite3.Connection) -> dict:
    """Everything a restore must bring back: every response with its answers, every session
    and every questionnaire version (the audit log is left out: a restore adds to it)."""
    responses = {}
    for rid, response_id, session, qid, version, language, completed in conn.execute(
        "SELECT rid, id, session_id, questionnaire_id, questionnaire_version, language, "
        "completed FROM responses"
    ):
        given = conn.execute(
            "SELECT question_id, value_num, value_text FROM answers WHERE response_id = ? "
            "ORDER BY ordinal",
            [rid],
        ).fetchall()
        responses[response_id] = (session, qid, version, language, completed, given)
    sessions = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, title, session_date, organisation, audience, location, trainers, "
            "default_language, expected_participants, questionnaire_id, questionnaire_version, "
            "closed, revision FROM sessions"
        )
    }
    questionnaires = sorted(
        conn.execute("SELECT id, version, definition FROM questionnaires").fetchall()
    )
    return {"responses": responses, "sessions": sessions, "questionnaires": questionnaires}


def state_of_file(path: Path) -> dict:
    """``state_of`` a database file, read without changing it."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return state_of(conn)
    finally:
        conn.close()


# -- tampering with the audit log, as someone with an SQLite editor would --------------------
def _renumber(conn: sqlite3.Connection, first: int, by: int) -> None:
    """Move the entries from position ``first`` on by ``by`` (in two steps, so no position is
    ever held twice)."""
    conn.execute("UPDATE audit_log SET position = -position WHERE position >= ?", [first])
    conn.execute("UPDATE audit_log SET position = -position + ? WHERE position < 0", [by])


def edit_entry(conn: sqlite3.Connection, position: int) -> None:
    conn.execute("UPDATE audit_log SET target = 'something else' WHERE position = ?", [position])


def delete_entry(conn: sqlite3.Connection, position: int) -> None:
    conn.execute("DELETE FROM audit_log WHERE position = ?", [position])


def delete_and_renumber(conn: sqlite3.Connection, position: int) -> None:
    delete_entry(conn, position)
    _renumber(conn, position + 1, -1)


def insert_forged(conn: sqlite3.Connection, position: int) -> None:
    """An entry put in at ``position`` whose hash is right for its text and the entry before."""
    (previous,) = conn.execute(
        "SELECT hash FROM audit_log WHERE position = ?", [position - 1]
    ).fetchone()
    at, action, target, details = "2026-01-01T12:00:00+02:00", "backup", "forged.db", "{}"
    _renumber(conn, position, 1)
    conn.execute(
        "INSERT INTO audit_log (position, at, action, target, details, previous, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            position,
            at,
            action,
            target,
            details,
            previous,
            entry_hash(at, action, target, details, previous),
        ],
    )


#: name -> (what is done to entry 3, the problem ``AuditLog.problems`` must report, and the
#: words ``feedback-app audit verify`` must say)
TAMPERINGS: dict[str, tuple[Callable[[sqlite3.Connection, int], None], AuditProblem, str]] = {
    "edited": (edit_entry, AuditProblem(3, "changed"), "entry 3 has been changed"),
    "deleted": (delete_entry, AuditProblem(3, "missing", 1), "entry 3 has been deleted"),
    "deleted and renumbered": (
        delete_and_renumber,
        AuditProblem(3, "deleted_before"),
        "an entry before entry 3 has been deleted",
    ),
    "inserted": (insert_forged, AuditProblem(3, "inserted"), "entry 3 has been inserted"),
}


def tamper(database: Path, how: str, position: int = 3) -> None:
    change = TAMPERINGS[how][0]
    conn = sqlite3.connect(database)
    try:
        change(conn, position)
        conn.commit()
    finally:
        conn.close()


def audit_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT position, at, action, target, details, previous, hash FROM audit_log "
        "ORDER BY position"
    ).fetchall()
