"""Backups: sound and consistent while participants submit, named by day, rotated as
docs/backups.md says, and made before a newer app changes the schema."""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from safety_helpers import answers
from sqlite_utils import Database

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.store import Store
from feedback_app.store.backups import (
    KEEP_BEFORE_DELETION_DAYS,
    BackupFile,
    automatic_backups,
    backup_folder,
    next_backup_path,
    parse_name,
    read_summary,
    rotation_victims,
)
from feedback_app.store.counts import CountTables
from feedback_app.store.errors import BackupError
from feedback_app.store.migrations import migration_names, migrations
from feedback_app.store.questionnaires import QuestionnaireRepository
from feedback_app.store.responses import ResponseRepository
from feedback_app.store.sessions import SessionRepository

BACKUPS_WHILE_SUBMITTING = 5


def test_backups_taken_while_responses_are_submitted_are_sound_and_consistent(data_dir, tmp_path):
    with Services(data_dir) as services:
        session = services.sessions.create(SessionDraft("Kiosk", "2026-11-30"))
    submitted: list[str] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def participants() -> None:
        try:
            with Services(data_dir) as kiosk:  # a connection of this thread's own
                builtin = kiosk.questionnaires.builtin()
                i = 0
                while not stop.is_set():
                    submitted.append(
                        kiosk.responses.submit(session.id, builtin, "fi", answers(i, f"c{i}"))
                    )
                    i += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    def wait_for(count: int) -> None:
        for _ in range(2000):
            if len(submitted) >= count or errors:
                return
            stop.wait(0.005)

    thread = threading.Thread(target=participants)
    thread.start()
    backups = []
    try:
        with Services(data_dir) as trainer:
            for _ in range(BACKUPS_WHILE_SUBMITTING):
                wait_for(len(submitted) + 3)
                backups.append(trainer.backups.automatic("manual"))
        wait_for(len(submitted) + 3)
    finally:
        stop.set()
        thread.join()
    assert errors == []
    held = []
    for n, backup in enumerate(backups):
        summary = read_summary(backup, full=True)  # integrity_check, tables, schema
        copy = tmp_path / f"copy{n}.db"
        shutil.copyfile(backup, copy)
        db = Database(copy)
        counted = db.execute("SELECT coalesce(sum(n), 0) FROM response_counts").fetchone()[0]
        assert counted == summary.responses
        assert CountTables(db, QuestionnaireRepository(db).get).differences() == []
        db.close()
        held.append(summary.responses)
    # submits went on while each backup was taken: every one holds more than the one before
    assert held == sorted(held) and len(set(held)) == len(held)
    assert 0 < held[0] and held[-1] < len(submitted)
    with Services(data_dir) as services:
        stored = {r for (r,) in services.store.db.execute("SELECT id FROM responses")}
        assert stored == set(submitted)
        assert services.checks.count_differences() == []


def test_backups_are_named_by_day_number_and_reason(data_dir):
    day = date(2026, 3, 9)
    with Services(data_dir) as services:
        first = services.backups.automatic("startup", today=day)
        second = services.backups.automatic("session_closed", today=day)
        next_day = services.backups.automatic("before_import", today=day + timedelta(days=1))
    assert [first.name, second.name, next_day.name] == [
        "2026-03-09-01-startup.db",
        "2026-03-09-02-session-closed.db",
        "2026-03-10-01-before-import.db",
    ]
    assert {p.name for p in backup_folder(data_dir).iterdir()} == {
        first.name,
        second.name,
        next_day.name,
    }


def block(data_dir: Path, kind: str, today: date) -> Path:
    """A folder where the next backup's file would go: writing that backup fails."""
    blocked = next_backup_path(data_dir, kind, today)
    blocked.mkdir(parents=True)
    return blocked


def test_a_backup_that_cannot_be_written_leaves_no_file_and_no_log_entry(data_dir):
    day = date(2026, 4, 1)
    with Services(data_dir) as services:
        services.responses.generate_demo(10, sessions=1)
        blocked = block(data_dir, "manual", day)
        with pytest.raises(BackupError) as refused:
            services.backups.automatic("manual", today=day)
        assert refused.value.details["problem"] == "write_failed"
        assert services.audit.count() == 0
    assert [p.name for p in backup_folder(data_dir).iterdir()] == [blocked.name]


# -- rotation ------------------------------------------------------------------------------
def month(day: date) -> int:
    return day.year * 12 + day.month


