"""The database: schema, durable atomic submit, a second start, closed sessions."""

from __future__ import annotations

import sqlite3

import pytest

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.store import ClosedSessionError, Store, StoreWriteError
from feedback_app.store.migrations import apply_migrations

ANSWERS = {
    "interesting": 5,
    "practical": 4,
    "understandable": CANNOT_SAY,
    "necessary": 3,
    "identify_victims": 4,
    "know_whom_to_consult": 2,
    "overall": 4,
    "improve": "Enemmän esimerkkejä – ja kahvia ☕",
}


def submit(store: Store, answers=ANSWERS, language="fi"):
    session = store.default_session("Koulutus")
    q = store.questionnaires.get(session.questionnaire_id, session.questionnaire_version)
    return session, store.responses.submit(session.id, q, language, answers)


def test_first_start_creates_database_with_durable_settings(store):
    assert store.path.name == "feedback.db" and store.path.exists()
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = set(store.db.table_names())
    assert {"questionnaires", "sessions", "responses", "answers", "settings"} <= tables
    assert [q.id for q in store.questionnaires.list()] == ["ihme-feedback"]


def test_submit_stores_exactly_the_answers(store):
    session, response_id = submit(store)
    row = store.db.execute(
        "SELECT id, session_id, questionnaire_id, questionnaire_version, language, "
        "submitted_on, completed FROM responses"
    ).fetchall()
    assert len(row) == 1
    rid, sid, qid, version, language, day, completed = row[0]
    assert (rid, sid, qid, version, language, completed) == (
        response_id,
        session.id,
        "ihme-feedback",
        1,
        "fi",
        1,
    )
    assert len(day) == 10 and day.count("-") == 2  # a date, no time of day
    assert len(response_id) == 36 and response_id[14] == "4"  # UUID version 4
    assert sorted(store.responses.answers_of(response_id)) == sorted(
        [
            ("interesting", 5.0, None),
            ("practical", 4.0, None),
            ("understandable", None, None),
            ("necessary", 3.0, None),
            ("identify_victims", 4.0, None),
            ("know_whom_to_consult", 2.0, None),
            ("overall", 4.0, None),
            ("improve", None, "Enemmän esimerkkejä – ja kahvia ☕"),
        ]
    )
    counts = dict(
        store.db.execute(
            "SELECT question_id || ':' || kind || ':' || value_num, n FROM answer_counts"
        ).fetchall()
    )
    assert counts["interesting:num:5.0"] == 1
    assert counts["understandable:missing:0.0"] == 1
    assert not any(k.startswith("improve") for k in counts)


def test_incomplete_answers_are_refused_before_anything_is_written(store):
    with pytest.raises(ValueError):
        submit(store, {"interesting": 5})
    assert store.db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_a_failed_write_leaves_nothing_half_written(store):
    store.db.execute(
        "CREATE TRIGGER fail AFTER INSERT ON answers WHEN NEW.question_id = 'overall' "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(StoreWriteError, match="disk is full"):
        submit(store)
    for table in ("responses", "answers", "answer_counts", "response_counts"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    store.db.execute("DROP TRIGGER fail")
    submit(store)  # the same answers can be submitted again
    assert store.responses.count() == 1


def test_read_only_database_gives_a_clear_error(store):
    session = store.default_session("Koulutus")
    q = store.questionnaires.get(session.questionnaire_id, 1)
    readonly = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    store.db.conn.close()
    store.db.conn = readonly
    with pytest.raises(StoreWriteError, match="read-only"):
        store.responses.submit(session.id, q, "fi", ANSWERS)


def test_closed_session_accepts_no_responses(store):
    session = store.default_session("Koulutus")
    store.sessions.set_closed(session.id, True)
    q = store.questionnaires.get(session.questionnaire_id, 1)
    with pytest.raises(ClosedSessionError):
        store.responses.submit(session.id, q, "fi", ANSWERS)
    assert store.responses.count() == 0


def test_second_start_sees_earlier_responses_and_migrations_are_idempotent(data_dir):
    first = Store(data_dir)
    submit(first)
    submit(first, language="sv")
    applied = first.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    first.close()
    second = Store(data_dir)
    assert second.responses.count() == 2
    apply_migrations(second.db)
    assert second.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == applied
    assert len(second.questionnaires.list()) == 1  # built-ins not installed twice
    assert second.sessions.list()[0].completed_responses == 2
    second.close()


def test_today_session_is_reused(store):
    a = store.default_session("Koulutus")
    b = store.default_session("Something else")
    assert a.id == b.id and b.title == "Koulutus"
