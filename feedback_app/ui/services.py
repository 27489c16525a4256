"""Small service objects through which screens talk to the store (no global app object)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire
    from ..store import Session, Store


class KioskService:
    """What the kiosk needs for one session: its questionnaire, settings and the submit.

    The store is opened on first need (``open_store``) and the questionnaire parsed on first
    use, so that the kiosk's first frame waits for neither.
    """

    def __init__(
        self,
        open_store: Callable[[], Store],
        session: Session,
        questionnaire: Questionnaire | Mapping[str, Any],
    ):
        self._open_store = open_store
        self._store: Store | None = None
        self._session = session
        self._questionnaire = questionnaire

    @property
    def questionnaire(self) -> Questionnaire:
        if isinstance(self._questionnaire, Mapping):
            from ..domain.validation import parse_questionnaire

            self._questionnaire = parse_questionnaire(self._questionnaire)
        return self._questionnaire

    @property
    def languages(self) -> list[str]:
        """The questionnaire's languages (read without building the whole questionnaire)."""
        if isinstance(self._questionnaire, Mapping):
            return list(self._questionnaire["languages"])
        return list(self._questionnaire.languages)

    @classmethod
    def for_session(cls, store: Store, session_id: str) -> KioskService:
        session = store.sessions.get(session_id)
        questionnaire = store.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )
        return cls(lambda: store, session, questionnaire)

    def store(self) -> Store:
        if self._store is None:
            self._store = self._open_store()
        return self._store

    def session(self) -> Session:
        """The session as stored now (its title may have been edited)."""
        if self._store is None:
            return self._session
        self._session = self._store.sessions.get(self._session.id)
        return self._session

    def submit(self, language: str, answers: Mapping[str, Any], *, completed: bool = True) -> str:
        """Store a response; raises ``StoreWriteError`` when it could not be written."""
        return self.store().responses.submit(
            self._session.id, self.questionnaire, language, answers, completed=completed
        )

    def setting(self, key: str) -> Any:
        return self.store().settings.get(key)