def by_age(backups):
    return sorted(backups, key=lambda b: (b.day, b.number))


def young(backup: BackupFile, today: date) -> bool:
    return (today - backup.day).days <= KEEP_BEFORE_DELETION_DAYS


def expected_after_rotation(present: list[BackupFile], today: date) -> set[str]:
    """What docs/backups.md says the folder keeps of ``present`` (the backup just made
    included): the 10 newest and the newest of each of the last 12 months, this one included
    (a before-deletion backup never counts as a month's); a before-deletion backup is kept for
    7 days, then removed whatever that rule says."""
    ordered = by_age(present)
    kept = {b.name for b in ordered[-10:]}
    newest_of_month = {month(b.day): b for b in ordered if b.kind != "before_deletion"}
    kept |= {b.name for m, b in newest_of_month.items() if month(today) - m < 12}
    for backup in ordered:
        if backup.kind == "before_deletion":
            (kept.add if young(backup, today) else kept.discard)(backup.name)
    return kept


def check_promises(made: list[BackupFile], present: list[BackupFile], today: date) -> None:
    """What holds whatever happened before: a month's newest backup stays for a year, a
    before-deletion backup exactly 7 days, and the folder holds at most 22 others."""
    names = {b.name for b in present}
    newest_of_month = {month(b.day): b for b in by_age(made) if b.kind != "before_deletion"}
    for m, backup in newest_of_month.items():
        assert (backup.name in names) or month(today) - m >= 12, backup.name
    for backup in made:
        if backup.kind == "before_deletion":
            assert (backup.name in names) == young(backup, today), (backup.name, today)
    assert sum(b.kind != "before_deletion" for b in present) <= 22


KINDS = ["startup", "session_closed", "manual", "before_import", "before_deletion"]
WEIGHTS = [5, 4, 2, 1, 1]


def schedule(rng: random.Random, days: int, start: date):
    """Days with their backups' kinds: mostly none or one, some busy days, and a long break
    (a summer holiday) that leaves whole months without a backup."""
    for offset in range(days):
        day = start + timedelta(days=offset)
        count = 0 if 200 <= offset < 290 else rng.choices([0, 1, 2, 5], weights=[5, 3, 1, 1])[0]
        yield day, rng.choices(KINDS, weights=WEIGHTS, k=count)


def test_the_rotation_keeps_the_ten_newest_and_one_a_month_over_500_days():
    rng = random.Random(20261201)
    made: list[BackupFile] = []
    present: list[BackupFile] = []
    for day, kinds in schedule(rng, 500, date(2025, 1, 20)):
        for number, kind in enumerate(kinds, start=1):
            backup = BackupFile(Path(f"{day}-{number:02d}-{kind}.db"), day, number, kind)
            made.append(backup)
            present.append(backup)
            expected = expected_after_rotation(present, day)
            victims = rotation_victims(present, day)
            present = [b for b in present if b not in victims]
            assert {b.name for b in present} == expected, day
            check_promises(made, present, day)
    months = {month(b.day) for b in present if b.kind != "before_deletion"}
    assert 9 <= len(months) <= 11  # the break left some of the last 12 months without one
    assert len(present) > 15


def test_a_before_deletion_backup_is_kept_seven_days_however_many_backups_follow():
    day = date(2026, 6, 1)
    present = [BackupFile(Path("d-01-before-deletion.db"), day, 1, "before_deletion")]
    for offset in range(KEEP_BEFORE_DELETION_DAYS + 2):
        for number in range(1, 5):  # four backups a day: the ten newest are three days' worth
            today = day + timedelta(days=offset)
            present.append(BackupFile(Path(f"{today}-{number}.db"), today, number, "startup"))
            victims = rotation_victims(present, today)
            present = [b for b in present if b not in victims]
            held = any(b.kind == "before_deletion" for b in present)
            assert held == (offset <= KEEP_BEFORE_DELETION_DAYS), today


