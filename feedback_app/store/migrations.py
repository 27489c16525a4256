"""Schema, changed only through named migrations applied in order.

Key choices (see ``docs/privacy.md`` and DESIGN): responses carry a random UUIDv4 ``id`` that
travels between laptops and a random 63-bit integer ``rid`` that the long-form ``answers``
table joins on (``m002``: no key or row order tells in which order people answered);
``answer_counts`` and ``response_counts`` hold counts per (session, language, questionnaire
version, question, value), kept up to date in the transaction that stores a response, so an
aggregate over a million responses reads a few thousand rows.

A migration is a function at the end of this file, decorated with ``@migration`` (or
``@migration(transactional=False)`` for a step such as VACUUM that cannot run in a
transaction); released ones never change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .keys import random_key

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "feedback_app"

Step = Callable[["Database"], None]
_STEPS: list[tuple[Step, bool]] = []


def migration(step: Step | None = None, *, transactional: bool = True) -> Any:
    """Register ``step`` as the next migration, named after its function.

    Migrations are append-only: a released one never changes; a schema change is a new
    function at the end of this file. Nothing else lists them.
    """

    def register(function: Step) -> Step:
        _STEPS.append((function, transactional))
        return function

    return register(step) if step is not None else register


def migration_names() -> tuple[str, ...]:
    """The names of every migration this app knows, in order (without the database library,
    so the kiosk's quick first read can check a schema is current)."""
    return tuple(step.__name__ for step, _ in _STEPS)


def migrations():  # noqa: ANN201 - a sqlite_utils.Migrations, typed lazily
    """The registered steps as a ``sqlite_utils.Migrations`` set."""
    from sqlite_utils import Migrations

    steps = Migrations(MIGRATION_SET)
    for step, transactional in _STEPS:
        steps(transactional=transactional)(step)
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


@migration
def m002_unlinkable_keys(db: Database) -> None:
    """Responses get random 63-bit keys, and answers are stored under their response's key
    (WITHOUT ROWID, keyed by response and position), so neither the keys nor the order of the
    rows in the file tell in which order people answered."""
    conn = db.conn
    old = [row[0] for row in conn.execute("SELECT rid FROM responses")]
    new: set[int] = set()
    while len(new) < len(old):
        new.add(random_key())
    conn.execute("CREATE TEMP TABLE rid_map (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    conn.executemany("INSERT INTO temp.rid_map VALUES (?, ?)", zip(old, new, strict=True))
    conn.execute(RESPONSES_V2)
    conn.execute(
        "INSERT INTO responses_v2 SELECT m.new, r.id, r.session_id, r.questionnaire_id, "
        "r.questionnaire_version, r.language, r.submitted_on, r.completed "
        "FROM responses r JOIN temp.rid_map m ON m.old = r.rid ORDER BY m.new"
    )
    conn.execute(ANSWERS_V2)
    conn.execute(
        "INSERT INTO answers_v2 SELECT m.new, "
        "row_number() OVER (PARTITION BY a.response_id ORDER BY a.rowid) - 1, "
        "a.question_id, a.value_num, a.value_text "
        "FROM answers a JOIN temp.rid_map m ON m.old = a.response_id ORDER BY 1, 2"
    )
    for statement in (
        "DROP TABLE temp.rid_map",
        "DROP TABLE answers",
        "DROP TABLE responses",
        "ALTER TABLE responses_v2 RENAME TO responses",
        "ALTER TABLE answers_v2 RENAME TO answers",
        "CREATE UNIQUE INDEX idx_responses_id ON responses (id)",
        "CREATE INDEX idx_responses_session_id_completed ON responses (session_id, completed)",
    ):
        conn.execute(statement)


RESPONSES_V2 = """
CREATE TABLE responses_v2 (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    completed INTEGER NOT NULL
)
"""
ANSWERS_V2 = """
CREATE TABLE answers_v2 (
    response_id INTEGER NOT NULL REFERENCES responses_v2 (rid),
    ordinal INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    value_num REAL,
    value_text TEXT,
    PRIMARY KEY (response_id, ordinal)
) WITHOUT ROWID
"""


@migration(transactional=False)
def m003_compact(db: Database) -> None:
    """Rewrite the file after m002, so that no page keeps the rows in their old order."""
    db.conn.execute("VACUUM")


@migration
def m004_bundles(db: Database) -> None:
    """What merging many laptops needs: the laptops known here (key 0 is this one), where each
    session was created and how often it was edited there, the bundles imported, which of
    them brought each response, and what this laptop has handed over already."""
    for statement in (
        "CREATE TABLE laptops (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
        """CREATE TABLE bundle_imports (
            key INTEGER PRIMARY KEY,
            bundle_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            laptop INTEGER NOT NULL REFERENCES laptops (key),
            exported_on TEXT NOT NULL,
            imported_on TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            new_sessions INTEGER NOT NULL,
            updated_sessions INTEGER NOT NULL,
            new_responses INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            conflicts INTEGER NOT NULL
        )""",
        # the laptop the session was created on (0: this one), and its edits there
        "ALTER TABLE sessions ADD COLUMN origin INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sessions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE sessions ADD COLUMN handed_over_revision INTEGER NOT NULL DEFAULT 0",
        # the import that brought the response (NULL: answered on this laptop)
        "ALTER TABLE responses ADD COLUMN bundle INTEGER REFERENCES bundle_imports (key)",
        "ALTER TABLE responses ADD COLUMN handed_over INTEGER NOT NULL DEFAULT 0",
    ):
        db.conn.execute(statement)


@migration
def m005_safety(db: Database) -> None:
    """The audit log of trainer and manager actions, a hash chain (``store/audit.py``), and
    the ids of responses deleted here (for retention or by request), so that importing a
    bundle again never brings them back."""
    for statement in (
        """CREATE TABLE audit_log (
            position INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            details TEXT NOT NULL,
            previous TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        "CREATE TABLE deleted_responses (id TEXT PRIMARY KEY) WITHOUT ROWID",
    ):
        db.conn.execute(statement)


def pending_migrations(db: Database) -> list[str]:
    """The names of the migrations not yet applied to ``db`` (all of them for a new file)."""
    return [m.name for m in migrations().pending(db)]


def apply_migrations(db: Database) -> None:
    migrations().apply(db)
