"""Schema, changed only through named migrations applied in order.

Key choices (see ``../docs/`` and DESIGN): responses carry a random UUIDv4 ``id`` that travels
between laptops and an integer ``rid`` that the long-form ``answers`` table joins on;
``answer_counts`` and ``response_counts`` hold counts per (session, language, questionnaire
version, question, value), kept up to date in the transaction that stores a response, so an
aggregate over a million responses reads a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "feedback_app"

_STEPS: list[Callable[[Database], None]] = []


def migration(step: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``step`` as the next migration, named after its function.

    Migrations are append-only: a released one never changes; a schema change is a new
    function at the end of this file. Nothing else lists them.
    """
    _STEPS.append(step)
    return step


def migration_names() -> tuple[str, ...]:
    """The names of every migration this app knows, in order (without the database library,
    so the kiosk's quick first read can check a schema is current)."""
    return tuple(step.__name__ for step in _STEPS)


def migrations():  # noqa: ANN201 - a sqlite_utils.Migrations, typed lazily
    """The registered steps as a ``sqlite_utils.Migrations`` set."""
    from sqlite_utils import Migrations

    steps = Migrations(MIGRATION_SET)
    for step in _STEPS:
        steps()(step)
    return steps


@migration
def m001_initial(db: Database) -> None:
    db["questionnaires"].create(
        {
            "id": str,
            "version": int,
            "title": str,
            "definition": str,
            "created_on": str,
        },
        pk=("id", "version"),
        not_null={"id", "version", "title", "definition", "created_on"},
    )
    db["sessions"].create(
        {
            "id": str,
            "title": str,
            "session_date": str,
            "organisation": str,
            "audience": str,
            "location": str,
            "trainers": str,
            "default_language": str,
            "expected_participants": int,
            "questionnaire_id": str,
            "questionnaire_version": int,
            "closed": int,
            "created_on": str,
        },
        pk="id",
        not_null={
            "id",
            "title",
            "session_date",
            "organisation",
            "audience",
            "location",
            "trainers",
            "default_language",
            "questionnaire_id",
            "questionnaire_version",
            "closed",
            "created_on",
        },
        defaults={"organisation": "", "audience": "", "location": "", "trainers": "", "closed": 0},
    )
    db["sessions"].create_index(["session_date"])
    db["responses"].create(
        {
            "rid": int,
            "id": str,
            "session_id": str,
            "questionnaire_id": str,
            "questionnaire_version": int,
            "language": str,
            "submitted_on": str,
            "completed": int,
        },
        pk="rid",
        not_null={
            "id",
            "session_id",
            "questionnaire_id",
            "questionnaire_version",
            "language",
            "submitted_on",
            "completed",
        },
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["responses"].create_index(["id"], unique=True)
    db["responses"].create_index(["session_id", "completed"])
    db["answers"].create(
        {"response_id": int, "question_id": str, "value_num": float, "value_text": str},
        not_null={"response_id", "question_id"},
        foreign_keys=[("response_id", "responses", "rid")],
    )
    db["answers"].create_index(["response_id"])
    db.execute(
        """
        CREATE TABLE answer_counts (
            session_id TEXT NOT NULL,
            language TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('num', 'missing', 'option', 'answered')),
            value_num REAL NOT NULL DEFAULT 0,
            value_text TEXT NOT NULL DEFAULT '',
            n INTEGER NOT NULL,
            PRIMARY KEY (session_id, language, questionnaire_id, questionnaire_version,
                         question_id, kind, value_num, value_text)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE response_counts (
            session_id TEXT NOT NULL,
            language TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (session_id, language, questionnaire_id, questionnaire_version)
        ) WITHOUT ROWID
        """
    )
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"key", "value"})


def apply_migrations(db: Database) -> None:
    migrations().apply(db)
