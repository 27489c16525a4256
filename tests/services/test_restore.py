"""Restoring a backup brings back exactly what it held, keeps the database it replaces, and
refuses (changing nothing) a file that is not a sound backup of this app, or while the app
is open on the data folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from course_questionnaire import COURSE
from safety_helpers import answers, audit_rows, damage_pages, state_of, state_of_file

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.services.backups import LOCK_FILENAME, app_running, restore_backup
from feedback_app.store.backups import automatic_backups, backup_folder, read_summary
from feedback_app.store.errors import BackupError, DamagedDatabaseError
from feedback_app.store.migrations import migration_names


def course_answers(i: int) -> dict:
    return {
        "agree": 1 + i % 5,
        "topics": ("A", "C") if i % 2 else ("B",),
        "role": "ABC"[i % 3],
        "comment": f"Course comment {i}",
    }


def fill(services: Services) -> tuple[str, str]:
    """Demo sessions, two versions of a questionnaire of our own with responses to each, and
    an open session of the built-in one with comments; returns the open sessions' ids."""
    services.responses.generate_demo(24, sessions=2)
    services.questionnaires.save(COURSE)
    first = services.sessions.create(SessionDraft("Kurssi 1", "2026-10-01"), ("course", 1))
    for i in range(5):
        services.responses.submit(first.id, COURSE, "en", course_answers(i))
    second_version = services.questionnaires.save(
        replace(COURSE, title={"en": "Course, second edition"})
    ).questionnaire
    assert second_version.version == 2
    second = services.sessions.create(SessionDraft("Kurssi 2", "2026-10-08"), ("course", 2))
    for i in range(4):
        services.responses.submit(second.id, second_version, "en", course_answers(10 + i))
    services.responses.submit(second.id, second_version, "en", {"agree": 3}, completed=False)
    today = services.sessions.create(SessionDraft("Tänään", "2026-11-30"))
    builtin = services.questionnaires.builtin()
    for i in range(6):
        services.responses.submit(today.id, builtin, "fi", answers(i, f"Kommentti {i}"))
    return second.id, today.id


def change_everything(services: Services, second: str, today: str) -> None:
    demo = services.sessions.list()[-1]
    services.sessions.delete(demo.id)
    builtin = services.questionnaires.builtin()
    for i in range(3):
        services.responses.submit(today, builtin, "fi", answers(i, f"Myöhemmin {i}"))
    latest = services.questionnaires.resolve("course", None)
    services.questionnaires.save(replace(latest, title={"en": "Course, third edition"}))
    services.sessions.create(SessionDraft("Uusi", "2026-12-01"))
    services.pin.set_first("2468013")


def test_a_restore_brings_back_the_backup_and_keeps_what_it_replaced(data_dir):
    with Services(data_dir) as services:
        second, today = fill(services)
        backup = services.backups.automatic("manual")
        conn = services.store.db.conn
        at_backup = state_of(conn)
        log_at_backup = audit_rows(conn)[:-1]  # the backup's own entry comes after it
        change_everything(services, second, today)
        later = state_of(conn)
        later_log = audit_rows(conn)
    assert later["responses"] != at_backup["responses"]
    assert later["sessions"] != at_backup["sessions"]
    assert later["questionnaires"] != at_backup["questionnaires"]

    result = restore_backup(data_dir, backup)

    assert state_of_file(database_path(data_dir)) == at_backup
    assert (result.backup, result.sessions, result.responses) == (backup, 5, 39)
    assert result.kept is not None and result.kept.name.endswith("-before-restore.db")
    assert result.kept.parent == backup_folder(data_dir)
    assert state_of_file(result.kept) == later  # nothing done since the backup is lost
    with Services(data_dir) as services:
        assert not services.pin.is_set()
        rows = audit_rows(services.store.db.conn)
        assert rows[:-1] == log_at_backup
        restore = services.audit.entries(newest_first=True, limit=1)[0]
        assert (restore.position, restore.action, restore.target) == (
            len(rows),
            "restore",
            backup.name,
        )
        assert restore.details["kept"] == result.kept.name
        assert restore.details["replaced_log_entries"] == later_log[-1][0]
        assert restore.details["replaced_log_hash"] == later_log[-1][6]
        assert services.audit.problems() == []
        assert services.checks.count_differences() == []
        assert services.checks.integrity() == []


def test_services_suspended_for_a_restore_read_the_restored_database(data_dir):
    with Services(data_dir) as services:
        second, today = fill(services)
        backup = services.backups.automatic("manual")
        at_backup = state_of(services.store.db.conn)
        change_everything(services, second, today)
        assert services.pin.is_set()
        services.suspend()
        (data_dir / LOCK_FILENAME).write_text(f"{os.getpid()}\nfeedback-app\n")
        restore_backup(data_dir, backup)  # the window restoring from its own menu
        services.resume()
        assert state_of(services.store.db.conn) == at_backup
        assert not services.pin.is_set()
        assert [q.version for q in services.questionnaires.list() if q.id == "course"] == [1, 2]
        assert services.responses.count(today) == 6
        assert services.sessions.get(second).completed_responses == 4


# -- refusals --------------------------------------------------------------------------------
def damaged(good: Path, bad: Path) -> None:
    shutil.copyfile(good, bad)
    damage_pages(bad)


def truncated(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])


def not_sqlite(good: Path, bad: Path) -> None:
    bad.write_text("session;responses\nKurssi;12\n", encoding="utf-8")


def another_program(good: Path, bad: Path) -> None:
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('shopping list')")
    conn.commit()
    conn.close()


