"""Storing a submitted questionnaire: one response, its answers and the counts, atomically."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.answers import answer_rows, check_answers
from ..domain.questionnaire import Questionnaire
from .database import write_transaction
from .errors import (
    ClosedSessionError,
    ImportedSessionError,
    StoreWriteError,
    describe_sqlite_error,
    sqlite_reason,
)
from .keys import random_key

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .counts import CountTables


class ResponseRepository:
    def __init__(self, db: Database, counts: CountTables):
        self._db = db
        self._counts = counts

    def submit(
        self,
        session_id: str,
        questionnaire: Questionnaire,
        language: str,
        answers: Mapping[str, Any],
        *,
        completed: bool = True,
        today: date | None = None,
    ) -> str:
        """Store one respondent's answers; returns the new response's UUID.

        Everything happens in one transaction: when this returns the response is on disk
        (synchronous=FULL), and when it raises nothing of it was kept. Only the date is
        stored, never the time of day.
        """
        if completed and (problems := check_answers(questionnaire, answers)):
            raise ValueError(f"answers not acceptable: {problems}")
        rows = answer_rows(questionnaire, answers)
        response_id = str(uuid.uuid4())
        day = (today or date.today()).isoformat()
        conn = self._db.conn
        try:
            with write_transaction(self._db):
                state = conn.execute(
                    "SELECT closed, origin FROM sessions WHERE id = ?", [session_id]
                ).fetchone()
                if state is None or state[0]:
                    raise ClosedSessionError(
                        "this training session is closed and accepts no more responses",
                        session_id=session_id,
                    )
                if state[1] != 0:
                    raise ImportedSessionError(
                        "this session was handed over from another laptop; it is answered "
                        "on that laptop",
                        session_id=session_id,
                    )
                rid = self._free_key()
                conn.execute(
                    "INSERT INTO responses (rid, id, session_id, questionnaire_id, "
                    "questionnaire_version, language, submitted_on, completed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        rid,
                        response_id,
                        session_id,
                        questionnaire.id,
                        questionnaire.version,
                        language,
                        day,
                        int(completed),
                    ],
                )
                conn.executemany(
                    "INSERT INTO answers (response_id, ordinal, question_id, value_num, "
                    "value_text) VALUES (?, ?, ?, ?, ?)",
                    [(rid, ordinal, *row) for ordinal, row in enumerate(rows)],
                )
                if completed:
                    self._counts.add_response(rid, questionnaire)
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"the response could not be saved: {describe_sqlite_error(exc)}",
                reason=sqlite_reason(exc),
            ) from None
        return response_id

    def _free_key(self) -> int:
        """A random key no response has yet (a clash of 63 random bits is all but impossible,
        and then simply drawn again)."""
        while True:
            key = random_key()
            if self._db.execute("SELECT 1 FROM responses WHERE rid = ?", [key]).fetchone() is None:
                return key

    def count(self, session_id: str | None = None, *, completed: bool = True) -> int:
        sql = "SELECT count(*) FROM responses WHERE completed = ?"
        params: list[Any] = [int(completed)]
        if session_id is not None:
            sql += " AND session_id = ?"
            params.append(session_id)
        return self._db.execute(sql, params).fetchone()[0]

    def answers_of(self, response_id: str) -> list[tuple[str, float | None, str | None]]:
        """The stored answer rows of one response (by UUID), in question order of storage."""
        return [
            tuple(r)
            for r in self._db.execute(
                "SELECT a.question_id, a.value_num, a.value_text FROM answers a "
                "JOIN responses r ON r.rid = a.response_id WHERE r.id = ? ORDER BY a.ordinal",
                [response_id],
            ).fetchall()
        ]
