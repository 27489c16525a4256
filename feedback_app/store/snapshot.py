"""What the kiosk's first frame needs, read with the standard library's sqlite3 alone.

Opening the full store loads sqlite-utils (and, through it, numpy where installed), which
would double the time to the kiosk's first frame. The welcome screen needs only the session and
its questionnaire, so they are read here; the store opens right after the first frame.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .migrations import MIGRATION_SET, migration_names
from .sessions import Session, SessionRepository


@dataclass(frozen=True)
class KioskSnapshot:
    session: Session
    definition: dict[str, Any]
    """The questionnaire as stored (JSON); it was validated when it was stored."""


def read_kiosk_snapshot(path: Path, session_id: str | None, day: date) -> KioskSnapshot | None:
    """The open session (given, or today's) and its questionnaire; None when the full store
    must open first: no database yet, an older schema, no such open session, or any error."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        applied = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
        if {r[0] for r in applied} != set(migration_names()):
            return None  # older (to be migrated) or newer (to be refused) than this app
        sessions = SessionRepository(conn)  # its queries only need execute()
        session = sessions.get(session_id) if session_id else sessions.open_for_day(day)
        if session is None or not session.accepts_responses:
            return None
        row = conn.execute(
            "SELECT definition FROM questionnaires WHERE id = ? AND version = ?",
            [session.questionnaire_id, session.questionnaire_version],
        ).fetchone()
        if row is None:
            return None
        definition = json.loads(row[0])
        if not isinstance(definition, dict) or not isinstance(definition.get("languages"), list):
            return None
        return KioskSnapshot(session, definition)
    except (sqlite3.Error, KeyError, ValueError):
        return None
    finally:
        conn.close()
