"""The inside of a bundle: an SQLite database of exactly these tables.

Nothing else goes in: no PIN, no settings, no key of the exporting database. Responses are
keyed by a random number drawn for this bundle alone (``k``), and their rows, and the answers
keyed by it, lie in the order of that number: nothing in the file tells in which order people
answered. Sessions carry the laptop they were created on and their revision there, so that a
later hand-over of an edited session can replace the earlier one (see ``docs/bundles.md``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = (
    "CREATE TABLE laptops (k INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
    """CREATE TABLE questionnaires (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (id, version)
) WITHOUT ROWID""",
    """CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    laptop INTEGER NOT NULL REFERENCES laptops (k),
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    session_date TEXT NOT NULL,
    organisation TEXT NOT NULL,
    audience TEXT NOT NULL,
    location TEXT NOT NULL,
    trainers TEXT NOT NULL,
    default_language TEXT NOT NULL,
    expected_participants INTEGER,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    closed INTEGER NOT NULL,
    created_on TEXT NOT NULL
) WITHOUT ROWID""",
    """CREATE TABLE responses (
    k INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    completed INTEGER NOT NULL
)""",
    """CREATE TABLE answers (
    response INTEGER NOT NULL REFERENCES responses (k),
    ordinal INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    value_num REAL,
    value_text TEXT,
    PRIMARY KEY (response, ordinal)
) WITHOUT ROWID""",
)

SESSION_COLUMNS = (
    "id, revision, title, session_date, organisation, audience, location, trainers, "
    "default_language, expected_participants, questionnaire_id, questionnaire_version, "
    "closed, created_on"
)
RESPONSE_COLUMNS = (
    "id, session_id, questionnaire_id, questionnaire_version, language, submitted_on, completed"
)


def create_payload(path: Path) -> None:
    """An empty payload database with the bundle's tables."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        for statement in SCHEMA:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def schema_of(conn: sqlite3.Connection, schema: str = "main") -> list[tuple[str, str, str]]:
    """(type, name, sql) of everything in a database's schema, in a fixed order."""
    return sorted(
        (row[0], row[1], row[2] or "")
        for row in conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master")
    )


def expected_schema() -> list[tuple[str, str, str]]:
    """The schema a payload written by this app has, exactly."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in SCHEMA:
            conn.execute(statement)
        return schema_of(conn)
    finally:
        conn.close()
