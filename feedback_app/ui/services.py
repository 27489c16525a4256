"""Small service objects through which screens talk to the store (no global app object)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.questionnaire import Questionnaire
from ..store import Session, Store


class KioskService:
    """What the kiosk needs for one session: its questionnaire, settings and the submit."""

    def __init__(self, store: Store, session_id: str):
        self._store = store
        self._session_id = session_id
        session = self.session()
        self.questionnaire: Questionnaire = store.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )

    def session(self) -> Session:
        return self._store.sessions.get(self._session_id)

    def submit(self, language: str, answers: Mapping[str, Any], *, completed: bool = True) -> str:
        """Store a response; raises ``StoreWriteError`` when it could not be written."""
        return self._store.responses.submit(
            self._session_id, self.questionnaire, language, answers, completed=completed
        )

    def setting(self, key: str) -> Any:
        return self._store.settings.get(key)
