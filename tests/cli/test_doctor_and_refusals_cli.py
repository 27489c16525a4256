"""`feedback-app doctor`, `sessions delete`, and databases every command refuses."""

from __future__ import annotations

import sqlite3

from builtin_items import AGREEMENT
from cli_helpers import run

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services


def filled(data_dir, responses: int = 4) -> str:
    with Services(data_dir) as services:
        session = services.sessions.create(
            SessionDraft(title="Rajavartioston koulutus", session_date="2026-06-02")
        )
        builtin = services.questionnaires.builtin()
        answers = {qid: 4 for qid in AGREEMENT} | {"overall": 5}
        for _ in range(responses):
            services.responses.submit(session.id, builtin, "fi", answers)
        return session.id


def test_doctor_says_all_is_well(capsys, data_dir):
    filled(data_dir)
    code, out, err = run(capsys, "doctor", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Database file: ok.",
        "Audit log: intact, 1 entry.",  # the session created
        "Backups: none yet; 'feedback-app backup' makes one.",
        "Counts: every stored count agrees with the responses.",
    ]


def test_doctor_names_a_broken_audit_chain_and_the_newest_backup(capsys, data_dir):
    filled(data_dir)
    assert run(capsys, "backup", "--data-dir", str(data_dir))[0] == 0
    with Services(data_dir) as services:
        services.store.db.execute("UPDATE audit_log SET target = 'x' WHERE position = 1")
    code, out, err = run(capsys, "doctor", "--data-dir", str(data_dir))
    assert code == 1
    assert "audit log: entry 1 has been changed" in err.splitlines()
    assert "holds 4 response(s) of 1 session(s)." in out


def test_doctor_finds_a_wrong_count_and_repairs_it_on_request(capsys, data_dir):
    session_id = filled(data_dir)
    with Services(data_dir) as services:
        services.store.db.execute(
            "UPDATE answer_counts SET n = n + 2 WHERE session_id = ? AND question_id = 'overall'",
            [session_id],
        )
    code, out, err = run(capsys, "doctor", "--data-dir", str(data_dir))
    assert code == 1
    assert "question overall, value 5: stored 6, counted from the responses 4" in err
    assert "1 differ from the responses; run 'feedback-app doctor --repair'" in err
    code, out, err = run(capsys, "doctor", "--repair", "--data-dir", str(data_dir))
    assert code == 0
    assert out.splitlines()[-1] == "Counts: 1 were wrong and have been counted again."
    code, out, _ = run(capsys, "report", "--format", "json", "--data-dir", str(data_dir))
    assert code == 0 and '"n": 4' in out
    assert run(capsys, "doctor", "--data-dir", str(data_dir))[0] == 0


def test_sessions_delete_removes_the_session_its_responses_and_counts(capsys, data_dir):
    session_id = filled(data_dir, responses=3)
    code, out, err = run(
        capsys, "sessions", "delete", session_id[:8], "--yes", "--data-dir", str(data_dir)
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Deleted: Rajavartioston koulutus ({session_id[:8]}) with 3 responses"
    with Services(data_dir) as services:
        db = services.store.db
        assert db.execute("SELECT count(*) FROM responses").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM answers").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM answer_counts").fetchone() == (0,)
        assert services.checks.count_differences() == []
    code, _, err = run(
        capsys, "sessions", "delete", session_id[:8], "--yes", "--data-dir", str(data_dir)
    )
    assert code == 2
    assert (
        err.strip()
        == f"feedback-app: no session '{session_id[:8]}'; see 'feedback-app sessions list'"
    )


def test_every_command_refuses_a_database_of_a_newer_app_in_one_line(capsys, data_dir):
    filled(data_dir, responses=1)
    with Services(data_dir) as services:
        services.store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('feedback_app', 'm099_from_a_newer_app', '')"
        )
    before = database_path(data_dir).read_bytes()
    for command in (
        ["sessions", "list"],
        ["report"],
        ["doctor"],
        ["pin", "reset", "--yes"],
        ["sessions", "create", "--title", "Uusi", "--date", "2026-06-03"],
    ):
        code, out, err = run(capsys, *command, "--data-dir", str(data_dir))
        assert code == 2, command
        assert len(err.splitlines()) == 1, err
        assert "was written by a newer version of feedback-app" in err
        assert "install that version to open it" in err
    assert database_path(data_dir).read_bytes() == before


def test_a_damaged_file_is_refused_in_one_line_and_not_replaced(capsys, data_dir):
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)
    code, out, err = run(capsys, "sessions", "list", "--data-dir", str(data_dir))
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "the database file is damaged; restore it from a backup" in err
    assert database_path(data_dir).read_bytes().startswith(b"\x89PNG")


def test_a_write_under_a_lock_held_elsewhere_waits_then_says_so_in_one_line(capsys, data_dir):
    filled(data_dir, responses=1)
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        for command in (
            ["sessions", "create", "--title", "Uusi", "--date", "2026-06-03"],
            ["pin", "reset", "--yes"],
            ["demo", "--responses", "10"],
        ):
            code, out, err = run(capsys, *command, "--data-dir", str(data_dir))
            assert code == 2, command
            assert len(err.splitlines()) == 1, err
            assert "the database is busy in another program; close it and try again" in err
    finally:
        other.rollback()
        other.close()
    code, out, err = run(capsys, "sessions", "list", "--data-dir", str(data_dir))
    assert code == 0 and "Uusi" not in out