def too_new(good: Path, bad: Path) -> None:
    shutil.copyfile(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('feedback_app', 'm099_from_the_future', '2031-01-01')"
    )
    conn.commit()
    conn.close()


REFUSED = {
    "damaged": (damaged, "damaged"),
    "truncated": (truncated, "damaged"),
    "not sqlite": (not_sqlite, "not_backup"),
    "another program's": (another_program, "not_backup"),
    "too new": (too_new, "too_new"),
}


def folder_state(data_dir: Path) -> dict[str, str]:
    """Every file of the data folder with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def backed_up(data_dir) -> Path:
    with Services(data_dir) as services:
        services.responses.generate_demo(20, sessions=2)
        backup = services.backups.automatic("manual")
        services.sessions.create(SessionDraft("Myöhemmin", "2026-11-30"))
    assert not Path(f"{database_path(data_dir)}-wal").exists()
    return backup


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_file_that_is_not_a_sound_backup_is_refused_and_nothing_changes(
    data_dir, backed_up, tmp_path, name
):
    make, problem = REFUSED[name]
    bad = tmp_path / "bad.db"
    make(backed_up, bad)
    before = folder_state(data_dir)
    with pytest.raises(BackupError) as refused:
        restore_backup(data_dir, bad)
    assert refused.value.details["problem"] == problem
    assert "bad.db" in str(refused.value)
    assert folder_state(data_dir) == before


def test_the_database_itself_is_not_a_backup(data_dir, backed_up):
    before = folder_state(data_dir)
    with pytest.raises(BackupError) as refused:
        restore_backup(data_dir, database_path(data_dir))
    assert refused.value.details["problem"] == "not_backup"
    assert folder_state(data_dir) == before


@pytest.fixture
def running_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child.pid
    child.kill()
    child.wait()


def test_no_restore_while_the_app_is_open_on_the_folder(data_dir, backed_up, running_process):
    (data_dir / LOCK_FILENAME).write_text(f"{running_process}\nfeedback-app\nlaptop\n")
    assert app_running(data_dir)
    before = folder_state(data_dir)
    with pytest.raises(BackupError) as refused:
        restore_backup(data_dir, backed_up)
    assert refused.value.details["problem"] == "running"
    assert folder_state(data_dir) == before


def test_a_lock_left_by_an_ended_process_does_not_stop_a_restore(data_dir, backed_up):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    (data_dir / LOCK_FILENAME).write_text(f"{ended.pid}\nfeedback-app\nlaptop\n")
    assert not app_running(data_dir)
    result = restore_backup(data_dir, backed_up)
    assert result.sessions == 2
    with Services(data_dir) as services:
        assert [s.title for s in services.sessions.list() if s.title == "Myöhemmin"] == []


def test_a_backup_of_an_older_version_is_brought_up_to_date(data_dir, backed_up, tmp_path):
    older = tmp_path / "older.db"
    shutil.copyfile(backed_up, older)
    conn = sqlite3.connect(older)  # as the release before the audit log wrote it
    conn.execute("DROP TABLE audit_log")
    conn.execute("DROP TABLE deleted_responses")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_safety'")
    conn.commit()
    conn.close()
    held = state_of_file(older)
    assert not read_summary(older).current
    restore_backup(data_dir, older)
    assert state_of_file(database_path(data_dir)) == held
    with Services(data_dir) as services:
        applied = services.store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")
        assert [name for (name,) in applied] == list(migration_names())
        assert [e.action for e in services.audit.entries()] == ["restore"]
    kinds = [b.kind for b in automatic_backups(data_dir)]
    assert kinds.count("before_restore") == 1
    (upgrade,) = [b for b in automatic_backups(data_dir) if b.kind == "before_upgrade"]
    assert state_of_file(upgrade.path) == held and not read_summary(upgrade.path).current


# -- a damaged database with its write-ahead log ---------------------------------------------
def crashed_and_damaged(data_dir: Path) -> tuple[Path, bytes, bytes]:
    """A database left as a crash leaves it (responses still in its write-ahead log) whose
    file is then damaged; returns a good backup and the bytes of the file and of its log."""
    database = database_path(data_dir)
    with Services(data_dir) as services:
        services.responses.generate_demo(20, sessions=2)
        backup = services.backups.automatic("manual")
        services.responses.defer_checkpoints()
        session = services.sessions.create(SessionDraft("Kaatui", "2026-11-30"))
        builtin = services.questionnaires.builtin()
        for i in range(10):
            services.responses.submit(session.id, builtin, "fi", answers(i, f"Lokissa {i}"))
        crash = {suffix: Path(f"{database}{suffix}").read_bytes() for suffix in ("", "-wal")}
    for suffix, content in crash.items():
        Path(f"{database}{suffix}").write_bytes(content)
    damage_pages(database)
    return backup, database.read_bytes(), crash["-wal"]


def test_a_damaged_database_is_kept_with_its_write_ahead_log_as_it_was(data_dir):
    backup, damaged_file, wal = crashed_and_damaged(data_dir)
    assert len(wal) > 0
    result = restore_backup(data_dir, backup)
    assert result.kept is not None and result.kept.name.endswith("-damaged.db")
    assert result.kept.read_bytes() == damaged_file
    assert Path(f"{result.kept}-wal").read_bytes() == wal


def test_opening_a_damaged_database_writes_nothing_to_it_nor_to_its_log(data_dir):
    _, damaged_file, wal = crashed_and_damaged(data_dir)
    database = database_path(data_dir)
    with pytest.raises(DamagedDatabaseError):
        Services(data_dir)
    assert database.read_bytes() == damaged_file
    assert Path(f"{database}-wal").read_bytes() == wal
