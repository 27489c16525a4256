"""No command writes over the database, its companions, a device or a folder, even with
--force; a command stopped by Ctrl+C or SIGTERM leaves no file, hidden or not."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest
from cli_helpers import demo_folder, run

from feedback_app.paths import database_path

COMMANDS = {
    "csv": ["export", "--format", "csv"],
    "json": ["export", "--format", "json"],
    "xlsx": ["export", "--format", "xlsx"],
    "report": ["report", "--format", "json"],
    "questionnaire": ["questionnaire", "export", "ihme-feedback"],
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return demo_folder(tmp_path_factory, "guarded", 60)


def digest(folder) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def targets(folder, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "looks-harmless.json"
    link.symlink_to(database_path(folder))
    return {
        "the database": (database_path(folder), "inside the app's data folder"),
        "its write-ahead log": (folder / "feedback.db-wal", "inside the app's data folder"),
        "its lock file": (folder / "feedback-app.lock", "inside the app's data folder"),
        "a new file in the data folder": (folder / "report.json", "inside the app's data folder"),
        "a link to the database": (link, "inside the app's data folder"),
        "a device": (os.devnull, "is not a regular file"),
        "a pipe": (pipe, "is not a regular file"),
        "a folder": (tmp_path, "is a folder"),
    }


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_outputs_that_must_never_be_written_are_refused_even_with_force(
    command, folder, tmp_path, capsys
):
    before = digest(folder)
    for what, (target, reason) in targets(folder, tmp_path).items():
        args = [*COMMANDS[command], "-o", str(target), "--force", "--data-dir", str(folder)]
        code, out, err = run(capsys, *args)
        assert code == 2, (command, what)
        assert len(err.splitlines()) == 1, (command, what, err)
        assert reason in err, (command, what, err)
    assert digest(folder) == before
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


CHILD_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """Enough responses that an export runs for a while."""
    return demo_folder(tmp_path_factory, "large", 40_000, sessions=4)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_an_export_stopped_by_a_signal_leaves_no_file(stop, large, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.json"
    child = subprocess.Popen(
        [sys.executable, "-m", "feedback_app", "export", "--format", "json", "-o", str(target)]
        + ["--data-dir", str(large)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=CHILD_ENV,
    )
    deadline = time.monotonic() + 30
    while not any(out.iterdir()) and time.monotonic() < deadline:  # the export has begun
        time.sleep(0.005)
    child.send_signal(stop)
    stdout, stderr = child.communicate(timeout=30)
    assert child.returncode == 2, (stdout, stderr)
    assert stderr == "feedback-app: cancelled, nothing was written\n"
    assert list(out.iterdir()) == []
