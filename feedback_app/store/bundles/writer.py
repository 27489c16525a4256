"""Choosing what a bundle holds and copying it into a payload database.

The selection is read in one snapshot of the laptop's database (a kiosk may keep answering
meanwhile: what it adds is simply in the next bundle), and remembered in temporary tables so
that exactly what went out is marked as handed over once the file is in place.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..aggregates import Filters
from .payload import RESPONSE_COLUMNS

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Selection:
    """What a bundle will hold."""

    sessions: int
    responses: int
    organisations: tuple[str, ...]
    completed: int = 0
    """of ``responses``, the completed ones (the others were left unfinished)"""


_TEMP = (
    "DROP TABLE IF EXISTS temp.bundle_sessions",
    "DROP TABLE IF EXISTS temp.bundle_responses",
    "CREATE TEMP TABLE bundle_sessions (id TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
    "CREATE TEMP TABLE bundle_responses (rid INTEGER PRIMARY KEY, k INTEGER NOT NULL UNIQUE)",
)


def select(
    store: Store, filters: Filters, since_last_export: bool, *, keys: bool = True
) -> Selection:
    """Fill ``temp.bundle_sessions`` and ``temp.bundle_responses`` with what the filters pick
    (only what was not handed over yet with ``since_last_export``); run in a snapshot. Without
    ``keys`` (to count only) no random bundle keys are drawn."""
    conn = store.db.conn
    for statement in _TEMP:
        conn.execute(statement)
    session_where, session_params = replace(filters, languages=()).where("s")
    response_where, response_params = filters.where("r")
    handed = " AND r.handed_over = 0" if since_last_export else ""
    chosen = (
        "SELECT r.rid FROM responses r JOIN sessions s ON s.id = r.session_id "
        f"WHERE ({session_where}) AND ({response_where}){handed}"
    )
    params = [*session_params, *response_params]
    if keys:
        rids = [row[0] for row in conn.execute(chosen, params)]
        drawn: set[int] = set()
        while len(drawn) < len(rids):
            drawn.add(secrets.randbits(63) or 1)
        conn.executemany(
            "INSERT INTO temp.bundle_responses (rid, k) VALUES (?, ?)",
            zip(rids, drawn, strict=True),
        )
    else:
        conn.execute(
            f"INSERT INTO temp.bundle_responses (rid, k) SELECT rid, rid FROM ({chosen})", params
        )
    changed = (
        " AND (s.revision > s.handed_over_revision OR s.id IN "
        "(SELECT r.session_id FROM temp.bundle_responses b JOIN responses r ON r.rid = b.rid))"
        if since_last_export
        else ""
    )
    conn.execute(
        "INSERT INTO temp.bundle_sessions (id, revision) "
        f"SELECT s.id, s.revision FROM sessions s WHERE ({session_where}){changed}",
        session_params,
    )
    organisations = tuple(
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT s.organisation FROM sessions s JOIN temp.bundle_sessions b "
            "ON b.id = s.id WHERE s.organisation != '' ORDER BY 1"
        )
    )
    count = conn.execute("SELECT count(*) FROM temp.bundle_sessions").fetchone()[0]
    responses, completed = conn.execute(
        "SELECT count(*), coalesce(sum(r.completed), 0) FROM temp.bundle_responses b "
        "JOIN responses r ON r.rid = b.rid"
    ).fetchone()
    return Selection(count, responses, organisations, completed)


def write_payload(
    store: Store, filters: Filters, since_last_export: bool, payload: Path
) -> tuple[Selection, dict[str, int]]:
    """Select (see :func:`select`) and copy the selection into the empty payload database, in
    one snapshot of the laptop's database; returns the selection and the rows per table."""
    conn = store.db.conn
    conn.execute("ATTACH DATABASE ? AS bundle", [str(payload)])
    try:
        conn.execute("BEGIN")
        try:
            selection = select(store, filters, since_last_export)
            _copy(conn)
            counts = {
                table: conn.execute(f"SELECT count(*) FROM bundle.{table}").fetchone()[0]
                for table in ("laptops", "questionnaires", "sessions", "responses", "answers")
            }
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE bundle")
    return selection, counts


_LAPTOPS = """
CREATE TEMP TABLE bundle_laptops AS
SELECT l.key AS key, row_number() OVER (ORDER BY l.id) AS k, l.id AS id FROM laptops l
WHERE l.key = 0 OR l.key IN (SELECT s.origin FROM sessions s
                             JOIN temp.bundle_sessions b ON b.id = s.id)
"""


def _copy(conn) -> None:  # noqa: ANN001 - an sqlite3 connection
    """The selected rows into ``bundle``: laptops numbered afresh (the exporting one and each
    one a session was created on), responses under their random bundle keys."""
    conn.execute("DROP TABLE IF EXISTS temp.bundle_laptops")
    conn.execute(_LAPTOPS)
    conn.execute("INSERT INTO bundle.laptops (k, id) SELECT k, id FROM temp.bundle_laptops")
    conn.execute(
        "INSERT INTO bundle.questionnaires (id, version, definition) "
        "SELECT q.id, q.version, q.definition FROM questionnaires q WHERE EXISTS "
        "(SELECT 1 FROM sessions s JOIN temp.bundle_sessions b ON b.id = s.id "
        "WHERE s.questionnaire_id = q.id AND s.questionnaire_version = q.version)"
    )
    conn.execute(
        "INSERT INTO bundle.sessions (id, laptop, revision, title, session_date, organisation, "
        "audience, location, trainers, default_language, expected_participants, "
        "questionnaire_id, questionnaire_version, closed, created_on) "
        "SELECT s.id, l.k, s.revision, s.title, s.session_date, s.organisation, "
        "s.audience, s.location, s.trainers, s.default_language, s.expected_participants, "
        "s.questionnaire_id, s.questionnaire_version, s.closed, s.created_on "
        "FROM sessions s JOIN temp.bundle_sessions b ON b.id = s.id "
        "JOIN temp.bundle_laptops l ON l.key = s.origin ORDER BY s.id"
    )
    columns = ", ".join(f"r.{c.strip()}" for c in RESPONSE_COLUMNS.split(","))
    conn.execute(
        f"INSERT INTO bundle.responses (k, {RESPONSE_COLUMNS}) "
        f"SELECT b.k, {columns} FROM temp.bundle_responses b JOIN responses r ON r.rid = b.rid "
        "ORDER BY b.k"
    )
    conn.execute(
        "INSERT INTO bundle.answers (response, ordinal, question_id, value_num, value_text) "
        "SELECT b.k, a.ordinal, a.question_id, a.value_num, a.value_text "
        "FROM temp.bundle_responses b JOIN answers a ON a.response_id = b.rid "
        "ORDER BY b.k, a.ordinal"
    )
    conn.execute("DROP TABLE temp.bundle_laptops")


def mark_handed_over(store: Store) -> None:
    """Remember that what the last :func:`select` picked has been handed over (the caller
    holds the transaction)."""
    conn = store.db.conn
    conn.execute(
        "UPDATE responses SET handed_over = 1 "
        "WHERE rid IN (SELECT rid FROM temp.bundle_responses) AND handed_over = 0"
    )
    conn.execute(
        "UPDATE sessions SET handed_over_revision = "
        "(SELECT b.revision FROM temp.bundle_sessions b WHERE b.id = sessions.id) "
        "WHERE id IN (SELECT id FROM temp.bundle_sessions)"
    )


def forget_selection(store: Store) -> None:
    for statement in _TEMP[:2]:
        store.db.conn.execute(statement)
