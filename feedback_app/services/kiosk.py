"""What the kiosk needs for one session: its questionnaire, settings and the submit.

Light on purpose: the kiosk's first frame imports this module and reads its session with the
standard library alone (``read_kiosk_start``); the database library loads when the services
open, right after that frame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import database_path
from ..store.snapshot import KioskSnapshot, read_kiosk_snapshot

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire
    from ..store.sessions import Session
    from .container import Services


def read_kiosk_start(data_dir: Path, session_id: str | None, day: date) -> KioskSnapshot | None:
    """The open session (given, or today's) and its questionnaire from a quick read; None when
    the full services must open first (no database yet, an older schema, any doubt)."""
    return read_kiosk_snapshot(database_path(data_dir), session_id, day)


class KioskService:
    """One session's kiosk: the services are opened on first need (``open_services``) and the
    questionnaire parsed on first use, so that the first frame waits for neither."""

    def __init__(
        self,
        open_services: Callable[[], Services],
        session: Session,
        questionnaire: Questionnaire | Mapping[str, Any],
    ):
        self._open_services = open_services
        self._services: Services | None = None
        self._session = session
        self._questionnaire = questionnaire

    @classmethod
    def for_session(cls, services: Services, session_id: str) -> KioskService:
        session = services.sessions.get(session_id)
        questionnaire = services.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )
        return cls(lambda: services, session, questionnaire)

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

    def services(self) -> Services:
        if self._services is None:
            self._services = self._open_services()
            self._services.responses.defer_checkpoints()
        return self._services

    def tidy_up(self) -> None:
        """Work that must not delay a participant: run while the thank-you screen shows."""
        if self._services is not None:
            self._services.responses.checkpoint()

    def session(self) -> Session:
        """The session as stored now (its title may have been edited)."""
        if self._services is None:
            return self._session
        self._session = self._services.sessions.get(self._session.id)
        return self._session

    def submit(self, language: str, answers: Mapping[str, Any], *, completed: bool = True) -> str:
        """Store a response; raises ``StoreWriteError`` when it could not be written."""
        return self.services().responses.submit(
            self._session.id, self.questionnaire, language, answers, completed=completed
        )

    def setting(self, key: str) -> Any:
        return self.services().settings.get(key)
