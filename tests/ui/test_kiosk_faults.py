"""Faults on submit: the participant sees a calm message, the answers stay on screen, and a
retry succeeds once the fault is gone. Each fault is made real on the kiosk's own database
connection (as root, file permissions would not stop a write, so "read-only" is made with
SQLite's query_only, which fails the write the same way)."""

from __future__ import annotations

import sqlite3
import threading
import time

from test_kiosk import answer_all, click, next_button

from feedback_app.paths import database_path

CALM = "Your answers could not be saved. Please tell the trainer."


def connection(kiosk) -> sqlite3.Connection:
    kiosk._service.services()  # open, as the first frame does
    return kiosk.controller.services.store.db.conn


def stored(kiosk) -> int:
    return kiosk.controller.services.responses.count()


def fails_then_retries(qtbot, kiosk, remove_fault) -> None:
    answer_all(qtbot, kiosk, "en")
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert kiosk.question_page.message().startswith(CALM)
    assert kiosk.answers()["most_useful"] == "Secret of respondent one"
    assert stored(kiosk) == 0
    remove_fault()
    click(qtbot, next_button(kiosk))  # the participant tries again
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk) == 1
    assert kiosk.controller.services.checks.integrity() == []


def test_disk_full(qtbot, kiosk):
    conn = connection(kiosk)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # no room on the disk for one page more
    # A long comment goes on in pages of its own, which the full disk cannot give.
    fails_with_comment(
        qtbot,
        kiosk,
        "Hyvä koulutus. " * 120,
        lambda: conn.execute("PRAGMA max_page_count = 4294967294"),
    )


def fails_with_comment(qtbot, kiosk, comment: str, remove_fault) -> None:
    kiosk.start_respondent("en")
    for _ in range(6):
        kiosk.question_page.answer_widget().set_value(4)
        kiosk.go_next()
    kiosk.question_page.answer_widget().set_value(5)
    kiosk.go_next()
    kiosk.question_page.answer_widget().set_value(comment)
    kiosk.go_next()
    kiosk.go_next()
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert kiosk.question_page.message().startswith(CALM)
    assert kiosk.answers()["most_useful"] == comment
    assert stored(kiosk) == 0
    remove_fault()
    click(qtbot, next_button(kiosk))
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk) == 1


def test_read_only_database(qtbot, kiosk):
    conn = connection(kiosk)
    conn.execute("PRAGMA query_only = ON")
    fails_then_retries(qtbot, kiosk, lambda: conn.execute("PRAGMA query_only = OFF"))


def test_database_locked_by_another_program(qtbot, kiosk, data_dir):
    conn = connection(kiosk)
    conn.execute("PRAGMA busy_timeout = 300")  # the real wait is 5 s; the test need not sit it
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    def release():
        other.execute("ROLLBACK")
        other.close()

    fails_then_retries(qtbot, kiosk, release)


def test_a_lock_released_while_the_submit_waits_is_no_fault(qtbot, kiosk, data_dir):
    connection(kiosk)  # the full wait of 5 s
    other = sqlite3.connect(database_path(data_dir), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: (other.execute("ROLLBACK"), other.close())).start()
    started = time.monotonic()
    answer_all(qtbot, kiosk, "en")
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert 0.4 < time.monotonic() - started < 5
    assert stored(kiosk) == 1


def test_database_damaged_during_the_session(qtbot, kiosk, data_dir):
    conn = connection(kiosk)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'responses'").fetchone()
    path = database_path(data_dir)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = path.read_bytes()
    damaged = bytearray(good)
    start = (root[0] - 1) * 4096
    damaged[start : start + 8] = b"\xff" * 8  # the responses table's first page
    path.write_bytes(damaged)
    conn.execute("PRAGMA shrink_memory")  # what the connection had cached is forgotten

    def repair():
        path.write_bytes(good)  # e.g. the trainer restored the file
        conn.execute("PRAGMA shrink_memory")

    fails_then_retries(qtbot, kiosk, repair)
