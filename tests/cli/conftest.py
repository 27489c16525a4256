"""Fixtures the command-line tests share."""

from __future__ import annotations

import os

import pytest

from feedback_app.reports import output


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A folder nobody may write to, made writable again afterwards.

    The superuser may write anywhere, so when the tests run as root the output check is shown
    what an ordinary user would get for this folder.
    """
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.access(locked, os.W_OK):
        real = os.access
        monkeypatch.setattr(
            output.os, "access", lambda p, m: False if str(p) == str(locked) else real(p, m)
        )
    yield locked
    locked.chmod(0o755)
