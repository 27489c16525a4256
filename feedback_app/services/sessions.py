"""Training sessions: create, edit, close, reopen and delete, each with its side effects."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.sessions import SessionDraft
from ..store.errors import BackupError, DamagedDatabaseError, InvalidInputError
from ..store.questionnaires import BUILTIN_ID
from ..store.sessions import Session
from ..store.store import Store
from .settings import SettingsService

if TYPE_CHECKING:
    from .backups import BackupService
    from .retention import RetentionService


class SessionService:
    def __init__(self, store: Store, settings: SettingsService):
        self._store = store
        self._settings = settings
        self.backups: BackupService | None = None  # set by Services
        self.retention: RetentionService | None = None

    # -- reading ---------------------------------------------------------------------------
    def list(self) -> list[Session]:
        """All sessions, newest first, with their completed responses."""
        return self._store.sessions.list()

    def get(self, session_id: str) -> Session:
        return self._store.sessions.get(session_id)

    def find(self, id_or_prefix: str) -> Session:
        """A session by its id or an unambiguous beginning of it (``NotFoundError`` if none)."""
        return self._store.sessions.find(id_or_prefix)

    def today(self, day: date | None = None) -> Session | None:
        """The newest open session of ``day`` (today), if there is one."""
        return self._store.sessions.open_for_day(day or date.today())

    def has_responses(self, session_id: str) -> bool:
        return self._store.sessions.has_responses(session_id)

    def organisations_in_use(self) -> set[str]:
        return self._store.sessions.organisations()

    # -- actions ---------------------------------------------------------------------------
    def create(
        self, draft: SessionDraft, questionnaire: tuple[str, int | None] | None = None
    ) -> Session:
        """A new open session with ``questionnaire`` (id and version, None for its latest;
        default the latest built-in one); its organisation is offered from then on."""
        self._check(draft)
        qid, version = questionnaire or (BUILTIN_ID, None)
        with self._store.transaction():
            repo = self._store.questionnaires
            chosen = repo.latest(qid) if version is None else repo.get(qid, version)
            session = self._store.sessions.create(draft.normalised(), chosen.id, chosen.version)
            self._settings.remember_organisation(session.organisation)
            self._log("session_created", session)
        return session

    def update(
        self, session_id: str, draft: SessionDraft, questionnaire: tuple[str, int] | None = None
    ) -> Session:
        """Store an edit; changing the questionnaire of a session with responses is a
        ``ConflictError``."""
        self._check(draft)
        with self._store.transaction():
            before = self._store.sessions.get(session_id)
            session = self._store.sessions.update(session_id, draft.normalised(), questionnaire)
            self._settings.remember_organisation(session.organisation)
            changed = sorted(k for k, v in _fields(session).items() if _fields(before)[k] != v)
            self._log("session_edited", session, {"changed": changed})
        return session

    def set_closed(self, session_id: str, closed: bool) -> Session:
        """Close or reopen without tidying; closing should go through :meth:`close`."""
        with self._store.transaction():
            session = self._store.sessions.set_closed(session_id, closed)
            self._log("session_closed" if closed else "session_reopened", session)
            return session

    def close(self, session_id: str) -> Session:
        """Close a session: it takes no more responses. Then the file is rewritten in key
        order, so nothing in it keeps the order the session's participants answered in, and
        checked in full (``DamagedDatabaseError`` when it is not sound; the session is closed
        all the same). Slow on a large file: the window runs it in the background."""
        session = self.set_closed(session_id, True)
        deleted = self.retention.run_automatic() if self.retention is not None else None
        if deleted is None:
            self._store.rewrite()  # a deletion has rewritten the file already
        problems = self._store.integrity_problems()
        if problems:
            raise DamagedDatabaseError(
                f"the session was closed, but the database file is damaged ({problems[0]}); "
                "restore it from a backup",
                path=str(self._store.path),
            )
        if self.backups is not None:
            try:
                self.backups.automatic("session_closed")
            except BackupError as exc:
                raise BackupError(
                    f"the session was closed, but its backup could not be written: {exc}",
                    **exc.details,
                ) from None
        return session

    def default_session(self, title: str, language: str = "fi") -> Session:
        """Today's open session, created with ``title`` when there is none yet: what lets a
        newcomer reach a working kiosk in one click."""
        with self._store.transaction():
            return self._store.default_session(title, language)

    def delete(self, session_id: str) -> int:
        """Remove a session with every response and count of it; returns how many responses
        (finished or not) were removed."""
        with self._store.transaction():
            session = self._store.sessions.get(session_id)
            self._store.counts.remove_session(session_id)
            removed = self._store.sessions.delete(session_id)
            self._log("session_deleted", session, {"responses": removed})
            return removed

    def _log(self, action: str, session: Session, details: dict | None = None) -> None:
        self._store.audit.append(
            action,
            session.title,
            {"session": session.id, "date": session.session_date, **(details or {})},
        )

    @staticmethod
    def _check(draft: SessionDraft) -> None:
        problems = draft.problems()
        if problems:
            raise InvalidInputError(
                f"the session is not valid: {', '.join(problems)}", problems=problems
            )


def _fields(session: Session) -> dict[str, object]:
    """What an edit can change, as the audit log names it."""
    return {
        "title": session.title,
        "date": session.session_date,
        "organisation": session.organisation,
        "audience": session.audience,
        "location": session.location,
        "trainers": session.trainers,
        "language": session.default_language,
        "expected_participants": session.expected_participants,
        "questionnaire": (session.questionnaire_id, session.questionnaire_version),
    }
