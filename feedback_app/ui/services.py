"""Small service objects through which screens talk to the store (no global app object)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire
    from ..domain.sessions import SessionDraft
    from ..store import Session, Store
    from ..store.pin import TrainerPin


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
            self._store.defer_checkpoints()
        return self._store

    def tidy_up(self) -> None:
        """Work that must not delay a participant: run while the thank-you screen shows."""
        if self._store is not None:
            self._store.checkpoint()

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


class TrainerService:
    """What the trainer's screens need: sessions, settings and the PIN."""

    def __init__(self, store: Store):
        self._store = store

    @property
    def store(self) -> Store:
        return self._store

    def today_session_id(self) -> str | None:
        session = self._store.sessions.open_for_day(date.today())
        return session.id if session else None

    @property
    def pin(self) -> TrainerPin:
        return self._store.pin

    def sessions(self) -> list[Session]:
        return self._store.sessions.list()

    def session(self, session_id: str) -> Session:
        return self._store.sessions.get(session_id)

    def create_session(self, draft: SessionDraft) -> Session:
        from ..store.questionnaires import BUILTIN_ID

        questionnaire = self._store.questionnaires.latest(BUILTIN_ID)
        session = self._store.sessions.create(
            draft.normalised(), questionnaire.id, questionnaire.version
        )
        self._remember_organisation(session.organisation)
        return session

    def update_session(self, session_id: str, draft: SessionDraft) -> Session:
        session = self._store.sessions.update(session_id, draft.normalised())
        self._remember_organisation(session.organisation)
        return session

    def set_closed(self, session_id: str, closed: bool) -> Session:
        return self._store.sessions.set_closed(session_id, closed)

    def default_session(self, title: str, language: str) -> Session:
        return self._store.default_session(title, language)

    def organisations(self) -> list[str]:
        return list(self._store.settings.get("organisations"))

    def setting(self, key: str) -> Any:
        return self._store.settings.get(key)

    def set_setting(self, key: str, value: Any) -> None:
        self._store.settings.set(key, value)

    def _remember_organisation(self, name: str) -> None:
        known = self.organisations()
        if name and name not in known:
            self._store.settings.set("organisations", [*known, name])
