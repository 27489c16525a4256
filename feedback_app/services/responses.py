"""Responses: the participant's submit, and demo data to try the app with."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from ..domain.questionnaire import Questionnaire
from ..store.demo import DemoSummary, generate_demo
from ..store.errors import StoreWriteError, describe_sqlite_error, sqlite_reason
from ..store.store import Store


class ResponseService:
    def __init__(self, store: Store):
        self._store = store

    def submit(
        self,
        session_id: str,
        questionnaire: Questionnaire,
        language: str,
        answers: Mapping[str, Any],
        *,
        completed: bool = True,
    ) -> str:
        """Store one respondent's answers and their counts in one durable transaction;
        returns the response's id. ``StoreWriteError`` (``ClosedSessionError`` for a closed
        session) when nothing could be stored."""
        return self._store.responses.submit(
            session_id, questionnaire, language, answers, completed=completed
        )

    def count(self, session_id: str | None = None, *, completed: bool = True) -> int:
        return self._store.responses.count(session_id, completed=completed)

    def defer_checkpoints(self) -> None:
        """The kiosk checkpoints the write-ahead log itself, between participants."""
        self._store.defer_checkpoints()

    def checkpoint(self) -> None:
        self._store.checkpoint()

    def generate_demo(
        self,
        responses: int,
        sessions: int = 20,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoSummary:
        """Add closed demo sessions with made-up responses, all in one transaction."""
        try:
            return generate_demo(self._store, responses, sessions, seed, progress)
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"no demo data was added: {describe_sqlite_error(exc)}", reason=sqlite_reason(exc)
            ) from None