def test_the_backups_folder_follows_the_rotation_day_after_day(data_dir):
    rng = random.Random(7)
    made: list[BackupFile] = []
    with Services(data_dir) as services:
        services.responses.generate_demo(5, sessions=1)
        for day, kinds in schedule(rng, 400, date(2025, 11, 3)):
            for kind in kinds[:2]:  # fewer files than the model test: each one is written
                if rng.random() < 0.5:
                    continue
                before = automatic_backups(data_dir)
                path = services.backups.automatic(kind, today=day)
                made.append(parse_name(path))
                expected = expected_after_rotation([*before, made[-1]], day)
                present = automatic_backups(data_dir)
                assert {p.name for p in backup_folder(data_dir).iterdir()} == expected, day
                check_promises(made, present, day)
        logged = [e for e in services.audit.entries() if e.action == "backup"]
    assert len(made) > 60
    assert len(logged) == len(made)  # every backup is in the audit log, with its name
    assert {e.target for e in logged} == {b.name for b in made}


def test_the_start_up_backup_is_made_once_a_day(data_dir):
    day = date(2026, 2, 27)
    with Services(data_dir) as services:
        services.responses.generate_demo(5, sessions=1)
        made = []
        for offset in range(4):
            today = day + timedelta(days=offset)
            for _ in range(3):  # the window and the kiosk started three times that day
                made.append(services.backups.daily(today=today))
    startups = [b for b in automatic_backups(data_dir) if b.kind == "startup"]
    assert [b.day for b in startups] == [day + timedelta(days=n) for n in range(4)]
    assert [p for p in made if p is not None] == [b.path for b in startups]


# -- before an upgrade -----------------------------------------------------------------------
def database_before_the_audit_log(path: Path) -> dict[str, list[tuple]]:
    """A database as the release before the audit log wrote it (migrations up to m004),
    with responses; returns each response's answers."""
    path.parent.mkdir(parents=True)
    db = Database(path)
    db.conn.execute("PRAGMA journal_mode = WAL")  # as every release has kept it
    migrations().apply(db, stop_before="m005_safety")
    questionnaires = QuestionnaireRepository(db)
    questionnaires.install_builtins()
    builtin = questionnaires.latest("ihme-feedback")
    session = SessionRepository(db).create(
        SessionDraft("Vanha", "2026-02-02"), builtin.id, builtin.version
    )
    responses = ResponseRepository(db, CountTables(db, questionnaires.get))
    for i in range(12):
        responses.submit(session.id, builtin, "fi", answers(i, f"Vanha kommentti {i}"))
    stored = answers_by_response(db.conn)
    db.close()
    return stored


def answers_by_response(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    rows = conn.execute(
        "SELECT r.id, a.question_id, a.value_num, a.value_text FROM answers a "
        "JOIN responses r ON r.rid = a.response_id ORDER BY r.id, a.ordinal"
    )
    found: dict[str, list[tuple]] = {}
    for response_id, *answer in rows:
        found.setdefault(response_id, []).append(tuple(answer))
    return found


def applied(conn: sqlite3.Connection) -> list[str]:
    return [r for (r,) in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]


def test_an_older_database_is_backed_up_before_its_schema_changes(data_dir):
    path = database_path(data_dir)
    stored = database_before_the_audit_log(path)
    store = Store(data_dir)
    try:
        assert applied(store.db.conn) == list(migration_names())
        assert answers_by_response(store.db.conn) == stored
    finally:
        store.close()
    (backup,) = automatic_backups(data_dir)
    assert backup.kind == "before_upgrade"
    summary = read_summary(backup.path)
    assert (summary.current, summary.responses, summary.sessions) == (False, 12, 1)
    conn = sqlite3.connect(backup.path)
    try:
        assert applied(conn) == [n for n in migration_names() if n != "m005_safety"]
        tables = {r for (r,) in conn.execute("SELECT name FROM sqlite_master")}
        assert "audit_log" not in tables and "deleted_responses" not in tables
        assert answers_by_response(conn) == stored
    finally:
        conn.close()
    Store(data_dir).close()  # up to date now: no further backup
    assert len(automatic_backups(data_dir)) == 1


def test_an_upgrade_whose_backup_cannot_be_written_changes_nothing(data_dir):
    path = database_path(data_dir)
    stored = database_before_the_audit_log(path)
    before = path.read_bytes()
    block(data_dir, "before_upgrade", date.today())
    with pytest.raises(BackupError) as refused:
        Store(data_dir)
    assert refused.value.details["problem"] == "write_failed"
    assert path.read_bytes() == before
    assert automatic_backups(data_dir) == []
    conn = sqlite3.connect(path)
    try:
        assert "m005_safety" not in applied(conn)
        assert answers_by_response(conn) == stored
    finally:
        conn.close()
