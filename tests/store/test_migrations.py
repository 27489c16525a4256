"""Upgrading a laptop's database keeps every response and gives it an unlinkable key."""

from __future__ import annotations

from sqlite_utils import Database

from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.store.counts import CountTables
from feedback_app.store.migrations import migration_names, migrations
from feedback_app.store.questionnaires import QuestionnaireRepository


def database_of_the_first_release(path) -> list[tuple]:
    """A database as the first release wrote it: sequential keys, answers in rowid order.
    Returns (response id, question, value_num, value_text) in the order they were stored."""
    path.parent.mkdir(parents=True)
    db = Database(path)
    migrations().apply(db, stop_before="m002_unlinkable_keys")
    questionnaires = QuestionnaireRepository(db)
    questionnaires.install_builtins()
    session_id = "5e551011-0000-4000-8000-000000000001"
    db["sessions"].insert(  # as the first release's schema has it
        {
            "id": session_id,
            "title": "Vanha",
            "session_date": "2026-02-02",
            "default_language": "fi",
            "questionnaire_id": "ihme-feedback",
            "questionnaire_version": 1,
            "created_on": "2026-02-02",
        }
    )
    stored = []
    for i in range(30):
        response_id = f"00000000-0000-4000-8000-{i:012d}"
        rid = db.execute(
            "INSERT INTO responses (id, session_id, questionnaire_id, questionnaire_version, "
            "language, submitted_on, completed) VALUES (?, ?, 'ihme-feedback', 1, 'fi', "
            "'2026-02-02', ?)",
            [response_id, session_id, int(i % 10 != 9)],
        ).lastrowid
        answers = [("interesting", float(1 + i % 5), None), ("overall", 4.0, None)]
        if i % 3 == 0:
            answers.append(("improve", None, f"Kommentti {i}"))
        for question, num, text in answers:
            db.execute(
                "INSERT INTO answers (response_id, question_id, value_num, value_text) "
                "VALUES (?, ?, ?, ?)",
                [rid, question, num, text],
            )
            stored.append((response_id, question, num, text))
    with db.atomic():
        CountTables(db, questionnaires.get).rebuild()
    db.close()
    return stored


def test_the_upgrade_keeps_every_answer_and_count_and_randomises_the_keys(data_dir):
    path = database_path(data_dir)
    stored = database_of_the_first_release(path)
    before = Database(path)
    counts_before = sorted(before.execute("SELECT * FROM answer_counts").fetchall())
    before.close()
    with Services(data_dir) as services:
        db = services.store.db
        applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == list(migration_names())
        after = db.execute(
            "SELECT r.id, a.question_id, a.value_num, a.value_text FROM answers a "
            "JOIN responses r ON r.rid = a.response_id ORDER BY r.id, a.ordinal"
        ).fetchall()
        assert after == sorted(stored, key=lambda row: row[0])  # same answers, same order
        keys = [rid for (rid,) in db.execute("SELECT rid FROM responses")]
        assert len(keys) == 30 and max(keys) > 2**40  # random 63-bit keys, not 1..30
        assert sorted(db.execute("SELECT * FROM answer_counts").fetchall()) == counts_before
        assert services.checks.count_differences() == []
        assert services.checks.integrity() == []
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        schema = db.execute("SELECT sql FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
        assert "WITHOUT ROWID" in schema
        session = services.sessions.list()[0]
        assert session.completed_responses == 27
