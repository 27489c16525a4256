"""The command line: help, data folder choice, and one-line errors with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from feedback_app.paths import data_dir


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "feedback_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "kiosk" in result.stdout and "--data-dir" in result.stdout


def test_data_dir_option_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_APP_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    monkeypatch.delenv("FEEDBACK_APP_DATA_DIR")
    assert data_dir().name == "feedback-app"


def test_unknown_session_is_one_line_and_exit_2(tmp_path):
    result = run("kiosk", "--session", "nope", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "feedback-app: no session 'nope'; see 'feedback-app sessions list'"
    ]
    assert (tmp_path / "feedback.db").exists()  # the first start created the database


def test_environment_variable_chooses_the_data_folder(tmp_path):
    result = run("kiosk", "--session", "nope", env={"FEEDBACK_APP_DATA_DIR": str(tmp_path / "x")})
    assert result.returncode == 2
    assert (tmp_path / "x" / "feedback.db").exists()


def test_damaged_database_says_what_to_do(tmp_path):
    (tmp_path / "feedback.db").write_bytes(b"this is not a database" * 100)
    result = run("kiosk", "--session", "abc", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "backup" in lines[0]
    assert "Traceback" not in result.stderr


def test_data_dir_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    result = run("kiosk", "--data-dir", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_no_display_is_a_clear_message(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "feedback_app", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    if sys.platform.startswith("linux"):
        assert result.returncode == 2
        assert "no display" in result.stderr
    assert Path(tmp_path).exists()
