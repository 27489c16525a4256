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
    from ..store.questionnaires import QuestionnaireInfo, SaveResult


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

    def create_session(
        self, draft: SessionDraft, questionnaire: tuple[str, int] | None = None
    ) -> Session:
        """A new session with ``questionnaire`` (id, version); the built-in one by default."""
        if questionnaire is None:
            from ..store.questionnaires import BUILTIN_ID

            latest = self._store.questionnaires.latest(BUILTIN_ID)
            questionnaire = (latest.id, latest.version)
        session = self._store.sessions.create(draft.normalised(), *questionnaire)
        self._remember_organisation(session.organisation)
        return session

    def update_session(
        self, session_id: str, draft: SessionDraft, questionnaire: tuple[str, int] | None = None
    ) -> Session:
        session = self._store.sessions.update(session_id, draft.normalised(), questionnaire)
        self._remember_organisation(session.organisation)
        return session

    def session_has_responses(self, session_id: str) -> bool:
        return self._store.sessions.has_responses(session_id)

    # -- questionnaires --------------------------------------------------------------------
    def questionnaires(self, language: str) -> list[QuestionnaireInfo]:
        """Every stored version, titled in ``language``."""
        return self._store.questionnaires.list(language)

    def questionnaire(self, qid: str, version: int) -> Questionnaire:
        return self._store.questionnaires.get(qid, version)

    def questionnaire_exists(self, qid: str) -> bool:
        return self._store.questionnaires.latest_version(qid) is not None

    def save_questionnaire(self, questionnaire: Questionnaire) -> tuple[SaveResult, int]:
        """Store an edit; when it became a new version, sessions without responses follow it.

        Returns what the store did and how many sessions moved to the new version.
        """
        result = self._store.questionnaires.save(questionnaire)
        moved = 0
        if result.outcome == "new_version":
            moved = self._store.sessions.follow_new_version(
                questionnaire.id, result.requested_version, result.questionnaire.version
            )
        return result, moved

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
