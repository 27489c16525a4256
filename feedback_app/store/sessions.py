"""Training sessions: one training event each; every response belongs to exactly one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .errors import ConflictError, ImportedSessionError, NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..domain.sessions import SessionDraft


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    session_date: str
    organisation: str = ""
    audience: str = ""
    location: str = ""
    trainers: str = ""
    default_language: str = "fi"
    expected_participants: int | None = None
    questionnaire_id: str = ""
    questionnaire_version: int = 1
    closed: bool = False
    created_on: str = ""
    revision: int = 1
    laptop: str = ""
    imported: bool = False
    completed_responses: int = field(default=0, compare=False)
    """``revision`` counts the edits made on the laptop the session was created on
    (``laptop``, its id); ``imported`` is true when that is another laptop, whose bundle
    brought the session here."""

    @property
    def is_open(self) -> bool:
        return not self.closed

    @property
    def accepts_responses(self) -> bool:
        """Open, and created on this laptop: a session imported from another laptop is
        answered there."""
        return not self.closed and not self.imported


_COLUMNS = (
    "s.id, s.title, s.session_date, s.organisation, s.audience, s.location, s.trainers, "
    "s.default_language, s.expected_participants, s.questionnaire_id, s.questionnaire_version, "
    "s.closed, s.created_on, s.revision, "
    "coalesce((SELECT l.id FROM laptops l WHERE l.key = s.origin), ''), s.origin != 0"
)
_COMPLETED = "(SELECT coalesce(sum(n), 0) FROM response_counts c WHERE c.session_id = s.id)"


def _session(row: tuple) -> Session:
    values = list(row)
    values[11] = bool(values[11])
    values[15] = bool(values[15])
    return Session(*values)


class SessionRepository:
    def __init__(self, db: Database):
        self._db = db

    def create(
        self, draft: SessionDraft, questionnaire_id: str, questionnaire_version: int
    ) -> Session:
        """Store a new open session; ``draft`` has been checked by ``SessionDraft.problems``."""
        import uuid  # not at module level: the kiosk's first frame reads sessions without it

        session_id = str(uuid.uuid4())
        record = asdict(draft)
        record.update(
            id=session_id,
            questionnaire_id=questionnaire_id,
            questionnaire_version=questionnaire_version,
            closed=0,
            created_on=date.today().isoformat(),
        )
        with self._db.atomic():
            self._db["sessions"].insert(record)
        return self.get(session_id)

    def update(
        self,
        session_id: str,
        draft: SessionDraft,
        questionnaire: tuple[str, int] | None = None,
    ) -> Session:
        """Store the edited fields; ``questionnaire`` (id, version) also changes the session's
        questionnaire, which a session with responses refuses (``ConflictError``): they were
        answered with the version it has. An unknown version raises ``NotFoundError``."""
        record = asdict(draft)
        with self._db.atomic():
            current = self._editable(session_id)
            if questionnaire is not None:
                record.update(self._questionnaire_change(session_id, *questionnaire))
            self._store_edit(current, record)
        return self.get(session_id)

    def _editable(self, session_id: str) -> Session:
        """The session, when this laptop may change it (``ImportedSessionError`` if not)."""
        current = self.get(session_id)
        if current.imported:
            raise ImportedSessionError(
                f"session {current.title!r} was handed over from another laptop; it is "
                "edited, closed and answered on that laptop",
                session=current.title,
            )
        return current

    def _store_edit(self, current: Session, record: dict[str, object]) -> None:
        """Write the changed fields; a change is a new revision, which the next hand-over
        carries to the laptops that have the session already."""
        changed = {k: v for k, v in record.items() if getattr(current, k) != v}
        if changed:
            changed["revision"] = current.revision + 1
            self._db["sessions"].update(current.id, changed)

    def _questionnaire_change(self, session_id: str, qid: str, version: int) -> dict[str, object]:
        current = self.get(session_id)
        if (current.questionnaire_id, current.questionnaire_version) == (qid, version):
            return {}
        known = self._db.execute(
            "SELECT 1 FROM questionnaires WHERE id = ? AND version = ?", [qid, version]
        ).fetchone()
        if known is None:
            raise NotFoundError(
                f"questionnaire {qid} version {version} not found",
                kind="version",
                key=f"{qid}:{version}",
            )
        if self.has_responses(session_id):
            raise ConflictError(
                f"session {current.title!r} already has responses, so it keeps questionnaire "
                f"{current.questionnaire_id} version {current.questionnaire_version}",
                session=current.title,
                questionnaire=current.questionnaire_id,
                version=current.questionnaire_version,
            )
        return {"questionnaire_id": qid, "questionnaire_version": version}

    def has_responses(self, session_id: str) -> bool:
        """True once any response (finished or not) belongs to the session."""
        row = self._db.execute(
            "SELECT 1 FROM responses WHERE session_id = ? LIMIT 1", [session_id]
        ).fetchone()
        return row is not None

    def follow_new_version(self, qid: str, old_version: int, new_version: int) -> int:
        """Move the sessions without responses from ``old_version`` to ``new_version``.

        Called when an edit of a version in use was stored as a new version: sessions that
        collected answers keep theirs, the others get the edit (a new revision of each; the
        sessions imported from other laptops are theirs to change). Returns how many moved.
        """
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE sessions SET questionnaire_version = ?, revision = revision + 1 "
                "WHERE questionnaire_id = ? AND questionnaire_version = ? AND origin = 0 "
                "AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.session_id = sessions.id)",
                [new_version, qid, old_version],
            )
        return cursor.rowcount

    def delete(self, session_id: str) -> int:
        """Remove a session with its responses and answers; returns how many responses went.

        The count tables are the caller's (``CountTables.remove_session``), in the same
        transaction."""
        with self._db.atomic():
            self.get(session_id)
            self._db.execute(
                "DELETE FROM answers WHERE response_id IN "
                "(SELECT rid FROM responses WHERE session_id = ?)",
                [session_id],
            )
            removed = self._db.execute(
                "DELETE FROM responses WHERE session_id = ?", [session_id]
            ).rowcount
            self._db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        return removed

    def organisations(self) -> set[str]:
        """The organisations that sessions name ('' for a session without one)."""
        rows = self._db.execute("SELECT DISTINCT organisation FROM sessions")
        return {row[0] for row in rows}

    def set_closed(self, session_id: str, closed: bool) -> Session:
        with self._db.atomic():
            self._store_edit(self._editable(session_id), {"closed": bool(closed)})
        return self.get(session_id)

    def get(self, session_id: str) -> Session:
        row = self._db.execute(
            f"SELECT {_COLUMNS}, {_COMPLETED} FROM sessions s WHERE s.id = ?", [session_id]
        ).fetchone()
        if row is None:
            raise _no_session(session_id)
        return self._with_count(row)

    def find(self, id_or_prefix: str) -> Session:
        """A session by its id or an unambiguous beginning of it (as the CLI shows ids)."""
        if not id_or_prefix or len(id_or_prefix) > 36:  # an id is 36 characters long
            raise _no_session(id_or_prefix)
        rows = self._db.execute(
            f"SELECT {_COLUMNS}, {_COMPLETED} FROM sessions s WHERE s.id LIKE ? ESCAPE '\\' "
            "LIMIT 2",
            [id_or_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
        ).fetchall()
        if len(rows) != 1 or not id_or_prefix:
            raise _no_session(id_or_prefix)
        return self._with_count(rows[0])

    def list(self) -> list[Session]:
        """All sessions, newest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS}, {_COMPLETED} FROM sessions s "
            "ORDER BY s.session_date DESC, s.created_on DESC, s.rowid DESC"
        ).fetchall()
        return [self._with_count(r) for r in rows]

    def open_for_day(self, day: date) -> Session | None:
        """The newest open session of this laptop dated ``day``, if there is one."""
        row = self._db.execute(
            f"SELECT {_COLUMNS}, {_COMPLETED} FROM sessions s "
            "WHERE s.session_date = ? AND s.closed = 0 AND s.origin = 0 "
            "ORDER BY s.rowid DESC LIMIT 1",
            [day.isoformat()],
        ).fetchone()
        return self._with_count(row) if row else None

    @staticmethod
    def _with_count(row: tuple) -> Session:
        session = _session(row[:-1])
        object.__setattr__(session, "completed_responses", int(row[-1]))
        return session


def _no_session(key: str) -> NotFoundError:
    quoted = repr(key if len(key) <= 60 else key[:60] + "…")
    return NotFoundError(
        f"no session {quoted}; see 'feedback-app sessions list'", kind="session", key=key
    )
