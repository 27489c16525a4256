"""``feedback-app backup``, ``restore``, ``audit`` and ``retention`` as a user runs them: what
they print, and every refusal as one line on stderr with exit code 2."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run
from safety_helpers import TAMPERINGS, answers, damage_pages, state_of_file, tamper

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.store.backups import automatic_backups, read_summary
from feedback_app.store.errors import DamagedDatabaseError
from feedback_app.store.retention import months_before


@pytest.fixture
def folder(data_dir) -> Path:
    with Services(data_dir) as services:
        services.responses.generate_demo(12, sessions=2)
    return data_dir


def refused(result: tuple[int, str, str]) -> str:
    """The one line a refused command printed (and nothing else)."""
    code, out, err = result
    assert code == 2, (out, err)
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("feedback-app: "), err
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- backup --------------------------------------------------------------------------------
def test_backup_goes_to_the_backups_folder(capsys, folder):
    code, out, err = run(capsys, "--data-dir", str(folder), "backup")
    assert (code, err) == (0, "")
    (backup,) = automatic_backups(folder)
    assert backup.kind == "manual" and backup.day == date.today()
    assert out == f"Backed up to {backup.path}: 12 response(s) of 2 session(s).\n"
    assert read_summary(backup.path).responses == 12


def test_backup_to_a_file_and_its_refusals(capsys, folder, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "copy.db"
    code, out, err = run(capsys, "--data-dir", str(folder), "backup", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Backed up to {target}: 12 response(s) of 2 session(s).\n"
    assert state_of_file(target) == state_of_file(database_path(folder))
    written = digest(target)

    line = refused(run(capsys, "--data-dir", str(folder), "backup", "-o", str(target)))
    assert "copy.db" in line and "--force" in line
    assert digest(target) == written

    with Services(folder) as services:
        services.sessions.create(SessionDraft("Uusi", "2026-11-30"))
    code, out, _ = run(capsys, "--data-dir", str(folder), "backup", "-o", str(target), "--force")
    assert code == 0 and "12 response(s) of 3 session(s)" in out
    assert read_summary(target).sessions == 3

    code, out, _ = run(capsys, "--data-dir", str(folder), "backup", "-o", str(usb / "plain"))
    assert code == 0 and (usb / "plain.db").is_file()

    inside = folder / "copy.db"
    line = refused(run(capsys, "--data-dir", str(folder), "backup", "-o", str(inside)))
    assert "data folder" in line
    assert not inside.exists()
    assert automatic_backups(folder) == []  # nothing went to the backups folder either


# -- restore ---------------------------------------------------------------------------------
def test_restore_lists_the_backups_and_restores_one(capsys, folder):
    code, out, _ = run(capsys, "--data-dir", str(folder), "restore")
    assert (code, out) == (0, "No backups in this data folder yet.\n")
    with Services(folder) as services:
        backup = services.backups.automatic("session_closed")
        services.sessions.delete(services.sessions.list()[0].id)
    code, out, err = run(capsys, "--data-dir", str(folder), "restore")
    assert (code, err) == (0, "")
    listed, hint = out.splitlines()
    assert listed.startswith(f"{date.today().isoformat()}  session closed")
    assert "12 response(s) of 2 session(s)" in listed and listed.endswith(str(backup))
    assert hint == "Restore one with: feedback-app restore FILE"

    code, out, err = run(capsys, "--data-dir", str(folder), "restore", str(backup), "--yes")
    assert (code, err) == (0, "")
    kept = [b for b in automatic_backups(folder) if b.kind == "before_restore"]
    assert len(kept) == 1
    assert out == (
        f"Restored {backup.name}: 12 response(s) of 2 session(s); the replaced database is "
        f"kept as {kept[0].name}.\n"
    )
    with Services(folder) as services:
        assert len(services.sessions.list()) == 2
        assert services.audit.entries(newest_first=True, limit=1)[0].action == "restore"


def test_restore_refuses_a_missing_or_unsound_file_and_changes_nothing(capsys, folder, tmp_path):
    with Services(folder) as services:
        backup = services.backups.automatic("manual")
    database = database_path(folder)
    before = digest(database)
    line = refused(run(capsys, "--data-dir", str(folder), "restore", str(tmp_path / "nope.db")))
    assert "nope.db: no such file" in line
    broken = tmp_path / "broken.db"
    shutil.copyfile(backup, broken)
    damage_pages(broken)
    line = refused(run(capsys, "--data-dir", str(folder), "restore", str(broken), "--yes"))
    assert "broken.db is damaged" in line
    text = tmp_path / "notes.txt"
    text.write_text("not a backup\n")
    line = refused(run(capsys, "--data-dir", str(folder), "restore", str(text), "--yes"))
    assert "not a backup of feedback-app" in line
    assert digest(database) == before
    assert [b.path for b in automatic_backups(folder)] == [backup]


def test_a_damaged_database_names_its_newest_good_backup_which_restores_it(capsys, folder):
    with Services(folder) as services:
        older = services.backups.automatic("startup")
        builtin = services.questionnaires.builtin()
        session = services.sessions.create(SessionDraft("Iltapäivä", "2026-11-30"))
        for i in range(4):
            services.responses.submit(session.id, builtin, "fi", answers(i, f"Ilta {i}"))
        good = services.backups.automatic("session_closed")
        newest = services.backups.automatic("manual")
    held = state_of_file(good)
    damage_pages(newest)  # the newest backup is no good either
    database = database_path(folder)
    damage_pages(database)
    damaged_bytes = database.read_bytes()

    with pytest.raises(DamagedDatabaseError) as opened:
        Services(folder)
    assert opened.value.details["backup"] == str(good)
    assert str(good) in str(opened.value) and "16 responses of 3 sessions" in str(opened.value)
    line = refused(run(capsys, "--data-dir", str(folder), "audit", "list"))
    assert f'feedback-app restore "{good}"' in line
    assert database.read_bytes() == damaged_bytes  # nothing was written to it

    code, out, err = run(capsys, "--data-dir", str(folder), "restore", str(good), "--yes")
    assert (code, err) == (0, "")
    (kept,) = [b for b in automatic_backups(folder) if b.kind == "damaged"]
    assert f"kept as {kept.name}" in out
    assert kept.path.read_bytes() == damaged_bytes
    assert state_of_file(database) == held
    with Services(folder) as services:
        assert services.checks.integrity() == []
        assert services.responses.count() == 16
    assert older.exists()


def test_a_missing_database_names_the_backup_that_brings_it_back(capsys, folder):
    with Services(folder) as services:
        backup = services.backups.automatic("manual")
    database_path(folder).unlink()
    line = refused(run(capsys, "--data-dir", str(folder), "sessions", "list"))
    assert "is missing" in line and f'feedback-app restore "{backup}"' in line
    assert not database_path(folder).exists()  # no empty database made in its place
    code, out, _ = run(capsys, "--data-dir", str(folder), "restore", str(backup), "--yes")
    assert (code, out) == (0, f"Restored {backup.name}: 12 response(s) of 2 session(s).\n")
    assert state_of_file(database_path(folder)) == state_of_file(backup)


# -- audit -----------------------------------------------------------------------------------
def logged_folder(data_dir: Path) -> Path:
    with Services(data_dir) as services:
        for n in range(5):
            services.sessions.create(SessionDraft(f"Koulutus {n + 1}", f"2026-11-0{n + 1}"))
        services.pin.set_first("5829104")
    return data_dir


def test_audit_list_prints_the_entries_oldest_first(capsys, data_dir):
    folder = logged_folder(data_dir)
    code, out, err = run(capsys, "--data-dir", str(folder), "audit", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["1", "2", "3", "4", "5", "6"]
    assert lines[0].split()[2:4] == ["session_created", "Koulutus"]
    assert "date=2026-11-01" in lines[0]
    assert lines[-1].split()[2:] == ["pin_set"]
    assert "5829104" not in out
    code, out, _ = run(capsys, "--data-dir", str(folder), "audit", "list", "--limit", "2")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["5", "6"]
    refused(run(capsys, "--data-dir", str(folder), "audit", "list", "--limit", "0"))


def test_audit_verify_says_intact(capsys, data_dir):
    folder = logged_folder(data_dir)
    code, out, err = run(capsys, "--data-dir", str(folder), "audit", "verify")
    assert (code, out, err) == (0, "The audit log is intact: 6 entries.\n", "")


@pytest.mark.parametrize("how", list(TAMPERINGS))
def test_audit_verify_names_the_tampered_entry(capsys, data_dir, how):
    folder = logged_folder(data_dir)
    tamper(database_path(folder), how)
    line = refused(run(capsys, "--data-dir", str(folder), "audit", "verify"))
    assert line == f"feedback-app: the audit log has been tampered with: {TAMPERINGS[how][2]}"


# -- retention -------------------------------------------------------------------------------
def aged_folder(data_dir: Path) -> dict[str, str]:
    """Sessions held 8 months, 2 months and 0 days ago, with three responses each."""
    today = date.today()
    days = {"old": months_before(today, 8), "recent": months_before(today, 2), "today": today}
    ids = {}
    with Services(data_dir) as services:
        builtin = services.questionnaires.builtin()
        for title, day in days.items():
            session = services.sessions.create(SessionDraft(title, day.isoformat()))
            ids[title] = session.id
            for i in range(3):
                services.responses.submit(session.id, builtin, "fi", answers(i, f"{title} {i}"))
    return ids


def counts(data_dir: Path) -> dict[str, int]:
    with Services(data_dir) as services:
        return {s.title: s.completed_responses for s in services.sessions.list()}


def test_retention_delete_older_than(capsys, data_dir):
    aged_folder(data_dir)
    cutoff = months_before(date.today(), 6).isoformat()
    args = ["--data-dir", str(data_dir), "retention", "delete", "--older-than", "6"]
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0
    assert out == (
        "Would delete 3 completed and 0 unfinished response(s) of 1 session(s) held before "
        f"{cutoff}.\n"
    )
    assert counts(data_dir) == {"old": 3, "recent": 3, "today": 3}
    code, out, err = run(capsys, *args, "--yes")
    assert (code, err) == (0, "")
    (backup,) = [b for b in automatic_backups(data_dir) if b.kind == "before_deletion"]
    assert out == (
        f"Deleted 3 response(s) of 1 session(s) held before {cutoff}.\n"
        f"The backup made just before is kept for 7 days: {backup.path}\n"
    )
    assert counts(data_dir) == {"old": 0, "recent": 3, "today": 3}
    code, out, _ = run(capsys, *args, "--yes")
    assert (code, out) == (
        0,
        f"Nothing to delete: no responses in any session held before {cutoff}.\n",
    )


def test_retention_delete_one_session(capsys, data_dir):
    ids = aged_folder(data_dir)
    args = ["retention", "delete", "--session", ids["recent"][:8], "--yes"]
    code, out, err = run(capsys, "--data-dir", str(data_dir), *args)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Deleted 3 response(s) of session 'recent'."
    assert counts(data_dir) == {"old": 3, "recent": 0, "today": 3}
    assert [b.kind for b in automatic_backups(data_dir)] == ["before_deletion"]


def test_retention_period_shows_sets_and_turns_off(capsys, data_dir):
    aged_folder(data_dir)
    base = ["--data-dir", str(data_dir), "retention", "period"]
    code, out, _ = run(capsys, *base)
    assert (code, out) == (0, "No retention period: responses are deleted only on request.\n")
    code, out, _ = run(capsys, *base, "6")
    assert code == 0
    first, due = out.splitlines()
    assert first == "Responses are deleted 6 months after their session."
    assert due.startswith("3 response(s) are past it now")
    assert due.endswith("feedback-app retention delete --older-than 6")
    code, out, _ = run(capsys, *base)
    assert (code, out) == (0, "Responses are deleted 6 months after their session.\n")
    code, out, _ = run(capsys, *base, "off")
    assert (code, out) == (0, "Retention period off: responses are deleted only on request.\n")
    assert counts(data_dir) == {"old": 3, "recent": 3, "today": 3}  # setting deletes nothing


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["retention", "delete"], "give either --session ID or --older-than MONTHS"),
        (
            ["retention", "delete", "--session", "abc", "--older-than", "6"],
            "give either --session ID or --older-than MONTHS",
        ),
        (["retention", "delete", "--older-than", "0"], "--older-than"),
        (["retention", "delete", "--session", "ffffffff", "--yes"], "ffffffff"),
        (["retention", "period", "abc"], "MONTHS must be a whole number or 'off', not 'abc'"),
        (["retention", "period", "0"], "from 1 to 240"),
        (["retention", "period", "241"], "from 1 to 240"),
    ],
)
def test_retention_refusals_are_one_line(capsys, data_dir, args, words):
    aged_folder(data_dir)
    before = digest(database_path(data_dir))
    line = refused(run(capsys, "--data-dir", str(data_dir), *args))
    assert words in line
    assert digest(database_path(data_dir)) == before
