"""A plain (non-editable) install carries every questionnaire, translation and theme file."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_the_resources(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("feedback_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("fi", "sv", "en"):
        assert f"feedback_app/resources/translations/feedback_app_{lang}.qm" in names
    assert "feedback_app/resources/questionnaires/ihme-feedback.json" in names
    assert "feedback_app/resources/theme/app.qss" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "feedback-app = feedback_app.cli:main" in text


def test_version_is_the_package_version():
    result = subprocess.run(
        [sys.executable, "-m", "feedback_app", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "feedback-app 0.1.0\n"
