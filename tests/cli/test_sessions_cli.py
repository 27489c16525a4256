"""`feedback-app sessions ...` and `feedback-app pin reset`."""

from __future__ import annotations

import os
import subprocess
import sys

from feedback_app.store import Store


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "feedback_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_create_list_close_reopen(tmp_path):
    d = str(tmp_path)
    created = run(
        "sessions",
        "create",
        "--data-dir",
        d,
        "--title",
        "Ihmiskauppa ja työperäinen hyväksikäyttö",
        "--date",
        "4.12.2026",
        "--organisation",
        "Oulun poliisilaitos",
        "--audience",
        "police_officers",
        "--language",
        "fi",
        "--expected",
        "30",
    )
    assert created.returncode == 0, created.stderr
    session_id = created.stdout.strip()
    store = Store(tmp_path)
    session = store.sessions.get(session_id)
    assert (session.session_date, session.organisation, session.expected_participants) == (
        "2026-12-04",
        "Oulun poliisilaitos",
        30,
    )
    store.close()
    listed = run("sessions", "list", "--data-dir", d)
    assert listed.stdout.splitlines() == [
        f"{session_id[:8]}  2026-12-04  open        0  Oulun poliisilaitos  "
        "Ihmiskauppa ja työperäinen hyväksikäyttö"
    ]
    closed = run("--data-dir", d, "sessions", "close", session_id[:8])
    assert closed.returncode == 0 and "Closed" in closed.stdout
    assert " closed " in run("sessions", "list", "--data-dir", d).stdout
    reopened = run("sessions", "reopen", session_id, "--data-dir", d)
    assert reopened.returncode == 0
    assert " open " in run("sessions", "list", "--data-dir", d).stdout


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    d = str(tmp_path)
    cases = [
        (("sessions", "create", "--title", " ", "--date", "2026-11-28"), "--title"),
        (("sessions", "create", "--title", "X", "--date", "31.2.2026"), "--date"),
        (
            ("sessions", "create", "--title", "X", "--date", "2026-11-28", "--audience", "pilots"),
            "--audience",
        ),
        (("sessions", "close", "nosuch"), "no session"),
        (("sessions", "create", "--title", "X"), "--date"),
    ]
    for args, expected in cases:
        result = run(*args, "--data-dir", d)
        assert result.returncode == 2, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (args, result.stderr)
    store = Store(tmp_path)
    assert store.sessions.list() == []
    store.close()


def test_pin_reset_keeps_data(tmp_path):
    store = Store(tmp_path)
    session = store.default_session("Koulutus")
    store.pin.set_first("2468")
    store.close()
    refused = run("pin", "reset", "--data-dir", str(tmp_path), stdin="n\n")
    assert refused.returncode == 2
    assert Store(tmp_path).pin.is_set()
    done = run("pin", "reset", "--data-dir", str(tmp_path), "--yes")
    assert done.returncode == 0
    store = Store(tmp_path)
    assert not store.pin.is_set()
    assert store.sessions.get(session.id).title == "Koulutus"
    store.close()


def test_create_with_a_chosen_questionnaire_version(tmp_path):
    import dataclasses

    store = Store(tmp_path)
    builtin = store.questionnaires.latest("ihme-feedback")
    own = dataclasses.replace(builtin, id="oma-palaute", version=3)
    store.questionnaires.save(own)
    store.close()
    base = (
        "sessions",
        "create",
        "--data-dir",
        str(tmp_path),
        "--title",
        "T",
        "--date",
        "2026-12-01",
    )
    created = run(*base, "--questionnaire", "oma-palaute")
    assert created.returncode == 0, created.stderr
    store = Store(tmp_path)
    session = store.sessions.get(created.stdout.strip())
    assert (session.questionnaire_id, session.questionnaire_version) == ("oma-palaute", 3)
    store.close()

    unknown = run(*base, "--questionnaire", "nope")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "feedback-app: no questionnaire 'nope'; see 'feedback-app questionnaire list'"
    )
    wrong = run(*base, "--questionnaire", "oma-palaute:7")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "feedback-app: questionnaire 'oma-palaute' has no version 7"
    store = Store(tmp_path)
    assert len(store.sessions.list()) == 1
    store.close()
