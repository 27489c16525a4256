"""Shared fixtures. Qt runs offscreen: set here once, before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("FEEDBACK_APP_DATA_DIR", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from feedback_app.store import Store  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--long",
        action="store_true",
        help="Many more random cases: 500 killed processes, thousands of fuzzed inputs.",
    )


def pytest_configure(config):
    if config.getoption("--long"):
        os.environ["FEEDBACK_APP_LONG_TESTS"] = "1"  # read by tests/long_run.py


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    s = Store(data_dir)
    yield s
    s.close()
